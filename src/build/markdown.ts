import type { Root } from 'hast';
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
 * `javascript:` URLs), instead of passing strings through.
 */
export function createMarkdownProcessor() {
  return unified()
    .use(remarkParse)
    .use(remarkRehype, { allowDangerousHtml: true })
    .use(rehypeRaw)
    .use(rehypeSanitize)
    .use(rehypeStringify)
    .freeze();
}

const processor = createMarkdownProcessor();

/** The sanitized hast of a markdown body, to be placed inside a page template. */
export function markdownToHast(markdown: string): Root {
  return processor.runSync(processor.parse(markdown));
}

/** The sanitized HTML of a markdown body (the whole pipeline, for previews and tests). */
export function markdownToHtml(markdown: string): string {
  return String(processor.processSync(markdown));
}
