import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import matter from 'gray-matter';

/** What an ingested article remembers of its source page. */
export interface IngestedArticle {
  file: string;
  slug: string;
  sourcePageHash: string | undefined;
}

/**
 * The articles of a locale folder by the source page they were ingested from (`sourcePage`), so
 * re-ingest keeps a page's slug and `start` can tell a changed page. Unreadable files are ignored
 * here: `l10n check` reports them with their position.
 */
export function readIngestedArticles(root: string, folder: string): Map<string, IngestedArticle> {
  const found = new Map<string, IngestedArticle>();
  const absolute = join(root, folder);
  if (!existsSync(absolute)) return found;
  for (const name of readdirSync(absolute).sort()) {
    if (!name.endsWith('.md')) continue;
    try {
      const { data } = matter(readFileSync(join(absolute, name), 'utf8'));
      if (typeof data.sourcePage !== 'string') continue;
      const slug = typeof data.slug === 'string' ? data.slug : name.slice(0, -3);
      found.set(data.sourcePage, {
        file: `${folder}/${name}`,
        slug,
        sourcePageHash: typeof data.sourcePageHash === 'string' ? data.sourcePageHash : undefined,
      });
    } catch {
      continue;
    }
  }
  return found;
}
