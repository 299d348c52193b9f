import type { Element, ElementContent, Root, Text } from 'hast';
import rehypeRemark from 'rehype-remark';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';

const processor = unified().use(rehypeRemark).use(remarkStringify, { bullet: '-', emphasis: '_', fences: true });

/** An article block of the page as markdown: headings, links, emphasis, quotes and images survive. */
export function blockMarkdown(element: Element): string {
  const root: Root = { type: 'root', children: [element] };
  return processor.stringify(processor.runSync(root)).trim();
}

const BLOCKS = new Set([
  'p',
  'div',
  'li',
  'ul',
  'ol',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'blockquote',
  'figcaption',
  'figure',
  'section',
  'article',
  'header',
  'footer',
  'nav',
  'aside',
  'tr',
  'td',
  'th',
  'dt',
  'dd',
]);

/** The readable text of an element, whitespace collapsed as a browser shows it. */
export function textOf(node: ElementContent | Element): string {
  const parts: string[] = [];
  const visit = (current: ElementContent): void => {
    if (current.type === 'text') parts.push((current as Text).value);
    else if (current.type === 'element') {
      if (current.tagName === 'br' || BLOCKS.has(current.tagName)) parts.push(' ');
      if (current.tagName === 'br') return;
      if (!['script', 'style', 'template', 'noscript'].includes(current.tagName)) current.children.forEach(visit);
      if (BLOCKS.has(current.tagName)) parts.push(' ');
    }
  };
  visit(node);
  return parts.join('').replace(/\s+/g, ' ').trim();
}
