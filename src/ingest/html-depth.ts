import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { IngestProblem } from './segment.js';

type ParentNode = DefaultTreeAdapterMap['parentNode'];
type ChildNode = DefaultTreeAdapterMap['childNode'];

/**
 * How deep a page's elements may nest. The HTML-to-tree conversion and the page walks recurse
 * per level, so 2,000 nested `<div>` overflowed the stack; Chromium's parser stops nesting at 512
 * too, and no article needs more.
 */
export const MAX_HTML_DEPTH = 512;

/**
 * Refuses a page whose elements nest deeper than MAX_HTML_DEPTH, naming where the first element
 * past it starts. parse5 builds the tree without recursion and this walk keeps its own stack, so
 * the check itself cannot overflow; it runs before the page is parsed for its segments.
 */
export function assertHtmlDepth(html: string): void {
  const document = parse(html, { sourceCodeLocationInfo: true });
  const stack: [ParentNode, number][] = [[document, 0]];
  for (let top = stack.pop(); top; top = stack.pop()) {
    const [node, depth] = top;
    const children: ChildNode[] =
      node.nodeName === 'template' ? (node as DefaultTreeAdapterMap['template']).content.childNodes : node.childNodes;
    for (const child of children) {
      if (!('childNodes' in child)) continue;
      if (depth + 1 > MAX_HTML_DEPTH) {
        const at = child.sourceCodeLocation;
        throw new IngestProblem(
          `nests elements more than ${MAX_HTML_DEPTH} deep${at ? ` (line ${at.startLine}, column ${at.startCol})` : ''}: the page cannot be read without running out of stack`,
        );
      }
      stack.push([child, depth + 1]);
    }
  }
}
