import type { Nodes, Root } from 'mdast';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { ArticleFormat } from './article-format.js';

const parsers = { md: unified().use(remarkParse), mdx: unified().use(remarkParse).use(remarkMdx) };

/**
 * The mdast of a markdown body. An MDX body is parsed with remark-mdx, so its `import`/`export`
 * lines, JSX components and `{expressions}` are MDX nodes, never paragraphs or indented code.
 * A broken MDX body throws the parser's message (with its place). Not cached: callers keep
 * what they need of it (markdownOutline), never the tree.
 */
export function markdownTree(body: string, format: ArticleFormat = 'md'): Root {
  return parsers[format].parse(body);
}

/** The visible text of a node (a heading's words), without markup. */
export function plainText(node: Nodes): string {
  if (node.type === 'mdxjsEsm' || node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') return '';
  if ('value' in node && typeof node.value === 'string') return node.value;
  if ('alt' in node && typeof node.alt === 'string') return node.alt;
  return 'children' in node ? node.children.map((child) => plainText(child as Nodes)).join('') : '';
}
