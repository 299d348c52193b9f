import type { Nodes, Root } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const parser = unified().use(remarkParse);
const cache = new Map<string, Root>();

/** The mdast of a markdown body, parsed once per distinct text for the run (rules share it). */
export function markdownTree(body: string): Root {
  let tree = cache.get(body);
  if (!tree) {
    tree = parser.parse(body);
    if (cache.size > 200) cache.clear();
    cache.set(body, tree);
  }
  return tree;
}

/** The visible text of a node (a heading's words), without markup. */
export function plainText(node: Nodes): string {
  if ('value' in node && typeof node.value === 'string') return node.value;
  if ('alt' in node && typeof node.alt === 'string') return node.alt;
  return 'children' in node ? node.children.map((child) => plainText(child as Nodes)).join('') : '';
}
