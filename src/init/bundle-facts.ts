import { DEFAULT_SYNTAX, type InterpolationSyntax } from '../bundles/interpolation-syntax.js';
import { parsePluralKey } from '../bundles/plural-key.js';
import { splitNamespace, type KeySplitting } from '../bundles/reference-target.js';
import { sampleJson } from './sample-json.js';
import type { BundleSet } from './find-bundle-sets.js';

/** What the bundles' contents tell about a project, for init to infer the separators and the source. */
export interface BundleFacts {
  /** Keys per locale, over every namespace, the plural forms of a key counted once (`item_one`, `item_few`: `item`). */
  keys: Map<string, number>;
  /** Set when the source's files are all flat and one of its keys contains `.`: i18next must read keys whole. */
  flatDottedKey?: string;
  /** A source key with `.` in a file that also nests objects: flat and nested keys cannot both be read, so `.` stays. */
  mixedDottedKey?: string;
  /**
   * A source key with `:` that i18next 26 reads as `namespace:key` under its default separators
   * (`URL:`, `a.b: c`; not natural language such as `Status: ok`): the app must set `nsSeparator: false`.
   */
  colonKey?: string;
  /** Translations that nest objects where the source is flat (a tool split its keys at `.`). */
  nestedTranslations: string[];
  /** Files that could not be read or parsed, with why. */
  unreadable: { path: string; reason: string }[];
}

interface FileFacts {
  /** Leaves, the plural forms of one key (see parsePluralKey) counted once: locales differ in how many forms they need. */
  keys: number;
  flat: boolean;
  dotted?: string;
  /** Top-level names holding `:` (judged once the key separator is known), and a nested one. */
  colons: string[];
  nestedColon?: string;
}

/** The shape of one parsed file, walked with a stack of its own: a generated file may nest thousands deep. */
function factsOf(data: Record<string, unknown>, pluralSeparator: string): FileFacts {
  const facts: FileFacts = { keys: 0, flat: true, colons: [] };
  const pending: { object: Record<string, unknown>; top: boolean }[] = [{ object: data, top: true }];
  for (let next = pending.pop(); next; next = pending.pop()) {
    const bases = new Set<string>();
    for (const [key, value] of Object.entries(next.object)) {
      if (next.top && facts.dotted === undefined && key.includes('.')) facts.dotted = key;
      if (key.includes(':')) {
        if (next.top) facts.colons.push(key);
        else facts.nestedColon ??= key;
      }
      if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
        facts.flat = false;
        pending.push({ object: value as Record<string, unknown>, top: false });
      } else bases.add(parsePluralKey(key, pluralSeparator)?.base ?? key);
    }
    facts.keys += bases.size;
  }
  return facts;
}

/** Keys per locale and, for each readable file, its shape; texts by path (a missing text is unreadable). */
function readFacts(set: BundleSet, texts: ReadonlyMap<string, string>, pluralSeparator: string) {
  const keys = new Map(set.locales.map((locale) => [locale, 0]));
  const files = new Map<string, FileFacts>();
  const unreadable: { path: string; reason: string }[] = [];
  for (const file of set.files) {
    const parsed = sampleJson(texts, file.path);
    if (!parsed?.ok) {
      unreadable.push({ path: file.path, reason: parsed ? parsed.message : 'too large or unreadable' });
      continue;
    }
    const facts = factsOf(parsed.data, pluralSeparator);
    files.set(file.path, facts);
    keys.set(file.locale, (keys.get(file.locale) ?? 0) + facts.keys);
  }
  return { keys, files, unreadable };
}

/**
 * A source key i18next reads as `namespace:key` with the default `:` and the key separator init
 * settles on: one nested under a name (`a` > `b:c` is `a.b:c`) or a top-level one that is no
 * natural language (see splitNamespace).
 */
function namespacedKey(own: readonly FileFacts[], app: Omit<KeySplitting, 'nsSeparator'>): string | undefined {
  const splitting = { ...app, nsSeparator: ':' };
  for (const file of own) {
    if (file.nestedColon !== undefined) return file.nestedColon;
    const found = file.colons.find((key) => splitNamespace(key, splitting).namespace !== undefined);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** What init knows of how the app's i18next reads keys: the setup's separators, or i18next's where a setup names none. */
export interface KnownSeparators {
  /** Undefined when no setup was found: then the source's bundles suggest it. */
  keySeparator?: string | false;
  /** The setup names a separator as a string: i18next then takes no key for natural language. */
  separatorsGiven: boolean;
  /** What goes before a plural suffix (`_` in `item_one`). */
  pluralSeparator: string;
  /** The string syntax the setup gives (i18next's where it names none): a key holding a nesting is not split at its `:`. */
  interpolation: InterpolationSyntax;
}

/**
 * Counts the keys of every locale of a bundle set; `sourceOf` picks the source locale from those
 * counts, and the separators are read from the source's files alone: a translation whose tool
 * nested `"a.b"` as `a: { b }` is an error for check to report, not a layout to follow. A key
 * with `:` is judged with the key separator the app's setup settles (`known`), else the one the
 * source's files suggest.
 */
export function bundleFacts(
  set: BundleSet,
  texts: ReadonlyMap<string, string>,
  sourceOf: (keys: ReadonlyMap<string, number>) => string,
  known: KnownSeparators = { separatorsGiven: false, pluralSeparator: '_', interpolation: DEFAULT_SYNTAX },
): BundleFacts & { source: string } {
  const { keys, files, unreadable } = readFacts(set, texts, known.pluralSeparator);
  const source = sourceOf(keys);
  const facts = (locale: string): FileFacts[] =>
    set.files.flatMap((file) => {
      const found = file.locale === locale ? files.get(file.path) : undefined;
      return found ? [found] : [];
    });
  const own = facts(source);
  const dotted = own.find((file) => file.dotted !== undefined)?.dotted;
  const flat = own.every((file) => file.flat);
  return {
    source,
    keys,
    unreadable,
    flatDottedKey: flat ? dotted : undefined,
    mixedDottedKey: flat ? undefined : dotted,
    colonKey: namespacedKey(own, {
      keySeparator: known.keySeparator ?? (flat && dotted !== undefined ? false : '.'),
      separatorsGiven: known.separatorsGiven,
      interpolation: known.interpolation,
    }),
    nestedTranslations:
      flat && dotted !== undefined
        ? set.files.filter((file) => file.locale !== source && files.get(file.path)?.flat === false).map((file) => file.path)
        : [],
  };
}
