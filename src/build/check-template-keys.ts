import { languageTag } from '../locale/locale-tag.js';
import { TEMPLATE_KEYS } from '../project/template-keys.js';
import type { Translator } from './translator.js';

const CANDIDATE_COUNTS = [0, 1, 2, 3, 5, 6, 11, 21, 100, 101, 102, 1_000_000];

/** One count per plural category of the locale (1 for "one", 1000000 for Spanish "many"). */
export function sampleCounts(locale: string): number[] {
  const rules = new Intl.PluralRules(languageTag(locale));
  const seen = new Map<string, number>();
  for (const n of CANDIDATE_COUNTS) if (!seen.has(rules.select(n))) seen.set(rules.select(n), n);
  return [...seen.values()];
}

/** Runs every template key through the translator with sample values, so it records what is missing. */
export function checkTemplateKeys(t: Translator): void {
  const values = { language: 'English', date: new Date(0), author: 'A', year: 2000 };
  for (const { key, plural } of TEMPLATE_KEYS) {
    if (plural) for (const count of sampleCounts(t.locale)) t.t(key, { ...values, count });
    else t.t(key, values);
  }
}
