import { languageTag } from '../locale/locale-tag.js';

/** A CLDR plural category, as i18next suffixes it (`key_one`, `key_ordinal_few`). */
export type PluralCategory = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';

/** Every CLDR category, in i18next's suffix order. */
export const PLURAL_CATEGORIES: readonly PluralCategory[] = ['zero', 'one', 'two', 'few', 'many', 'other'];

/**
 * Which counts reach a category: `common` ones (an integer below 1000 selects it), only `large`
 * integers (Spanish `many` is 1,000,000, 2,000,000 ...) or only `fractional` counts (Czech `many`
 * is 0.5, 1.5 ...).
 */
export type PluralReach = 'common' | 'large' | 'fractional';

/** What a locale needs for one kind of plural (cardinal or ordinal). */
export interface PluralFamily {
  categories: PluralCategory[];
  /** A count that selects each category, for messages and for asking i18next. */
  samples: Map<PluralCategory, number>;
  /** Up to three counts that select each category, the first being its sample, for messages. */
  examples: Map<PluralCategory, number[]>;
  /** Which counts reach each category. */
  reach: Map<PluralCategory, PluralReach>;
  select(count: number): PluralCategory;
}

// By locale, one map per kind: a key built per call would cost more than the lookup it serves.
const cardinals = new Map<string, PluralFamily>();
const ordinals = new Map<string, PluralFamily>();
// 0 comes after the positive counts: at 0 i18next tries `_zero` first, so 0 is a poor sample
// for a category other counts also select (English "other" is shown by 2).
const CANDIDATES = [
  ...Array.from({ length: 999 }, (_, i) => i + 1),
  0,
  1000,
  10_000,
  100_000,
  1_000_000,
  2_000_000,
  1e7,
  0.5,
  1.5,
  2.5,
  0.1,
  1.1,
  2.1,
  3.5,
  1.25,
];
const EXAMPLES = 3;

/** A count that selects each category, first in CANDIDATES order; stops once every category has one. */
function sample(rules: Intl.PluralRules, categories: PluralCategory[]): Map<PluralCategory, number> {
  const samples = new Map<PluralCategory, number>();
  for (const count of CANDIDATES) {
    if (samples.size === categories.length) break;
    const category = rules.select(count) as PluralCategory;
    if (!samples.has(category)) samples.set(category, count);
  }
  return samples;
}

/** Up to EXAMPLES counts per category, in CANDIDATES order: only messages need them. */
function examplesOf(rules: Intl.PluralRules): Map<PluralCategory, number[]> {
  const examples = new Map<PluralCategory, number[]>();
  for (const count of CANDIDATES) {
    const category = rules.select(count) as PluralCategory;
    const list = examples.get(category) ?? [];
    if (list.length < EXAMPLES) examples.set(category, [...list, count]);
  }
  return examples;
}

/** The kind of count that first selects each category (CANDIDATES put integers below 1000 first). */
function reachOf(samples: Map<PluralCategory, number>): Map<PluralCategory, PluralReach> {
  const reach = new Map<PluralCategory, PluralReach>();
  for (const [category, first] of samples)
    reach.set(category, !Number.isInteger(first) ? 'fractional' : first >= 1000 ? 'large' : 'common');
  return reach;
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
  // Samples take up to a thousand selections, examples more; most runs need only the categories.
  let samples: Map<PluralCategory, number> | undefined;
  let examples: Map<PluralCategory, number[]> | undefined;
  let reach: Map<PluralCategory, PluralReach> | undefined;
  // A check asks for the same few sample counts once per absent key and locale: ICU is asked once.
  const selected = new Map<number, PluralCategory>();
  return {
    categories,
    get samples() {
      return (samples ??= sample(rules, categories));
    },
    get examples() {
      return (examples ??= examplesOf(rules));
    },
    get reach() {
      return (reach ??= reachOf(this.samples));
    },
    select(count) {
      let category = selected.get(count);
      if (category === undefined) selected.set(count, (category = rules.select(count) as PluralCategory));
      return category;
    },
  };
}

/**
 * The plural family of a locale from `Intl.PluralRules` (ICU's CLDR data), never a table of ours.
 * Cached: one `Intl.PluralRules` per locale and type for the whole run.
 */
export function pluralFamily(locale: string, ordinal = false): PluralFamily {
  const families = ordinal ? ordinals : cardinals;
  let family = families.get(locale);
  if (!family) {
    family = build(locale, ordinal ? 'ordinal' : 'cardinal');
    families.set(locale, family);
  }
  return family;
}
