import { englishLike, localesAmong, localeShaped } from './locale-name.js';

/** A folder of articles as l10n reads them: `<dir>/<lng>/<slug>.md` or `.mdx`, slugs possibly nested. */
export interface ArticleTree {
  dir: string;
  /** Articles per locale, locales in name order. */
  counts: Map<string, number>;
  /** Article files inside `dir` (not the root) but in no locale folder, such as a site's root-locale pages. */
  outside: string[];
}

/** Folder names that hold articles by convention: a lone English folder there is still a tree. */
export const ARTICLE_FOLDERS = new Set(['content', 'docs', 'articles', 'posts', 'blog', 'pages']);

const ARTICLE = /\.mdx?$/i;

/**
 * Every article tree among a project's files (relative `/` paths), the one with the most locales
 * first (then the most articles). A tree needs two locales, or one English folder in a folder
 * named like ARTICLE_FOLDERS; `docs/src/...` is not a tree of the locale `src`.
 */
export function findArticleTrees(paths: readonly string[]): ArticleTree[] {
  const articles = paths.filter((path) => ARTICLE.test(path));
  const byDir = new Map<string, Map<string, number>>();
  for (const path of articles) {
    const segments = path.split('/');
    segments.slice(0, -1).forEach((segment, at) => {
      if (!localeShaped(segment)) return;
      const dir = segments.slice(0, at).join('/');
      const counts = byDir.get(dir) ?? new Map<string, number>();
      counts.set(segment, (counts.get(segment) ?? 0) + 1);
      byDir.set(dir, counts);
    });
  }
  const trees: ArticleTree[] = [];
  for (const [dir, all] of byDir) {
    const locales = localesAmong(all.keys()).sort();
    const lone = locales.length === 1 && englishLike(locales[0] as string) && ARTICLE_FOLDERS.has(dir.slice(dir.lastIndexOf('/') + 1));
    if (locales.length < 2 && !lone) continue;
    const counts = new Map(locales.map((locale) => [locale, all.get(locale) ?? 0]));
    // At the root, pages outside a locale folder are the project's own (README.md, docs/), not the site's.
    const outside =
      dir === ''
        ? []
        : articles.filter((path) => path.startsWith(`${dir}/`) && !counts.has(path.slice(dir.length + 1).split('/')[0] as string));
    trees.push({ dir, counts, outside });
  }
  const total = (tree: ArticleTree): number => [...tree.counts.values()].reduce((sum, count) => sum + count, 0);
  return trees.sort((a, b) => b.counts.size - a.counts.size || total(b) - total(a) || (a.dir < b.dir ? -1 : 1));
}
