import { createHash } from 'node:crypto';
import type { Article } from './article.js';

/**
 * The hash a translation records of its source: the translatable text only (title, description,
 * body, line endings normalised), so a re-ingest that rewrites other front matter, or a CRLF
 * checkout, does not make every translation stale. 16 hex digits: change detection, not security.
 */
export function sourceHash(article: Pick<Article, 'title' | 'description' | 'body'>): string {
  const text = [article.title, article.description ?? '', article.body.replace(/\r\n?/g, '\n').trim()].join('\n\u0000\n');
  return createHash('sha256').update(text).digest('hex').slice(0, 16);
}
