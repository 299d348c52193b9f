import type { Nodes, Root } from 'mdast';
import GithubSlugger from 'github-slugger';
import type { ArticleFormat } from './article-format.js';
import { markdownTree, plainText } from './markdown-tree.js';

/** One structural element of a body, at its line and column in the body (1-based). */
export interface OutlineItem {
  kind: 'heading' | 'link' | 'image' | 'code' | 'list';
  shape: string;
  line: number;
  column: number;
}

/** One top-level block of a body: where it is (UTF-16 offsets, 1-based line), and a heading's text. */
export interface OutlineBlock {
  start: number;
  end: number;
  line: number;
  heading?: string;
}

/**
 * What the content rules read of a markdown body, small enough to keep for every article of a
 * run: its structure (structure-parity), its heading anchors, and its top-level blocks
 * (article-stale's sections). The syntax tree it is taken from is dropped at once: thousands
 * of trees kept alive cost more in garbage collection than the parse.
 */
export interface MarkdownOutline {
  items: OutlineItem[];
  anchors: string[];
  blocks: OutlineBlock[];
}

function outlineOf(tree: Root): MarkdownOutline {
  const items: OutlineItem[] = [];
  const anchors: string[] = [];
  const slugger = new GithubSlugger();
  const visit = (node: Nodes, listDepth: number): void => {
    const at = { line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 };
    let depth = listDepth;
    if (node.type === 'heading') {
      items.push({ kind: 'heading', shape: `h${node.depth}`, ...at });
      anchors.push(slugger.slug(plainText(node)));
    } else if (node.type === 'link') items.push({ kind: 'link', shape: node.url, ...at });
    else if (node.type === 'image') items.push({ kind: 'image', shape: node.url, ...at });
    else if (node.type === 'code') items.push({ kind: 'code', shape: `${node.lang ?? 'text'}: ${node.value}`, ...at });
    else if (node.type === 'inlineCode') items.push({ kind: 'code', shape: `inline: ${node.value}`, ...at });
    else if (node.type === 'list') {
      depth += 1;
      items.push({ kind: 'list', shape: `${node.ordered ? 'ordered' : 'bulleted'} list of ${node.children.length} item${node.children.length === 1 ? '' : 's'} at depth ${depth}`, ...at });
    }
    if ('children' in node) for (const child of node.children) visit(child as Nodes, depth);
  };
  visit(tree, 0);
  const blocks = tree.children.map((node): OutlineBlock => {
    const start = node.position?.start.offset ?? 0;
    const block = { start, end: node.position?.end.offset ?? start, line: node.position?.start.line ?? 1 };
    return node.type === 'heading' ? { ...block, heading: plainText(node) } : block;
  });
  return { items, anchors, blocks };
}

// Enough for every article of a large site, so a check parses each body once; the oldest go first.
const MAX_OUTLINES = 20_000;
const outlines = { md: new Map<string, MarkdownOutline>(), mdx: new Map<string, MarkdownOutline>() };

/**
 * The outline of a markdown body, parsed once per distinct text and format (reading an MDX
 * article parses it to find syntax errors; the rules reuse that parse). A broken MDX body
 * throws the parser's message, as markdownTree does.
 */
export function markdownOutline(body: string, format: ArticleFormat = 'md'): MarkdownOutline {
  const cache = outlines[format];
  let outline = cache.get(body);
  if (!outline) {
    outline = outlineOf(markdownTree(body, format));
    if (cache.size >= MAX_OUTLINES) cache.delete(cache.keys().next().value as string);
    cache.set(body, outline);
  }
  return outline;
}
