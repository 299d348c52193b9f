import { languageOf } from '../locale/locale-tag.js';
import { pluralFamily } from '../bundles/plural-rules.js';
import type { Bundle } from './bundle.js';
import { isFound, lookupPath, type NameTest } from './lookup-path.js';

/** How a `t()` call is made: a count turns on plural lookup, `ordinal` the ordinal forms, `context` the context keys. */
export interface Lookup {
  count?: number;
  ordinal?: boolean;
  context?: string;
}

/** Whether i18next passes a value it finds by as missing: an empty string, when the app sets returnEmptyString false. */
export const skipsValue = (value: unknown, returnEmptyString: boolean | undefined): boolean => value === '' && returnEmptyString === false;

/** The lookup without count or context, one frozen object for every such lookup (no garbage per key). */
export const BARE_LOOKUP: Lookup = Object.freeze({});

/** Where i18next finds a key: the locale whose bundle answers, the exact key it reads, and the value there. */
export interface Resolution {
  locale: string;
  key: string;
  /** A string, or an object of keys (i18next: "returned an object instead of string"), a number... */
  value: unknown;
}

/**
 * The candidate keys i18next 26 tries in one locale, most specific first: with a context, the
 * context key's forms (`key_male_one`, then `key_male`) before the key's own; `key_zero` at
 * count 0, the locale's own plural form (for ordinals also the cardinal spelling), then the bare key.
 */
export function candidateKeys(key: string, locale: string, lookup: Lookup, sep: string, contextSeparator = '_'): string[] {
  const own = pluralCandidates(key, locale, lookup, sep);
  return lookup.context === undefined || lookup.context === ''
    ? own
    : [...pluralCandidates(`${key}${contextSeparator}${lookup.context}`, locale, lookup, sep), ...own];
}

function pluralCandidates(key: string, locale: string, lookup: Lookup, sep: string): string[] {
  if (lookup.count === undefined) return [key];
  const category = pluralFamily(locale, lookup.ordinal).select(lookup.count);
  const candidates: string[] = [];
  if (lookup.count === 0 && !lookup.ordinal) candidates.push(`${key}${sep}zero`);
  if (lookup.ordinal) candidates.push(`${key}${sep}ordinal${sep}${category}`, `${key}${sep}${category}`);
  else candidates.push(`${key}${sep}${category}`);
  candidates.push(key);
  return candidates;
}

/**
 * Resolves a key along a fallback chain as i18next does, locale by locale. With `sameLanguage`
 * the walk stops at the first locale of another language: a Spanish page showing English text
 * has not resolved the key. `bareKeyMissedIn` says how many locales at the start of the chain the
 * caller already knows not to hold the key itself (the compare walk missed it in the target; Infinity
 * for a missing key asked again with a count): the key is not read there again, its forms are.
 * `holdsSeparator` is passed to lookupPath; `separators.returnEmptyString` false skips an empty string.
 */
export function resolveKey(
  bundles: ReadonlyMap<string, Bundle>,
  chain: readonly string[],
  key: string,
  lookup: Lookup,
  separators: { pluralSeparator: string; keySeparator: string | false; contextSeparator?: string; returnEmptyString?: boolean },
  sameLanguage: boolean,
  bareKeyMissedIn = 0,
  holdsSeparator?: NameTest,
): Resolution | undefined {
  const language = languageOf(chain[0] ?? '');
  // Without count or context the key is the one candidate: no list is built (most lookups of a check).
  const bare = lookup.count === undefined && (lookup.context === undefined || lookup.context === '');
  for (let at = 0; at < chain.length; at++) {
    const locale = chain[at] as string;
    if (sameLanguage && languageOf(locale) !== language) return undefined;
    const bundle = bundles.get(locale);
    if (!bundle) continue;
    if (bare) {
      if (at < bareKeyMissedIn) continue;
      const value = lookupPath(bundle.data, key, separators.keySeparator, holdsSeparator);
      if (isFound(value) && !skipsValue(value, separators.returnEmptyString)) return { locale, key, value };
      continue;
    }
    const candidates = candidateKeys(key, locale, lookup, separators.pluralSeparator, separators.contextSeparator);
    for (let i = 0; i < candidates.length; i++) {
      const candidate = candidates[i] as string;
      if (at < bareKeyMissedIn && candidate === key) continue;
      const value = lookupPath(bundle.data, candidate, separators.keySeparator, holdsSeparator);
      // i18next takes '' (returnEmptyString) and objects as found, null (returnNull: false) as missing.
      if (isFound(value) && !skipsValue(value, separators.returnEmptyString)) return { locale, key: candidate, value };
    }
  }
  return undefined;
}
