import type { Root } from 'hast';
import type { Nodes as MdastNodes } from 'mdast';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';

/**
 * The article pipeline: remark-parse -> remark-rehype -> rehype-raw -> rehype-sanitize ->
 * rehype-stringify. Markdown is untrusted: raw HTML is parsed (rehype-raw) so the sanitizer
 * sees real elements and keeps only the safe ones (no script, no event handlers, no
 * `javascript:` URLs), instead of passing strings through. `raw: false` leaves out rehype-raw
 * for markdown without HTML, where it would only re-parse the tree.
 */
export function createMarkdownProcessor(options: { raw?: boolean } = {}) {
  const base = unified().use(remarkParse).use(remarkRehype, { allowDangerousHtml: true });
  const parsed = options.raw === false ? base : base.use(rehypeRaw);
  return parsed.use(rehypeSanitize).use(rehypeStringify).freeze();
}

const processor = createMarkdownProcessor();
const plain = createMarkdownProcessor({ raw: false });

function hasHtml(node: MdastNodes): boolean {
  return node.type === 'html' || ('children' in node && node.children.some(hasHtml));
}

/** The sanitized hast of a markdown body, to be placed inside a page template. */
export function markdownToHast(markdown: string): Root {
  const tree = processor.parse(markdown);
  return (hasHtml(tree) ? processor : plain).runSync(tree);
}

/** The sanitized HTML of a markdown body (the whole pipeline, for previews and tests). */
export function markdownToHtml(markdown: string): string {
  return String(processor.processSync(markdown));
}
