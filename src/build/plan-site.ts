import { fallbackChain, languageOf } from '../bundles/fallback-chain.js';
import type { Config } from '../config/schema.js';
import type { Article } from '../content/article.js';

/** A link to another page of the site, by locale and slug. */
export interface PageLink {
  locale: string;
  slug: string;
  title: string;
  /** The language of the linked text (the article's own language). */
  lang: string;
}

/** One article page to publish: which version of the article a locale shows, and its links. */
export interface ArticlePagePlan {
  locale: string;
  slug: string;
  /** Output path relative to the output folder. */
  path: string;
  article: Article;
  /** The article is written in the page's language (not a fallback shown with a notice). */
  translated: boolean;
  /** Locales whose page of this slug is a real translation: hreflang alternates (empty if fewer than two). */
  alternates: string[];
  /** The other articles offered in the related box. */
  related: PageLink[];
}

/** The pages of the whole site, in a stable order (slug by slug, newest first). */
export interface SitePlan {
  pages: ArticlePagePlan[];
  /** Per locale, its articles newest first (the locale index). */
  indexes: Map<string, PageLink[]>;
}

/** How many other articles the related box shows. */
export const RELATED_COUNT = 3;

function newestFirst(a: Article, b: Article): number {
  const byDate = (b.date?.getTime() ?? 0) - (a.date?.getTime() ?? 0);
  return byDate !== 0 ? byDate : a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0;
}

/**
 * The version of an article a locale shows: the first locale of its fallback chain that has
 * one (a Spanish translation replaces the English body), else the source locale's, else any.
 */
function versionFor(versions: Map<string, Article>, chain: readonly string[], sourceLocale: string): Article {
  for (const locale of chain) {
    const found = versions.get(locale);
    if (found) return found;
  }
  return versions.get(sourceLocale) ?? (versions.values().next().value as Article);
}

/** Decides every page of the site from the articles; pure, so incremental builds can compare plans. */
export function planSite(articles: readonly Article[], locales: readonly string[], config: Pick<Config, 'fallbacks' | 'sourceLocale'>): SitePlan {
  const bySlug = new Map<string, Map<string, Article>>();
  for (const article of articles) {
    const versions = bySlug.get(article.slug) ?? new Map<string, Article>();
    versions.set(article.locale, article);
    bySlug.set(article.slug, versions);
  }
  const chosen = new Map<string, Map<string, Article>>();
  for (const locale of locales) {
    const chain = fallbackChain(locale, config);
    const perSlug = new Map<string, Article>();
    for (const [slug, versions] of bySlug) perSlug.set(slug, versionFor(versions, chain, config.sourceLocale));
    chosen.set(locale, perSlug);
  }
  const representative = [...bySlug.keys()].map((slug) => versionFor(bySlug.get(slug) as Map<string, Article>, [config.sourceLocale], config.sourceLocale));
  const slugs = representative.sort(newestFirst).map((article) => article.slug);
  const isReal = (locale: string, article: Article): boolean => languageOf(article.lang) === languageOf(locale);
  const link = (locale: string, slug: string): PageLink => {
    const article = chosen.get(locale)?.get(slug) as Article;
    return { locale, slug, title: article.title, lang: article.lang };
  };
  const pages: ArticlePagePlan[] = [];
  // Slug by slug, so the locales showing the same article version render it one after another.
  slugs.forEach((slug, index) => {
    const real = locales.filter((other) => isReal(other, chosen.get(other)?.get(slug) as Article));
    for (const locale of locales) {
      const article = chosen.get(locale)?.get(slug) as Article;
      const related: PageLink[] = [];
      for (let step = 1; step <= Math.min(RELATED_COUNT, slugs.length - 1); step++) related.push(link(locale, slugs[(index + step) % slugs.length] as string));
      pages.push({ locale, slug, path: `${locale}/${slug}/index.html`, article, translated: isReal(locale, article), alternates: real.length >= 2 ? real : [], related });
    }
  });
  const indexes = new Map(locales.map((locale) => [locale, slugs.map((slug) => link(locale, slug))]));
  return { pages, indexes };
}
