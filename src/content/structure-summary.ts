import type { ArticleFormat } from './article-format.js';
import { markdownOutline } from './markdown-outline.js';

/** Where an element is in the article file (1-based). */
export interface Place {
  line: number;
  column: number;
}

/** One element a translation must keep, described by what must stay identical. */
export interface StructureItem extends Place {
  kind: 'heading' | 'link' | 'image' | 'code' | 'list';
  /** What must match: `h2`, a URL, `js` plus the code, `ordered 3 items at depth 1`. */
  shape: string;
}

/**
 * The structure of a markdown body a translation keeps: headings and their levels, link and
 * image URLs, code blocks (language and code), and list shapes (ordered or not, item count,
 * nesting). Text is left out: it is what gets translated. Lines count from the file's start.
 * In MDX, import/export lines and expressions are no structure; the markdown inside a JSX
 * component is (a link in a `<Card>` is still a link).
 */
export function structureSummary(body: string, bodyLine: number, format: ArticleFormat = 'md'): StructureItem[] {
  return markdownOutline(body, format).items.map((item) => ({ ...item, line: bodyLine + item.line - 1 }));
}
