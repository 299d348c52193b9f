import { languageTag } from './locale-tag.js';

/** A CLDR plural category, as i18next suffixes it (`key_one`, `key_ordinal_few`). */
export type PluralCategory = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';

/** Every CLDR category, in i18next's suffix order. */
export const PLURAL_CATEGORIES: readonly PluralCategory[] = ['zero', 'one', 'two', 'few', 'many', 'other'];

/** What a locale needs for one kind of plural (cardinal or ordinal). */
export interface PluralFamily {
  categories: PluralCategory[];
  /** A count that selects each category, for messages and for asking i18next. */
  samples: Map<PluralCategory, number>;
  /** Categories no integer below 1000 selects (Spanish `many` is 1,000,000): rarely reached. */
  rare: Set<PluralCategory>;
  select(count: number): PluralCategory;
}

const cache = new Map<string, PluralFamily>();
// 0 comes after the positive counts: at 0 i18next tries `_zero` first, so 0 is a poor sample
// for a category other counts also select (English "other" is shown by 2).
const CANDIDATES = [...Array.from({ length: 999 }, (_, i) => i + 1), 0, 1000, 10_000, 100_000, 1_000_000, 2_000_000, 1e7, 0.5, 1.5, 2.5, 0.1, 1.1, 2.1, 3.5, 1.25];

/** A count that selects each category, first in CANDIDATES order, and the categories only rare counts reach. */
function sample(rules: Intl.PluralRules, categories: PluralCategory[]): Pick<PluralFamily, 'samples' | 'rare'> {
  const samples = new Map<PluralCategory, number>();
  const rare = new Set<PluralCategory>();
  for (const count of CANDIDATES) {
    if (samples.size === categories.length) break;
    const category = rules.select(count) as PluralCategory;
    if (!samples.has(category)) {
      samples.set(category, count);
      if (!Number.isInteger(count) || count >= 1000) rare.add(category);
    }
  }
  return { samples, rare };
}

function build(locale: string, type: Intl.PluralRuleType): PluralFamily {
  // As i18next: `_` reads as `-` (es_AR is es-AR), an invalid tag falls back to its language part, and then to one/other.
  let rules: Intl.PluralRules;
  try {
    rules = new Intl.PluralRules(languageTag(locale), { type });
  } catch {
    try {
      rules = new Intl.PluralRules(locale.split(/[-_]/)[0], { type });
    } catch {
      rules = new Intl.PluralRules('en', { type });
    }
  }
  const order = (c: string): number => PLURAL_CATEGORIES.indexOf(c as PluralCategory);
  const categories = [...rules.resolvedOptions().pluralCategories].sort((a, b) => order(a) - order(b)) as PluralCategory[];
  // Samples take up to a thousand selections; most runs need only the categories.
  let sampled: Pick<PluralFamily, 'samples' | 'rare'> | undefined;
  return {
    categories,
    get samples() {
      return (sampled ??= sample(rules, categories)).samples;
    },
    get rare() {
      return (sampled ??= sample(rules, categories)).rare;
    },
    select: (count) => rules.select(count) as PluralCategory,
  };
}

/**
 * The plural family of a locale from `Intl.PluralRules` (ICU's CLDR data), never a table of ours.
 * Cached: one `Intl.PluralRules` per locale and type for the whole run.
 */
export function pluralFamily(locale: string, ordinal = false): PluralFamily {
  const id = `${locale}|${ordinal ? 'o' : 'c'}`;
  let family = cache.get(id);
  if (!family) {
    family = build(locale, ordinal ? 'ordinal' : 'cardinal');
    cache.set(id, family);
  }
  return family;
}
