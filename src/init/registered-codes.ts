// Which code an app's i18next setup registers each bundle file it imports under, read as text, never run.
import { i18nextCode, isKnownLocale, isLocaleTag, localeProblem } from '../locale/locale-tag.js';
import { relativeFile } from './script-imports.js';

/** A bundle file a setup imports and hands i18next under a code (`en-us.json` as `en-US`). */
export interface RegisteredBundle {
  /** The file, relative to the root (`src/renderer/i18n/locales/en-us.json`). */
  file: string;
  /** The code its strings are registered under in `resources` (`en-US`). */
  code: string;
  /** The setup that registers it. */
  setup: string;
}

/** A JavaScript identifier, as a pattern. */
export const NAME = '[A-Za-z_$][\\w$]*';
const CODE = '[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8}){0,3}';
/** `import enUS from './locales/en-us.json'` (an import attribute after it changes nothing). */
const JSON_IMPORT = new RegExp(`\\bimport\\s+(${NAME})\\s+from\\s*(["'])([^"'\\n]+\\.json)\\2`, 'g');
/** `const enUS = require('./locales/en-us.json')`. */
const JSON_REQUIRE = new RegExp(`\\b(?:const|let|var)\\s+(${NAME})\\s*=\\s*require\\(\\s*(["'])([^"'\\n]+\\.json)\\2\\s*\\)`, 'g');
/** `'en-US': { translation: enUS }`, as `resources` writes a locale's namespaces. */
const AS_PROPERTY = new RegExp(
  `(?:(["'])(${CODE})\\1|\\b(${CODE}))\\s*:\\s*\\{\\s*(?:${NAME}|"${NAME}"|'${NAME}')\\s*:\\s*(${NAME})\\s*[,}]`,
  'g',
);
/**
 * `'en-US': () => import('./locales/en-us.json')`, a loader by code that a backend such as
 * i18next-resources-to-backend calls with the code i18next asks for (a cherry-studio fork's renderer).
 */
const AS_LOADER = new RegExp(
  `(?:(["'])(${CODE})\\1|\\b(${CODE}))\\s*:\\s*(?:async\\s*)?\\(\\s*\\)\\s*=>\\s*import\\(\\s*(["'])([^"'\\n]+\\.json)\\4\\s*\\)`,
  'g',
);
/** `['en-US', enUS]`, a pair that cherry-studio maps to `[code, { translation }]`. */
const AS_PAIR = new RegExp(`\\[\\s*(["'])(${CODE})\\1\\s*,\\s*(${NAME})\\s*\\]`, 'g');

/**
 * `{ en_US, de_DE }` or `{ 'pt-BR': ptBR }`: a file that holds a locale's namespaces, registered
 * whole under a code (nuclear's `resources`). Read only for a code CLDR knows the language of: a
 * property such as `ns: en` is none.
 */
const AS_LOCALE = new RegExp(`(?<=[{,]\\s*)(?:(["']?)(${CODE})\\1\\s*:\\s*(${NAME})|(${NAME}))\\s*(?=[,}])`, 'g');

/**
 * The one bundle an aliased import names (`readium-desktop/resources/locales/pt-br.json` for
 * `src/resources/locales/pt-br.json`; `@/locales/en.json`): the alias is the bundler's, so the
 * path after it, a folder and the file at least, is matched against the ends of the bundles' paths.
 */
function aliasedBundle(specifier: string, bundles: readonly string[]): string | undefined {
  const tail = specifier.split('/').slice(1).join('/');
  if (!tail.includes('/')) return undefined;
  const matches = bundles.filter((bundle) => bundle.endsWith(`/${tail}`) || bundle === tail);
  return matches.length === 1 ? matches[0] : undefined;
}

/**
 * The JSON files a setup imports by a relative path, by the name it binds them to; also a bundle
 * of `bundles` it imports through a bundler's alias (see aliasedBundle).
 */
export function jsonImports(setup: string, text: string, bundles: readonly string[] = []): Map<string, string> {
  const imports = new Map<string, string>();
  for (const [, name, , specifier = ''] of [...text.matchAll(JSON_IMPORT), ...text.matchAll(JSON_REQUIRE)]) {
    const file = relativeFile(setup, specifier) ?? aliasedBundle(specifier, bundles);
    if (name !== undefined && file !== undefined) imports.set(name, file);
  }
  return imports;
}

/**
 * The bundle files the setups import and register under a code in `resources`, as in
 * cherry-studio's `['en-US', enUS]` for `import enUS from './locales/en-us.json'`, or load by code
 * (`'en-US': () => import('./locales/en-us.json')`): i18next then reads the file under that code
 * whatever its name, and never looks a file up by its path. An import through a bundler's alias
 * is read where it names one of `bundles` (see aliasedBundle). Only
 * a code written as a literal beside a name bound to a JSON file's import is read; a file
 * registered under two codes is left out, since init cannot tell which l10n should name it by.
 */
export function registeredBundles(
  setups: readonly string[],
  texts: ReadonlyMap<string, string>,
  bundles: readonly string[] = [],
): RegisteredBundle[] {
  const found = new Map<string, RegisteredBundle | undefined>();
  for (const setup of setups) {
    const text = texts.get(setup) ?? '';
    const imports = jsonImports(setup, text, bundles);
    const pairs = [
      ...[...text.matchAll(AS_PROPERTY)].map((match) => [match[2] ?? match[3], imports.get(match[4] ?? '')]),
      ...[...text.matchAll(AS_PAIR)].map((match) => [match[2], imports.get(match[3] ?? '')]),
      ...[...text.matchAll(AS_LOCALE)].flatMap((match) => {
        const code = match[2] ?? match[4] ?? '';
        return isKnownLocale(code) ? [[code, imports.get(match[3] ?? match[4] ?? '')]] : [];
      }),
      ...[...text.matchAll(AS_LOADER)].map((match) => {
        const specifier = match[5] ?? '';
        return [match[2] ?? match[3], relativeFile(setup, specifier) ?? aliasedBundle(specifier, bundles)];
      }),
    ];
    for (const [code, file] of pairs) {
      if (file === undefined || code === undefined || !isLocaleTag(code)) continue;
      const known = found.get(file);
      found.set(file, found.has(file) && known?.code !== code ? undefined : { file, code, setup });
    }
  }
  return [...found.values()].filter((bundle) => bundle !== undefined);
}

/** What the setups' registrations say of the locale names of a layout's files. */
export interface RegisteredNames {
  /**
   * Files named otherwise than i18next writes their code (`en-us.json`), each registered under
   * that very code (`en-US`): locale-code would say i18next never reads them, and it reads them all.
   * Empty when any such file is not registered so (not at all, or as `en-us`, which i18next never looks up).
   */
  recased: RegisteredBundle[];
  /** Files registered under a code of another language, script or region than their name's (`zh-cn.json` as `zh-Hans`). */
  renamed: (RegisteredBundle & { locale: string })[];
}

/**
 * Compares a layout's files (path and the locale their name gives) with what the setups register
 * them as; codes as i18next writes them, in lower case where the setup sets `lowerCaseLng`.
 */
export function registeredNames(
  files: readonly { path: string; locale: string }[],
  registered: readonly RegisteredBundle[],
  lowerCaseLng = false,
): RegisteredNames {
  const byFile = new Map(registered.map((bundle) => [bundle.file, bundle]));
  const recased: RegisteredBundle[] = [];
  const renamed: (RegisteredBundle & { locale: string })[] = [];
  // A misnamed file no setup registers under the code i18next writes is one locale-code is right about.
  let unread = false;
  for (const { path, locale } of files) {
    const bundle = byFile.get(path);
    const problem = localeProblem(locale, lowerCaseLng);
    const misnamed = problem?.kind === 'misnamed' ? problem.code : undefined;
    if (misnamed !== undefined && bundle?.code !== misnamed) unread = true;
    else if (bundle !== undefined && misnamed !== undefined) recased.push(bundle);
    if (bundle !== undefined && i18nextCode(bundle.code, lowerCaseLng) !== i18nextCode(locale, lowerCaseLng))
      renamed.push({ ...bundle, locale });
  }
  return { recased: unread ? [] : recased, renamed };
}
