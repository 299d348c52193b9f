import type { Nodes } from 'mdast';
import type { ArticleFormat } from './article-format.js';
import { markdownTree } from './markdown-tree.js';

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
  const items: StructureItem[] = [];
  const visit = (node: Nodes, listDepth: number): void => {
    const at = { line: bodyLine + (node.position?.start.line ?? 1) - 1, column: node.position?.start.column ?? 1 };
    let depth = listDepth;
    if (node.type === 'heading') items.push({ kind: 'heading', shape: `h${node.depth}`, ...at });
    else if (node.type === 'link') items.push({ kind: 'link', shape: node.url, ...at });
    else if (node.type === 'image') items.push({ kind: 'image', shape: node.url, ...at });
    else if (node.type === 'code') items.push({ kind: 'code', shape: `${node.lang ?? 'text'}: ${node.value}`, ...at });
    else if (node.type === 'inlineCode') items.push({ kind: 'code', shape: `inline: ${node.value}`, ...at });
    else if (node.type === 'list') {
      depth += 1;
      items.push({ kind: 'list', shape: `${node.ordered ? 'ordered' : 'bulleted'} list of ${node.children.length} item${node.children.length === 1 ? '' : 's'} at depth ${depth}`, ...at });
    }
    if ('children' in node) for (const child of node.children) visit(child as Nodes, depth);
  };
  visit(markdownTree(body, format), 0);
  return items;
}
