import type { Root } from 'hast';
import type { Nodes as MdastNodes } from 'mdast';
import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified, type Plugin } from 'unified';
import type { ArticleFormat } from '../content/article-format.js';
import { stripMdx } from './strip-mdx.js';

/**
 * The article pipeline: remark-parse -> remark-rehype -> rehype-raw -> rehype-sanitize ->
 * rehype-stringify. Markdown is untrusted: raw HTML is parsed (rehype-raw) so the sanitizer
 * sees real elements and keeps only the safe ones (no script, no event handlers, no
 * `javascript:` URLs), instead of passing strings through. Without `raw`, the pipeline is for
 * markdown without HTML, where rehype-raw would only re-parse the tree.
 */
function pipeline(raw?: Plugin<[], Root>) {
  const base = unified().use(remarkParse).use(remarkRehype, { allowDangerousHtml: true });
  return (raw ? base.use(raw) : base).use(rehypeSanitize).use(rehypeStringify).freeze();
}

const plain = pipeline();
const mdxParser = unified().use(remarkParse).use(remarkMdx).freeze();
let withRaw: ReturnType<typeof pipeline> | undefined;

/**
 * Loads rehype-raw and parse5 (a third of the pipeline's code, so left out of a build whose
 * articles hold no HTML). Markdown with raw HTML can be rendered once this has resolved.
 */
export async function loadRawHtml(): Promise<void> {
  withRaw ??= pipeline((await import('rehype-raw')).default);
}

function hasHtml(node: MdastNodes): boolean {
  return node.type === 'html' || ('children' in node && node.children.some(hasHtml));
}

/**
 * The sanitized hast of a markdown body, to be placed inside a page template. A body with raw
 * HTML needs loadRawHtml() first; without it, this throws rather than drop or escape the HTML.
 * An MDX body is rendered as its markdown: imports, exports, expressions and component tags
 * are left out, the markdown inside components is kept (see stripMdx). MDX has no raw HTML:
 * its tags are components.
 */
export function markdownToHast(markdown: string, format: ArticleFormat = 'md'): Root {
  if (format === 'mdx') return plain.runSync(stripMdx(mdxParser.parse(markdown)));
  const tree = plain.parse(markdown);
  if (!hasHtml(tree)) return plain.runSync(tree);
  if (!withRaw) throw new Error('markdown with raw HTML: call loadRawHtml() before rendering it');
  return withRaw.runSync(tree);
}

/** The sanitized HTML of a markdown body (the whole pipeline, for previews and tests). */
export async function markdownToHtml(markdown: string): Promise<string> {
  await loadRawHtml();
  return String((withRaw as ReturnType<typeof pipeline>).processSync(markdown));
}
