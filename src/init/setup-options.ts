// What init reads of an app's i18next setup files, as text, never run: which files, and which options.
import { isKnownLocale, isLocaleTag } from '../locale/locale-tag.js';
import { fallbackSetting } from './fallback-setting.js';
import { findInitCalls } from './init-calls.js';
import { braceBlock } from './script-text.js';
import { SCRIPT } from './script-imports.js';
import { optionValue, type SetupScripts, type SetupValue } from './setup-values.js';
import { DEFAULT_SYNTAX } from '../bundles/interpolation-syntax.js';

/** A locale an i18next setup names as its default, and the file that names it. */
export interface NamedDefault {
  locale: string;
  file: string;
  /** The setting that names it: `fallbackLng` (i18next) or `defaultLocale` (next-i18next, routers). */
  setting: 'fallbackLng' | 'defaultLocale';
  /** Whether it is a fallbackLng object's `default` (`fallbackLng: { default: ['en'] }`). */
  objectDefault: boolean;
  /**
   * The fallbacks the setup's fallbackLng gives beyond the source, as l10n's `fallbacks` reads
   * them: an object's entries, and `default` when it lists more than the source. Empty when none.
   */
  fallbacks: Record<string, string[]>;
}

/** A script named for translating (`translator.ts`, `translation.js`, `localization.ts`): an app's own i18n service. */
const TRANSLATOR_NAME = /^(?:translat(?:or|ions?|e|ion[-_]?service)|locali[sz]ation)$/i;

/** A test's helper folder (hedgedoc's `src/test-utils/`, `__mocks__/`, `testing/`): its i18next instance is not the app's. */
const TEST_FOLDER = /^(?:__mocks__|mocks?|testing|test[-_]?(?:utils?|helpers?|setup|support)|stories)$/i;

/** A mock's name (`mock-i18n`, `i18nMock`, `i18n.mock`): a stand-in the tests initialise, often with other options. */
const MOCK_NAME = /(?:^|[-_.])(?:[Mm]ock|[Ff]ake|[Ss]tub)s?(?:[-_.]|$)|^(?:mock|fake|stub)[A-Z0-9]|[a-z0-9](?:Mock|Fake|Stub)s?$/;

/**
 * Files that may hold an i18next setup: `i18n.ts`, `i18next.config.js`, `next-i18next.config.js`,
 * `src/i18n/index.ts`, `i18n/config.mjs`, then scripts whose name holds `i18n` at any depth
 * (hedgedoc's `initializers/setupI18n.ts`, lemmy's `services/I18NextService.ts`), any script
 * below a folder whose name holds `i18n` or ends in `i18` (a monorepo's
 * `packages/i18n/src/core/instance.ts`, SigNoz's `src/ReactI18/index.tsx`), then
 * an app's entry files within three levels (`src/frontend/index.tsx`, `src/main.ts`), then the
 * scripts right inside a `locales` or `locale` folder but a locale's own (lobe-chat's
 * `src/locales/create.ts`, not `src/locales/de.ts`), then scripts named for translating
 * (thorium-reader's `services/translator.ts`, not `locales/de/translation.ts`); not a key extractor's config
 * (`i18next-parser.config.mjs`), a test, a test's helper or mock (`src/test-utils/mock-i18n.ts`)
 * or a type declaration. In each group, those sharing the most folders with the bundles' first
 * (`bundlePattern`: headlamp's `frontend/src/i18n/config.ts` for `frontend/src/i18n/locales/`, not
 * the desktop app's `app/electron/i18next.config.ts`), then shortest paths; at most `limit`.
 */
export function i18nSetupFiles(paths: readonly string[], bundlePattern?: string, limit = 20): string[] {
  const named: string[] = [];
  const nameHolds: string[] = [];
  const inFolder: string[] = [];
  const entries: string[] = [];
  const inLocales: string[] = [];
  const translators: string[] = [];
  for (const path of paths) {
    if (!SCRIPT.test(path) || /\.(?:test|spec|d|stories)\./.test(path)) continue;
    const segments = path.split('/');
    const name = (segments.at(-1) as string).replace(SCRIPT, '');
    if (MOCK_NAME.test(name) || segments.slice(0, -1).some((folder) => TEST_FOLDER.test(folder))) continue;
    // A key extractor's config (i18next-parser, i18next-scanner) is not the app's setup: its separators are the tool's.
    if (/^i18next-(?:parser|scanner)(?:[.-]|$)/i.test(name)) continue;
    if (/^(?:next-)?i18n(?:ext)?(?:[.-]|$)/i.test(name) || (segments.at(-2) === 'i18n' && /^(?:index|config|settings)$/.test(name)))
      named.push(path);
    else if (/i18n/i.test(name)) nameHolds.push(path);
    else if (segments.slice(0, -1).some((folder) => /i18(?!\d)/i.test(folder))) inFolder.push(path);
    // An app's entry file may initialise i18next itself (Heroic's src/frontend/index.tsx).
    else if (segments.length <= 3 && /^(?:index|main|app)$/i.test(name)) entries.push(path);
    // Last, so that a folder of translation modules never crowds the entry files out.
    else if (/^locales?$/i.test(segments.at(-2) ?? '')) {
      if (!isKnownLocale(name)) inLocales.push(path);
    }
    // A service named for translating (thorium-reader's `services/translator.ts`), but a locale's own module.
    else if (TRANSLATOR_NAME.test(name) && !isKnownLocale(segments.at(-2) ?? '')) translators.push(path);
  }
  // Files named for the setup come first: a folder of translation modules (`i18n/de.ts`) never crowds them out.
  // Within a group, the setup nearest the bundles first: another app's of the repository is not theirs.
  const near = bundleFolders(bundlePattern);
  const byDepth = (a: string, b: string): number =>
    sharedFolders(b, near) - sharedFolders(a, near) || a.split('/').length - b.split('/').length || (a < b ? -1 : 1);
  return [named, nameHolds, inFolder, entries, inLocales, translators].flatMap((group) => group.sort(byDepth)).slice(0, limit);
}

/** The folders of a bundle pattern before its first placeholder (`frontend/src/i18n/locales` for `.../{{lng}}/{{ns}}.json`). */
function bundleFolders(pattern: string | undefined): string[] {
  const segments = pattern?.split('/').slice(0, -1) ?? [];
  const at = segments.findIndex((segment) => segment.includes('{{'));
  return at < 0 ? segments : segments.slice(0, at);
}

/**
 * How many leading folders a file shares with the bundles' (see bundleFolders), counting a file
 * inside that folder as one beside it: the translation modules there (plane's `locales/m0.ts`)
 * are no nearer a setup than the `core/instance.ts` beside them.
 */
function sharedFolders(path: string, folders: readonly string[]): number {
  const segments = path.split('/').slice(0, -1);
  let shared = 0;
  while (shared < folders.length && segments[shared] === folders[shared]) shared += 1;
  return Math.min(shared, Math.max(0, folders.length - 1));
}

/**
 * The setup files of the app whose bundles init found (see i18nSetupFiles for their order): a
 * file that initialises i18next and shares fewer folders with the bundles than the first that
 * does initialises another app's (headlamp's `app/electron/i18next.config.ts`, whose
 * `lowerCaseLng: true` its frontend does not set), so none of its options are the bundles'.
 */
export function bundlesAppSetups(files: readonly string[], texts: ReadonlyMap<string, string>, bundlePattern?: string): string[] {
  const near = bundleFolders(bundlePattern);
  const initialises = (file: string): boolean => findInitCalls(texts.get(file) ?? '').length > 0;
  const first = files.find(initialises);
  if (first === undefined) return [...files];
  const nearest = sharedFolders(first, near);
  return files.filter((file) => !initialises(file) || sharedFolders(file, near) >= nearest);
}

/**
 * Whether a setup file is a key extractor's config by what it imports: i18next-cli's
 * `i18next.config.ts` (`import { defineConfig } from 'i18next-cli'`) is named like a setup, but
 * its separators are the extractor's, not those of the app's i18next.
 */
export function isExtractorConfig(text: string): boolean {
  return /(?:\bfrom\s*|\brequire\s*\(\s*)["']i18next-cli["']/.test(text);
}

/**
 * The first locale an i18next setup names as its default, among `locales`: its `fallbackLng` (a
 * string, a list's first, an object's `default`'s first; a const the file declares or imports from
 * another setup file is followed), else a `defaultLocale: 'en'`. Read as text, never run: a setup
 * file is the project's code. A name that is not one of the found locales is passed over.
 */
export function findNamedDefault(
  files: readonly string[],
  texts: ReadonlyMap<string, string>,
  locales: readonly string[],
): NamedDefault | undefined {
  const scripts = { files, texts };
  for (const file of files) {
    const setting = fallbackSetting(optionValue(file, 'fallbackLng', scripts));
    const [locale, ...more] = setting?.defaults ?? [];
    if (!setting || locale === undefined || !locales.includes(locale)) continue;
    const fallbacks =
      more.length > 0 && setting.defaults.every(isLocaleTag) ? { ...setting.entries, default: setting.defaults } : setting.entries;
    return { locale, file, setting: 'fallbackLng', objectDefault: setting.byLocale, fallbacks };
  }
  for (const file of files) {
    const locale = optionValue(file, 'defaultLocale', scripts);
    if (typeof locale === 'string' && locales.includes(locale))
      return { locale, file, setting: 'defaultLocale', objectDefault: false, fallbacks: {} };
  }
  return undefined;
}

/**
 * A `fallbackLng` a setup writes that names no locale init can read: `false` (i18next then falls
 * back to no other language, and shows the key), or a value known only when the app runs
 * (outline's `fallbackLng: lng`, the reader's own language), a function or a call. Only a
 * property written with a value, or in short (`{ lng, fallbackLng }`), counts: a type's
 * `fallbackLng?: string` is none.
 */
export function findUnreadFallback(
  files: readonly string[],
  texts: ReadonlyMap<string, string>,
): { file: string; value: false | undefined } | undefined {
  const scripts = { files, texts };
  for (const file of files) {
    if (!/\bfallbackLng["']?\s*:|[{,]\s*fallbackLng\s*[,}]/.test(texts.get(file) ?? '')) continue;
    const value = optionValue(file, 'fallbackLng', scripts);
    if (value === false) return { file, value };
    if (fallbackSetting(value) === undefined) return { file, value: undefined };
  }
  return undefined;
}

/** An option an i18next setup gives that changes how l10n reads the bundles, its value and the file that gives it. */
export interface SetupOption {
  option: 'returnEmptyString' | 'keySeparator' | 'nsSeparator' | 'pluralSeparator' | 'contextSeparator';
  /** `false`, or the separator a setup names (`'~'`; a pluralSeparator or contextSeparator only so). */
  value: false | string;
  file: string;
}

/** The value a setup gives an option where it is of the option's kind: `false` only, a string only, or either. */
function ofKind(option: SetupOption['option'], value: SetupValue | undefined): false | string | undefined {
  if (value === false && option !== 'pluralSeparator' && option !== 'contextSeparator') return false;
  return typeof value === 'string' && value !== '' && option !== 'returnEmptyString' ? value : undefined;
}

/**
 * The options an i18next setup gives that change how l10n reads the bundles: `returnEmptyString:
 * false` (an empty string falls back), `keySeparator` and `nsSeparator` as `false` or a string
 * (named, even as i18next's default, it makes i18next read no key as natural language), and
 * `pluralSeparator` and `contextSeparator` as a string other than i18next's `_`. Read as text,
 * never run: a literal where the option is named, else a value read as setup values are (see
 * optionValue: a const, a module's export such as headlamp's `sharedConfig.contextSeparator`, a
 * spread of imported options); the first file that gives each.
 */
export function findSetupOptions(files: readonly string[], texts: ReadonlyMap<string, string>): SetupOption[] {
  const found: SetupOption[] = [];
  const scripts = { files, texts };
  for (const option of ['returnEmptyString', 'keySeparator', 'nsSeparator', 'pluralSeparator', 'contextSeparator'] as const) {
    const string = `(["'\`])([^"'\`\\n\\\\]+)\\2`;
    const forms =
      option === 'returnEmptyString'
        ? '(false)\\b'
        : option === 'pluralSeparator' || option === 'contextSeparator'
          ? `()${string}`
          : `(false)\\b|${string}`;
    const pattern = new RegExp(`\\b${option}["']?\\s*[:=]\\s*(?:${forms})`);
    for (const file of files) {
      const match = pattern.exec(texts.get(file) ?? '');
      const value = match ? (match[1] === 'false' ? false : (match[3] as string)) : ofKind(option, optionValue(file, option, scripts));
      if (value === undefined) continue;
      // A plural or context separator named as i18next's own "_" changes nothing (unlike a key or namespace separator).
      if (value !== '_' || option === 'keySeparator' || option === 'nsSeparator') found.push({ option, value, file });
      break;
    }
  }
  return found;
}

/** The options of i18next's string syntax that init reads from a setup, each a string. */
export const SYNTAX_OPTIONS = [
  'prefix',
  'suffix',
  'unescapePrefix',
  'unescapeSuffix',
  'formatSeparator',
  'nestingPrefix',
  'nestingSuffix',
  'nestingOptionsSeparator',
] as const;

/** One of SYNTAX_OPTIONS. */
export type SyntaxOption = (typeof SYNTAX_OPTIONS)[number];

/**
 * The syntax options an i18next setup gives that differ from i18next's own (`{name}` for
 * `prefix: '{', suffix: '}'`, `__nameHTML__` for overleaf's `unescapeSuffix: 'HTML'`), and its file.
 */
export interface SetupSyntax {
  options: Partial<Record<SyntaxOption, string>>;
  file: string;
}

/**
 * A setup's `interpolation: { ... }` as written, to its matching brace (see braceBlock);
 * undefined without one, or past 4,000 characters without its end.
 */
export function interpolationBlock(text: string): string | undefined {
  const match = /\binterpolation["']?\s*:\s*\{/.exec(text);
  return match ? braceBlock(text, match.index + match[0].length - 1, 4000) : undefined;
}

/** A string option of a block as a JavaScript literal writes it, its escapes read (`'a\\'b'` is `a'b`). */
function stringOption(block: string, name: string): string | undefined {
  const written = new RegExp(`\\b${name}["']?\\s*:\\s*(["'\`])((?:\\\\.|(?!\\1).)+)\\1`).exec(block)?.[2];
  return written?.replace(/\\(.)/g, '$1');
}

/**
 * The syntax options of the first i18next setup whose `interpolation` options (see
 * interpolationBlock) change one, as l10n's config writes them (`nestingPrefixEscaped` is none:
 * i18next 26's default nestingPrefix wins over it). Undefined when no setup changes any.
 */
export function findInterpolationSyntax(files: readonly string[], texts: ReadonlyMap<string, string>): SetupSyntax | undefined {
  const scripts = { files, texts };
  for (const file of files) {
    const block = interpolationBlock(texts.get(file) ?? '');
    const held = block === undefined ? heldInterpolation(file, scripts) : undefined;
    if (block === undefined && held === undefined) continue;
    const options: Partial<Record<SyntaxOption, string>> = {};
    for (const name of SYNTAX_OPTIONS) {
      const given = held?.[name];
      const value = block === undefined ? (typeof given === 'string' ? given : undefined) : stringOption(block, name);
      if (value && value !== DEFAULT_SYNTAX[name]) options[name] = value;
    }
    if (Object.keys(options).length > 0) return { options, file };
  }
  return undefined;
}

/**
 * A setup's `interpolation` options where they are no literal of its own but a value read as setup
 * values are (`interpolation: interpolationOptions` imported, or within a spread of imported
 * options, see optionValue); undefined where none reads as an object.
 */
function heldInterpolation(file: string, scripts: SetupScripts): Record<string, SetupValue> | undefined {
  const value = optionValue(file, 'interpolation', scripts);
  return value !== undefined && typeof value === 'object' && !Array.isArray(value) ? value : undefined;
}

/** next-i18next's config file, whose options next-i18next merges over its own defaults before it calls i18next's init. */
export const NEXT_CONFIG = /(?:^|\/)next-i18next\.config\.[cm]?[jt]s$/;

/**
 * Whether a file is next-i18next's config and leaves an option to next-i18next's default
 * (`load: 'currentOnly'`, `interpolation: { escapeValue: false }`): it names no such option.
 */
function nextDefault(file: string, text: string, option: 'load' | 'escapeValue'): boolean {
  return NEXT_CONFIG.test(file) && !new RegExp(`\\b${option}["']?\\s*:`).test(text);
}

/** Where the setups of a project turn escaping off (`escapeValue: false`) and where one escapes (i18next's default). */
export interface SetupEscaping {
  /** The first file whose `interpolation` options set `escapeValue: false` (React apps: React escapes on render). */
  off?: string;
  /** Whether `off` leaves it to next-i18next's default rather than setting it. */
  offByDefault?: boolean;
  /** The first file that calls i18next's init (see findInitCalls) without it: that instance escapes values. */
  on?: string;
}

/**
 * Which setups turn escaping off and which keep it: only where every one turns it off does i18next
 * show `{{- x}}` and `{{x}}` alike (a server instance that escapes beside a React one does not).
 */
export function findEscaping(files: readonly string[], texts: ReadonlyMap<string, string>): SetupEscaping {
  const escaping: SetupEscaping = {};
  const scripts = { files, texts };
  for (const file of files) {
    const text = texts.get(file) ?? '';
    const block = interpolationBlock(text);
    const off =
      block === undefined ? heldInterpolation(file, scripts)?.escapeValue === false : /\bescapeValue["']?\s*:\s*false\b/.test(block);
    const byDefault = !off && nextDefault(file, text, 'escapeValue');
    if (off || byDefault) {
      if (escaping.off === undefined) Object.assign(escaping, { off: file, offByDefault: byDefault });
    } else if (findInitCalls(text).length > 0) escaping.on ??= file;
  }
  return escaping;
}

/**
 * The first setup file that initialises i18next (a call of its init, see findInitCalls, or
 * next-i18next's `i18n: {`): init read the app's options there. Undefined when none does.
 */
export function findSetupFile(files: readonly string[], texts: ReadonlyMap<string, string>): string | undefined {
  return files.find((file) => {
    const text = texts.get(file) ?? '';
    return findInitCalls(text).length > 0 || /\bi18n["']?\s*:\s*\{/.test(text);
  });
}

/**
 * The file of an i18next setup that sets `load: 'currentOnly'` (no parent locale before the
 * fallbacks), or a next-i18next config that names no `load`, which next-i18next defaults to it;
 * and which of the two it is. Undefined when none does.
 */
export function findCurrentOnly(
  files: readonly string[],
  texts: ReadonlyMap<string, string>,
): { file: string; byDefault: boolean } | undefined {
  const set = files.find((file) => /\bload["']?\s*[:=]\s*["'`]currentOnly["'`]/.test(texts.get(file) ?? ''));
  if (set !== undefined) return { file: set, byDefault: false };
  const next = files.find((file) => nextDefault(file, texts.get(file) ?? '', 'load'));
  return next === undefined ? undefined : { file: next, byDefault: true };
}

/**
 * The file of an i18next setup that sets `lowerCaseLng: true` (i18next then looks every code up in
 * lower case, so `pt-br/` is read and `pt-BR/` is not), if any.
 */
export function findLowerCaseLng(files: readonly string[], texts: ReadonlyMap<string, string>): string | undefined {
  return files.find((file) => /\blowerCaseLng["']?\s*[:=]\s*true\b/.test(texts.get(file) ?? ''));
}

/** The file of an i18next setup that imports i18next-icu (its strings are ICU messages), if any. */
export function findIcu(files: readonly string[], texts: ReadonlyMap<string, string>): string | undefined {
  return files.find((file) => /["'`]i18next-icu["'`]/.test(texts.get(file) ?? ''));
}

/**
 * Whether a setup's loader lower-cases the code i18next asks it for in the path it loads
 * (headlamp's backend: `import(\`./locales/${language.toLowerCase()}/${namespace}.json\`)`): the
 * app then reads `pt-br/` for i18next's `pt-BR`, with no `lowerCaseLng`.
 */
export function lowersLoadedCode(text: string): boolean {
  return /`[^`]*\$\{\s*[\w$.]+\s*\.\s*toLowerCase\(\s*\)\s*\}[^`]*`/.test(text);
}
