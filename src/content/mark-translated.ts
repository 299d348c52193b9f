import type { Article } from './article.js';
import { articleSections } from './article-sections.js';
import { snapshotSections, type ContentLock } from './content-lock.js';
import { setField } from './front-matter-field.js';
import { sourceHash } from './source-hash.js';

/** A translation brought up to date: its new text and the lock with the source's snapshot. */
export interface MarkedTranslation {
  text: string;
  lock: ContentLock;
  sourceHash: string;
}

/**
 * Records that a translation follows the current version of its source: writes `source` (when
 * absent) and `sourceHash` into its front matter, editing only those lines, and keeps the
 * source's sections in the lock so a later change can be shown as old and new text.
 */
export function markTranslated(raw: string, translation: Article, source: Article, lock: ContentLock): MarkedTranslation {
  const hash = sourceHash(source);
  let text = raw;
  if (translation.source === undefined) text = setField(text, 'source', source.file);
  text = setField(text, 'sourceHash', hash);
  const entry = { source: source.file, sourceHash: hash, sections: snapshotSections(articleSections(source)) };
  return { text, sourceHash: hash, lock: { ...lock, articles: { ...lock.articles, [translation.file]: entry } } };
}
