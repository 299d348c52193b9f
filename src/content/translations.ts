import { languageOf } from '../locale/locale-tag.js';
import type { Article } from './article.js';
import { sourceHash } from './source-hash.js';

/** A translated article and the source article it names (undefined when the name leads nowhere). */
export interface TranslationPair {
  translation: Article;
  source: Article | undefined;
}

/** Source articles, and every article of another locale paired with its source. */
export interface ArticlePairs {
  sources: Article[];
  translations: TranslationPair[];
}

/**
 * Pairs translations with their sources. A translation names its source in `source:` as the
 * file path (`content/en/<slug>.md`), `<locale>/<slug>` or the slug; without the field, the
 * source is the article of the same slug in the source locale.
 */
export function pairArticles(articles: readonly Article[], sourceLocale: string): ArticlePairs {
  const sources = articles.filter((a) => a.locale === sourceLocale);
  const byRef = new Map<string, Article>();
  for (const s of sources) for (const ref of [s.file, `${s.locale}/${s.slug}`, s.slug]) byRef.set(ref, s);
  const translations = articles
    .filter((a) => a.locale !== sourceLocale)
    .map((translation) => ({ translation, source: byRef.get(translation.source?.replace(/^\.\//, '') ?? translation.slug) }));
  return { sources, translations };
}

/** Whether a translation was made from an older version of its source. */
export const isStale = (pair: TranslationPair): boolean => pair.source !== undefined && pair.translation.sourceHash !== undefined && pair.translation.sourceHash !== sourceHash(pair.source);

/** The locales an article should be translated into: every other locale of another language. */
export function articleTargets(locales: readonly string[], sourceLocale: string): string[] {
  return locales.filter((l) => languageOf(l) !== languageOf(sourceLocale));
}
