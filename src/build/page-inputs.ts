import { hash } from 'node:crypto';
import type { Article } from '../content/article.js';
import type { ArticlePagePlan, PageLink } from './plan-site.js';

/** The hex sha256 of a text: the input hashes of pages and the site digest. */
export const sha256 = (text: string): string => hash('sha256', text);

/**
 * A link as page input: slugs and locale tags hold no spaces, and the title is quoted. The
 * plan shares link objects between pages, so each is serialized once.
 */
export function linkInputs(): (link: PageLink) => string {
  const known = new Map<PageLink, string>();
  return (link) => {
    let text = known.get(link);
    if (text === undefined) known.set(link, (text = `${link.locale} ${link.slug} ${link.lang} ${JSON.stringify(link.title)}`));
    return text;
  };
}

/** Everything an article page shows besides the site-wide inputs, one unambiguous string. */
export function pageInputs(page: ArticlePagePlan, bundleHash: string | undefined, linkInput: (link: PageLink) => string): string {
  let related = '';
  for (const link of page.related) related += `\n${linkInput(link)}`;
  const outdated = page.outdatedFrom ? `${page.outdatedFrom.locale} ${page.outdatedFrom.slug}` : '';
  return `${bundleHash}\n${page.article.hash}\n${page.translated} ${page.canonicalLocale}\n${outdated}\n${page.alternates.join(' ')}${related}`;
}

/**
 * The digest of what decides every page's links, alternates and chosen article version: the
 * site-wide inputs, each locale's UI bundle, and each article's file, locale, slug, language,
 * title and date, in the order they were read, and which translations are outdated. Two builds with the same digest have the same
 * plan, so between them a page changes only if the file of its article does.
 */
export function siteDigest(
  everyPage: string,
  bundleHashes: (string | undefined)[],
  articles: readonly Article[],
  outdated: readonly string[],
): string {
  const rows = articles.map((a) => [a.file, a.locale, a.slug, a.lang, a.title, a.date?.getTime()]);
  return sha256(JSON.stringify([everyPage, bundleHashes, rows, outdated]));
}
