import type { PatternEntry } from '../project/bundle-pattern.js';
import { codeOfLanguageName } from './language-names.js';
import { englishLike, folderWordLocale, knownLanguage, localesAmong, localeShaped } from './locale-name.js';

/** A bundle file init found, with what its path says. */
export interface FoundBundle {
  path: string;
  locale: string;
  /** Absent in a layout with one file per locale (`i18n/{{lng}}.json`). */
  namespace?: string;
  /** The language name the path spells the locale as, where it is not the code (`english` for en). */
  name?: string;
}

/** The bundles of one layout, as the `bundles` config field writes it. */
export interface BundleSet {
  /**
   * `public/locales/{{lng}}/{{ns}}.json`, `i18n/{{lng}}.json`, `locales/{{ns}}/{{lng}}.json`, `{{lng}}.json`;
   * one per folder for folders of one namespace split by locale (see sharedTreeFolders).
   */
  patterns: string[];
  files: FoundBundle[];
  locales: string[];
  /** Namespaces, in name order; empty for a layout with one file per locale. */
  namespaces: string[];
  /** The names of the locales the paths spell as language names, as the `localeNames` config field writes them. */
  localeNames: Record<string, string>;
  /** The source's files where their names say no locale (`lang/main.json` beside `lang/main-de.json`), as a `bundles` entry. */
  fixed?: { pattern: string; locale: string };
  /** Whether other JSON files lie where `fixed` would read them (`lang/languages.json`), so `namespaces` must list the set's. */
  othersBeside?: boolean;
  /** The namespace of each pattern the app's setup registers as one its folder does not name (see namespacedFolders). */
  namespaceOf?: Record<string, string>;
}

/** A layout's patterns as `bundles` entries: a pattern with the namespace its folder does not name (`namespaceOf`) as an entry. */
export function patternEntries(set: BundleSet): PatternEntry[] {
  return set.patterns.map((pattern) => {
    const namespace = set.namespaceOf?.[pattern];
    return namespace === undefined ? pattern : { pattern, namespace };
  });
}

/** Folder names that hold bundles by convention: a lone locale there is still taken for one. */
export const BUNDLE_FOLDERS = new Set(['locales', 'locale', 'i18n', 'translations', 'lang', 'langs', 'messages', 'l10n']);

const join = (...parts: string[]): string => parts.filter((part) => part !== '').join('/');
const baseName = (dir: string): string => dir.slice(dir.lastIndexOf('/') + 1);
const parentOf = (dir: string): string => (dir.includes('/') ? dir.slice(0, dir.lastIndexOf('/')) : '');

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** The locales of a group, or none when a lone locale lies outside a conventional folder. */
function groupLocales(dir: string, names: Iterable<string>): string[] {
  const locales = localesAmong(names);
  return locales.length >= 2 || (locales.length === 1 && BUNDLE_FOLDERS.has(baseName(dir))) ? locales.sort() : [];
}

function bundleSet(pattern: string, files: FoundBundle[]): BundleSet {
  const sorted = files.sort((a, b) => (a.path < b.path ? -1 : 1));
  return {
    patterns: [pattern],
    files: sorted,
    locales: [...new Set(sorted.map((file) => file.locale))].sort(),
    namespaces: [...new Set(sorted.flatMap((file) => (file.namespace === undefined ? [] : [file.namespace])))].sort(),
    localeNames: Object.fromEntries(
      sorted.flatMap((file) => (file.name === undefined ? [] : [[file.locale, file.name] as const])).sort(([a], [b]) => (a < b ? -1 : 1)),
    ),
  };
}

/**
 * `<dir>/{{lng}}.json` groups, and `{{ns}}` layouts where two or more such folders differ in one
 * segment: `<dir>/{{ns}}/{{lng}}.json`, or `designs/{{ns}}/i18n/{{lng}}.json` (freesewing); the
 * segment most folders differ in is the namespace, and a folder named like a locale (`hi`, `app`)
 * beside one that is not is a namespace too.
 */
function localeFileSets(files: FoundBundle[], extension: string): BundleSet[] {
  const byDir = new Map<string, FoundBundle[]>();
  for (const file of files) pushTo(byDir, parentOf(file.path), file);
  const single = new Map<string, FoundBundle[]>();
  for (const [dir, all] of byDir) {
    const group = oneNamePerLocale(all);
    const locales = new Set(
      groupLocales(
        dir,
        group.map((file) => file.locale),
      ),
    );
    if (locales.size > 0)
      single.set(
        dir,
        group.filter((file) => locales.has(file.locale)),
      );
  }
  const byTemplate = new Map<string, string[]>();
  for (const dir of single.keys()) {
    if (dir === '') continue;
    const segments = dir.split('/');
    segments.forEach((_, at) => pushTo(byTemplate, [...segments.slice(0, at), '{{ns}}', ...segments.slice(at + 1)].join('/'), dir));
  }
  const widest = [...byTemplate].sort((a, b) => b[1].length - a[1].length || (a[0] < b[0] ? -1 : 1));
  const sets: BundleSet[] = [];
  for (const [template, dirs] of widest) {
    const free = dirs.filter((dir) => single.has(dir));
    const at = template.split('/').indexOf('{{ns}}');
    // Two folders at least, one of them named as no locale is: then `hi` or `app` beside it is a namespace too.
    if (free.length < 2 || free.every((dir) => localeShaped(dir.split('/')[at] as string))) continue;
    const merged = free.flatMap((dir) => (single.get(dir) ?? []).map((file) => ({ ...file, namespace: dir.split('/')[at] as string })));
    for (const dir of free) single.delete(dir);
    sets.push(bundleSet(join(template, `{{lng}}${extension}`), merged));
  }
  for (const [dir, group] of single) sets.push(bundleSet(join(dir, `{{lng}}${extension}`), group));
  return sets;
}

/** The separators between a namespace and a locale in a file's name (`main-de`, `messages.fr`, `strings_pt-BR`, `pt_BR.client`). */
const NAME_SEPARATORS = ['-', '.', '_'];

/** A file name read as a namespace and a locale, and the name as a pattern writes it (`{{ns}}-{{lng}}`, `{{lng}}.{{ns}}`). */
interface NamedSplit {
  namespace: string;
  locale: string;
  template: string;
}

/** A name split into namespace and locale at its first separator after which a known locale follows, unless the whole name is one. */
function suffixedName(name: string): NamedSplit | undefined {
  if (localeShaped(name)) return undefined;
  for (let at = 1; at < name.length - 1; at++) {
    const separator = name[at] as string;
    if (!NAME_SEPARATORS.includes(separator)) continue;
    const locale = name.slice(at + 1);
    if (knownLanguage(locale) || folderWordLocale(locale))
      return { namespace: name.slice(0, at), locale, template: `{{ns}}${separator}{{lng}}` };
  }
  return undefined;
}

/**
 * A name split into locale and namespace at its last separator before which a known locale stands
 * (grist's `pt_BR.client`, `en.server`), unless the whole name is one: the longest locale first,
 * so `pt_BR.client` is pt_BR's and not a namespace `BR.client` of pt.
 */
function prefixedName(name: string): NamedSplit | undefined {
  if (localeShaped(name)) return undefined;
  for (let at = name.length - 2; at > 0; at--) {
    const separator = name[at] as string;
    if (!NAME_SEPARATORS.includes(separator)) continue;
    const locale = name.slice(0, at);
    if (knownLanguage(locale) || folderWordLocale(locale))
      return { namespace: name.slice(at + 1), locale, template: `{{lng}}${separator}{{ns}}` };
  }
  return undefined;
}

/**
 * `<dir>/{{ns}}-{{lng}}.json` groups (also `.` or `_`), and `<dir>/{{lng}}.{{ns}}.json` ones: files
 * named by a namespace and a locale, two locales at least. English is the usual source; where it
 * has no `{{ns}}-{{lng}}` file and `<dir>/<ns>.json` exists for every namespace (jitsi-meet's
 * `lang/main.json`), those are taken for its files.
 */
function suffixedFileSets(paths: readonly string[], extension: string): BundleSet[] {
  const groups = new Map<string, FoundBundle[]>();
  for (const path of paths) {
    const name = baseName(path).slice(0, -extension.length);
    for (const split of [suffixedName(name), prefixedName(name)])
      if (split)
        pushTo(groups, join(parentOf(path), `${split.template}${extension}`), {
          path,
          locale: split.locale,
          namespace: split.namespace,
        });
  }
  const present = new Set(paths);
  const sets: BundleSet[] = [];
  for (const [pattern, all] of groups) {
    // A folder word (`ts.i18n.json`) is a locale only among the locales of its group.
    const locales = new Set(localesAmong(all.map((file) => file.locale)));
    const files = all.filter((file) => locales.has(file.locale));
    const set = bundleSet(pattern, oneNamePerLocale(files));
    if (set.locales.length < 2) continue;
    const dir = parentOf(pattern);
    const bare = (namespace: string): string => join(dir, `${namespace}${extension}`);
    if (
      baseName(pattern).startsWith('{{ns}}') &&
      !set.locales.some(englishLike) &&
      set.namespaces.every((namespace) => present.has(bare(namespace)))
    ) {
      const fixed = { pattern: join(dir, `{{ns}}${extension}`), locale: 'en' };
      // Files of the folder that are neither the set's nor its namespaces' bare ones (`lang/languages.json`).
      const known = new Set([...set.namespaces.map(bare), ...all.map((file) => file.path)]);
      const beside = paths.some((path) => parentOf(path) === dir && path.endsWith(extension) && !known.has(path));
      sets.push({
        ...bundleSet(pattern, [...set.files, ...set.namespaces.map((namespace) => ({ path: bare(namespace), locale: 'en', namespace }))]),
        fixed,
        ...(beside && { othersBeside: true }),
      });
    } else sets.push(set);
  }
  return sets;
}

/** What a file or folder name says of a locale; undefined for anything else. */
type LocaleReading = (name: string) => { locale: string; name?: string } | undefined;

/** A name read as a locale code (`en`, `pt-BR`), or a folder word its group may take for one (`ts`, see localesAmong). */
const byCode: LocaleReading = (name) => (localeShaped(name) || folderWordLocale(name) ? { locale: name } : undefined);

/**
 * A name read as a code, or as a language's name (`english`, `espanol`) with the code it names:
 * tried only where no file is named by codes, since its table of names costs some 300 ms.
 */
const byCodeOrName: LocaleReading = (name) => {
  if (localeShaped(name) || folderWordLocale(name)) return { locale: name };
  const code = /^[a-z][a-z_-]{2,}$/i.test(name) ? codeOfLanguageName(name) : undefined;
  return code === undefined ? undefined : { locale: code, name };
};

/**
 * The files of one folder, less those spelled by a name whose locale another spelling there has
 * too (`english` beside `en`, `spanish` beside `espanol`): one locale is read from one place.
 */
function oneNamePerLocale(files: FoundBundle[]): FoundBundle[] {
  const spellings = new Map<string, Set<string>>();
  for (const file of files) spellings.set(file.locale, (spellings.get(file.locale) ?? new Set()).add(file.name ?? file.locale));
  return files.filter((file) => file.name === undefined || spellings.get(file.locale)?.size === 1);
}

/** `<dir>/{{lng}}/{{ns}}.json` groups: a folder whose locale-named subfolders hold JSON files (or files of `extension`). */
function localeFolderSets(paths: string[], extension: string, localeOf: LocaleReading): BundleSet[] {
  const byPrefix = new Map<string, FoundBundle[]>();
  for (const path of paths) {
    const segments = path.split('/');
    segments.slice(0, -1).forEach((segment, at) => {
      const locale = localeOf(segment);
      if (!locale) return;
      const namespace = segments
        .slice(at + 1)
        .join('/')
        .slice(0, -extension.length);
      pushTo(byPrefix, segments.slice(0, at).join('/'), { path, ...locale, namespace });
    });
  }
  const sets: BundleSet[] = [];
  for (const [prefix, all] of byPrefix) {
    // A folder word's folder may be a locale's only where it holds a namespace another's does (`os/common.json`; `src/` holds code).
    const held = new Set(all.filter((file) => !folderWordLocale(file.locale)).map((file) => file.namespace));
    const files = all.filter((file) => !folderWordLocale(file.locale) || held.has(file.namespace));
    const locales = new Set(
      groupLocales(
        prefix,
        files.map((file) => file.locale),
      ),
    );
    const kept = oneNamePerLocale(files.filter((file) => locales.has(file.locale)));
    if (kept.length > 0) sets.push(bundleSet(join(prefix, '{{lng}}', `{{ns}}${extension}`), kept));
  }
  return sets;
}

/**
 * Every i18next bundle layout among a project's files (relative `/` paths), largest first (then a
 * conventional folder first, then by pattern). A JSON file belongs to a layout when its name or one
 * of its folders is a locale and it has locale-named siblings: `package.json` never is one. Given
 * another `extension` (`.toml`), the layouts of files in that format, which l10n does not read.
 * Names of languages (`english/`, `espanol/`) are read as locales only where no layout is named by codes.
 */
export function findBundleSets(paths: readonly string[], extension = '.json'): BundleSet[] {
  // A path holding `{{` or `}}` cannot be spelled as a pattern, whose placeholders are written so.
  const files = paths.filter((path) => path.endsWith(extension) && !/\{\{|\}\}/.test(path));
  const byCodes = setsReadBy(files, extension, byCode);
  return byCodes.length > 0 ? byCodes : setsReadBy(files, extension, byCodeOrName);
}

/** The layouts of these files with locales read from their names as `localeOf` reads them, largest first (see findBundleSets). */
function setsReadBy(files: string[], extension: string, localeOf: LocaleReading): BundleSet[] {
  const localeFiles = files.flatMap((path) => {
    const name = baseName(path).slice(0, -extension.length);
    const locale = localeOf(name);
    return locale ? [{ path, ...locale }] : [];
  });
  const conventional = (set: BundleSet): number =>
    set.patterns.some((pattern) => pattern.split('/').some((segment) => BUNDLE_FOLDERS.has(segment))) ? 1 : 0;
  const name = (set: BundleSet): string => set.patterns.join(', ');
  return [
    ...localeFolderSets(files, extension, localeOf),
    ...localeFileSets(localeFiles, extension),
    ...suffixedFileSets(files, extension),
  ].sort((a, b) => b.files.length - a.files.length || conventional(b) - conventional(a) || (name(a) < name(b) ? -1 : 1));
}
