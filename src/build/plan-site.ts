import { fallbackChain } from '../project/fallback-chain.js';
import { languageOf } from '../locale/locale-tag.js';
import type { Config } from '../config/schema.js';
import type { Article } from '../content/article.js';
import { articlePagePath } from './page-path.js';

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
  /**
   * The locale whose page of this slug is the canonical one: the page's own, or for a fallback
   * page (by default) the page of the locale the article is written for, so search engines see
   * one URL per article body. Only a page canonical to itself is listed in the sitemap.
   */
  canonicalLocale: string;
  /** For a translation made from an older version of its source: the source article's page. */
  outdatedFrom?: { locale: string; slug: string };
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

/** How fallback pages are published: canonical to the source page and unlisted, or self-canonical and listed. */
export type FallbackPages = 'canonical-to-source' | 'self-canonical';

/** What the plan needs beyond the articles: the config and which translations are outdated. */
export interface PlanOptions {
  config: Pick<Config, 'fallbacks' | 'sourceLocale'>;
  fallbackPages: FallbackPages;
  /** Outdated translations by file: the source article they were translated from. */
  outdated: ReadonlyMap<string, { locale: string; slug: string }>;
}

/** How many other articles the related box shows. */
export const RELATED_COUNT = 3;

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

/** One slug of the site, with its publication time for the newest-first order. */
interface SlugEntry {
  slug: string;
  versions: Map<string, Article>;
  time: number;
}

/** What one locale shows: per slug (in site order) the chosen version and the link to its page. */
interface LocaleEdition {
  locale: string;
  language: string;
  chosen: Article[];
  links: PageLink[];
}

/**
 * Decides every page of the site from the articles; pure, so incremental builds can compare plans.
 * Each locale's links are made once and shared by the related boxes and the index that show them.
 */
export function planSite(articles: readonly Article[], locales: readonly string[], options: PlanOptions): SitePlan {
  const { config } = options;
  const bySlug = new Map<string, Map<string, Article>>();
  for (const article of articles) {
    let versions = bySlug.get(article.slug);
    if (!versions) bySlug.set(article.slug, (versions = new Map<string, Article>()));
    versions.set(article.locale, article);
  }
  const source = [config.sourceLocale];
  const order: SlugEntry[] = [];
  for (const [slug, versions] of bySlug)
    order.push({ slug, versions, time: versionFor(versions, source, config.sourceLocale).date?.getTime() ?? 0 });
  order.sort((a, b) => b.time - a.time || (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
  const editions: LocaleEdition[] = locales.map((locale) => {
    const chain = fallbackChain(locale, config);
    const chosen = order.map(({ versions }) => versionFor(versions, chain, config.sourceLocale));
    const links = chosen.map((article, index): PageLink => ({
      locale,
      slug: (order[index] as SlugEntry).slug,
      title: article.title,
      lang: article.lang,
    }));
    return { locale, language: languageOf(locale), chosen, links };
  });
  const pages: ArticlePagePlan[] = [];
  const relatedCount = Math.min(RELATED_COUNT, order.length - 1);
  // Slug by slug, so the locales showing the same article version render it one after another.
  order.forEach(({ slug }, index) => {
    const real = editions
      .filter((edition) => languageOf((edition.chosen[index] as Article).lang) === edition.language)
      .map((edition) => edition.locale);
    const alternates = real.length >= 2 ? real : [];
    for (const edition of editions) {
      const article = edition.chosen[index] as Article;
      const related: PageLink[] = [];
      for (let step = 1; step <= relatedCount; step++) related.push(edition.links[(index + step) % order.length] as PageLink);
      const translated = languageOf(article.lang) === edition.language;
      const toSource = !translated && options.fallbackPages === 'canonical-to-source' && locales.includes(article.locale);
      const outdatedFrom = translated ? options.outdated.get(article.file) : undefined;
      pages.push({
        locale: edition.locale,
        slug,
        path: articlePagePath(edition.locale, slug),
        article,
        translated,
        canonicalLocale: toSource ? article.locale : edition.locale,
        ...(outdatedFrom && { outdatedFrom }),
        alternates,
        related,
      });
    }
  });
  return { pages, indexes: new Map(editions.map((edition) => [edition.locale, edition.links])) };
}
