import { parsePluralKey } from '../bundles/plural-key.js';
import { sampleJson } from './sample-json.js';
import type { BundleSet, FoundBundle } from './find-bundle-sets.js';

/** The share of each folder's keys that the other folders must also hold for them to be one namespace. */
export const SHARED_KEYS = 0.5;

/** One of the folders read as one namespace: its pattern and the locales its files are named by. */
export interface SharedTreeFolder {
  /** `src/renderer/i18n/locales`. */
  dir: string;
  /** `src/renderer/i18n/locales/{{lng}}.json`. */
  pattern: string;
  locales: string[];
}

/** A `{{ns}}/{{lng}}.json` layout read again as one namespace, and why. */
export interface SharedTree {
  /** The same files, one pattern per folder, no namespace. */
  set: BundleSet;
  folders: SharedTreeFolder[];
  /** The lowest share of a folder's keys that the others hold too, in percent, rounded down. */
  sharedPercent: number;
}

const parentOf = (path: string): string => (path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '');

/** The paths of a parsed bundle's leaves (names joined by NUL), the plural forms of a key counted once. */
function leafKeys(data: Record<string, unknown>, pluralSeparator: string, into: Set<string>): void {
  // A stack of its own: a generated file may nest thousands deep.
  const pending: { object: Record<string, unknown>; path: string }[] = [{ object: data, path: '' }];
  for (let next = pending.pop(); next; next = pending.pop())
    for (const [key, value] of Object.entries(next.object)) {
      const nested = value !== null && typeof value === 'object' && !Array.isArray(value);
      const name = nested ? key : (parsePluralKey(key, pluralSeparator)?.base ?? key);
      const path = next.path === '' ? name : `${next.path}\u0000${name}`;
      if (nested) pending.push({ object: value as Record<string, unknown>, path });
      else into.add(path);
    }
}

/** The keys of a folder's readable files together. */
function folderKeys(files: readonly FoundBundle[], texts: ReadonlyMap<string, string>, pluralSeparator: string): Set<string> {
  const keys = new Set<string>();
  for (const file of files) {
    const parsed = sampleJson(texts, file.path);
    if (parsed?.ok) leafKeys(parsed.data, pluralSeparator, keys);
  }
  return keys;
}

/**
 * A `<dir>/{{ns}}/{{lng}}.json` layout whose folders are one namespace split by locale, as
 * cherry-studio keeps `i18n/locales/{en-us,zh-cn}.json` and `i18n/translate/{de-de,fr-fr}.json`:
 * no locale has a file in two folders, and at least SHARED_KEYS of each folder's keys are in the
 * others too. Read as namespaces, every locale would lack the other folders' keys; read so, each
 * folder is a pattern of its own (`i18n/locales/{{lng}}.json`, `i18n/translate/{{lng}}.json`), all
 * of `defaultNamespace`. Undefined for any other layout, or folders that are namespaces indeed:
 * the same locales in each (`common/en.json`, `admin/en.json`), or keys of their own.
 */
export function sharedTreeFolders(set: BundleSet, texts: ReadonlyMap<string, string>, pluralSeparator = '_'): SharedTree | undefined {
  const [pattern] = set.patterns;
  if (set.patterns.length !== 1 || pattern === undefined || set.namespaces.length < 2) return undefined;
  // `{{ns}}` a whole folder, `{{lng}}` the file's name.
  if (!/(?:^|\/)\{\{ns\}\}\//.test(pattern) || !/(?:^|\/)\{\{lng\}\}\.json$/.test(pattern)) return undefined;
  const byFolder = new Map<string, FoundBundle[]>();
  for (const file of set.files) byFolder.set(file.namespace ?? '', [...(byFolder.get(file.namespace ?? '') ?? []), file]);
  const owner = new Map<string, string>();
  for (const [namespace, files] of byFolder)
    for (const { locale } of files) {
      if ((owner.get(locale) ?? namespace) !== namespace) return undefined;
      owner.set(locale, namespace);
    }
  const keys = new Map([...byFolder].map(([namespace, files]) => [namespace, folderKeys(files, texts, pluralSeparator)]));
  let lowest = 1;
  for (const [namespace, own] of keys) {
    if (own.size === 0) return undefined;
    const others = [...keys].flatMap(([other, theirs]) => (other === namespace ? [] : [theirs]));
    let shared = 0;
    for (const key of own) if (others.some((theirs) => theirs.has(key))) shared += 1;
    lowest = Math.min(lowest, shared / own.size);
  }
  if (lowest < SHARED_KEYS) return undefined;
  const folders = [...byFolder]
    .map(([namespace, files]) => {
      const folderPattern = pattern.split('{{ns}}').join(namespace);
      return {
        dir: parentOf(folderPattern),
        pattern: folderPattern,
        locales: [...new Set(files.map((file) => file.locale))].sort(),
      };
    })
    .sort((a, b) => (a.dir < b.dir ? -1 : 1));
  return {
    set: {
      patterns: folders.map((folder) => folder.pattern),
      files: set.files.map(({ path, locale }) => ({ path, locale })),
      locales: set.locales,
      namespaces: [],
      localeNames: set.localeNames,
    },
    folders,
    sharedPercent: Math.floor(lowest * 100),
  };
}
