import type { Translator } from '../build/translator.js';
import { languageTag } from '../locale/locale-tag.js';

/**
 * Every UI key the page templates use, with whether it takes a count. The build checks them
 * all up front for each locale, so a missing key is found even when every page comes from
 * the cache, and `--strict` can stop before anything is written.
 */
export const TEMPLATE_KEYS: readonly { key: string; plural?: true }[] = [
  { key: 'site.name' },
  { key: 'site.tagline' },
  { key: 'nav.label' },
  { key: 'nav.home' },
  { key: 'nav.articles' },
  { key: 'nav.skipToContent' },
  { key: 'language.switcherLabel' },
  { key: 'language.readIn' },
  { key: 'language.current' },
  { key: 'article.publishedOn' },
  { key: 'article.byline' },
  { key: 'article.readingTime', plural: true },
  { key: 'article.notTranslated' },
  { key: 'article.originalLanguage' },
  { key: 'related.title' },
  { key: 'related.empty' },
  { key: 'comments.title' },
  { key: 'comments.count', plural: true },
  { key: 'comments.loginRequired' },
  { key: 'comments.loginPrompt' },
  { key: 'auth.login' },
  { key: 'index.title' },
  { key: 'index.articleCount', plural: true },
  { key: 'footer.rights' },
  { key: 'footer.languages' },
];

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
