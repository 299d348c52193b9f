import type { Element, ElementContent, Root } from 'hast';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { assertHtmlDepth } from './html-depth.js';
import { enterLandmark, splitCredits, type Landmark } from './html-landmarks.js';
import { blockMarkdown, textOf } from './html-markdown.js';
import { labelOf, RELATED_LABELS, TAG_LABELS } from './language-cues.js';
import type { RawSegment, SegmentHint } from './segment.js';

/** What the page's head says about the article, when its body does not. */
export interface HtmlMeta {
  title?: string;
  date?: string;
  author?: string;
}

/** The segments of an HTML page in document order, and its head metadata. */
export interface HtmlSegments {
  segments: RawSegment[];
  meta: HtmlMeta;
}

const SKIP = new Set(['script', 'style', 'noscript', 'template', 'svg', 'iframe', 'canvas', 'select', 'head']);
const BODY_BLOCKS: Record<string, SegmentHint> = {
  h2: 'heading',
  h3: 'heading',
  h4: 'heading',
  h5: 'heading',
  h6: 'heading',
  p: 'paragraph',
  blockquote: 'quote',
  ul: 'paragraph',
  ol: 'paragraph',
  pre: 'paragraph',
  table: 'paragraph',
};
const TAG_HINTS: Record<string, SegmentHint> = {
  h1: 'heading',
  h2: 'heading',
  h3: 'heading',
  p: 'text',
  time: 'date',
  figcaption: 'caption',
  label: 'label',
  button: 'label',
  blockquote: 'quote',
};

const isElement = (node: ElementContent | Root): node is Element => node.type === 'element';
const hasDirectText = (element: Element): boolean =>
  element.children.some((child) => child.type === 'text' && child.value.trim().length > 0);
const attribute = (element: Element, name: string): string | undefined => {
  const value = element.properties[name];
  return typeof value === 'string' && value.trim().length > 0 ? value.replace(/\s+/g, ' ').trim() : undefined;
};

function headMeta(root: Root): HtmlMeta {
  const meta: HtmlMeta = {};
  const visit = (node: ElementContent | Root): void => {
    if (isElement(node)) {
      const property = attribute(node, 'property') ?? attribute(node, 'name') ?? attribute(node, 'itemProp');
      const content = attribute(node, 'content');
      if (node.tagName === 'title' && meta.title === undefined) meta.title = textOf(node);
      if (node.tagName === 'meta' && content) {
        if (property === 'og:title') meta.title = content;
        if (property === 'article:published_time' || property === 'datePublished') meta.date = content;
        if (property === 'author' || property === 'article:author') meta.author = content;
      }
    }
    if ('children' in node) (node.children as ElementContent[]).forEach(visit);
  };
  visit(root);
  return meta;
}

/**
 * Splits an HTML page into segments: in the article body each block (`h1`-`h6`, `p`,
 * `blockquote`, lists, `figure`) is one segment with its markdown; everywhere else every element
 * with its own text (a link, a button, a label) is one, plus `img alt`, `placeholder` and
 * `aria-label`. Landmarks and class names tell body from chrome and name the chrome block.
 */
export function segmentHtml(html: string): HtmlSegments {
  assertHtmlDepth(html);
  const root = unified().use(rehypeParse).parse(html);
  const segments = walkPage(root, hasArticleRoot(root));
  const bodyWords = segments
    .filter((segment) => segment.zone === 'body' && segment.hint === 'paragraph')
    .reduce((sum, segment) => sum + segment.text.split(/\s+/).length, 0);
  return { segments: bodyWords >= 40 ? segments : walkPage(root, false), meta: headMeta(root) };
}

/** The own text of an element that labels a run of links ("Etiquetas: <a>Chile</a>, <a>...</a>"). */
function listLabel(element: Element): string | undefined {
  if (!hasDirectText(element) || !element.children.some((child) => isElement(child) && child.tagName === 'a')) return undefined;
  const own = element.children.flatMap((child) => (child.type === 'text' ? [child.value] : [])).join(' ');
  return own
    .replace(/[,|·•]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A paragraph that is an inline box of another article ("<b>Puede interesarte:</b> <a>...</a>"): its label and the rest. */
function inlineRelated(paragraph: Element): { label: string; rest: string } | undefined {
  const first = paragraph.children.find((child) => child.type === 'element' || (child.type === 'text' && child.value.trim() !== ''));
  if (first?.type !== 'element' || !paragraph.children.some((child) => child.type === 'element' && child.tagName === 'a')) return undefined;
  const label = textOf(first);
  if (!RELATED_LABELS.has(labelOf(label))) return undefined;
  const rest = textOf({ ...paragraph, children: paragraph.children.filter((child) => child !== first) });
  return rest === '' ? undefined : { label, rest };
}

/** Whether the page marks its article (`article`, `main`) outside any chrome block. */
function hasArticleRoot(root: Root): boolean {
  const find = (node: ElementContent | Root, outer: Landmark): boolean => {
    if (!isElement(node)) return 'children' in node && (node.children as ElementContent[]).some((child) => find(child, outer));
    if (SKIP.has(node.tagName)) return false;
    const landmark = enterLandmark(node, outer);
    if (landmark.zone === 'body') return true;
    return node.children.some((child) => find(child, landmark));
  };
  return find(root, { zone: 'outside', section: 'page' });
}

/** One pass over the page; without an article root the whole body is article except its chrome blocks. */
function walkPage(root: Root, hasArticle: boolean): RawSegment[] {
  const segments: RawSegment[] = [];
  let titled = false;
  const push = (text: string, landmark: Landmark, hint: SegmentHint, extra: Partial<RawSegment> = {}): void => {
    if (text.length === 0) return;
    const zone = landmark.zone === 'outside' ? 'chrome' : landmark.zone;
    segments.push({ text, zone, section: landmark.section, hint: landmark.hint ?? hint, ...extra });
  };
  const image = (element: Element, landmark: Landmark): void => {
    const alt = attribute(element, 'alt');
    if (!alt) return;
    push(alt, landmark, landmark.zone === 'body' ? 'image' : 'label', landmark.zone === 'body' ? { markdown: blockMarkdown(element) } : {});
  };
  const walk = (node: ElementContent, outer: Landmark): void => {
    if (!isElement(node) || SKIP.has(node.tagName)) return;
    const landmark = enterLandmark(node, outer);
    const tag = node.tagName;
    if (tag === 'img') return image(node, landmark);
    for (const name of ['placeholder', 'ariaLabel'] as const) {
      const value = attribute(node, name);
      if (value && landmark.zone !== 'body') push(value, landmark, 'label');
    }
    if (tag === 'input' && ['submit', 'button'].includes(String(node.properties.type)))
      push(attribute(node, 'value') ?? '', landmark, 'label');
    if (landmark.hint && landmark.hint !== outer.hint) {
      const value = attribute(node, 'dateTime') ?? attribute(node, 'content');
      return push(textOf(node), landmark, landmark.hint, value ? { value } : {});
    }
    if (landmark.zone === 'body' && !landmark.hint) {
      if (tag === 'h1' && !titled) {
        titled = true;
        return push(textOf(node), landmark, 'title');
      }
      const block = tag === 'h1' ? 'heading' : BODY_BLOCKS[tag];
      const inline = tag === 'p' ? inlineRelated(node) : undefined;
      if (inline) {
        push(inline.label, landmark, 'label');
        return push(inline.rest, landmark, 'link');
      }
      if (block || tag === 'figcaption') {
        const { kept, credits } = splitCredits(node);
        // A paragraph that only wraps an image (`<p><img alt></p>`) is the image.
        if (textOf(kept) === '') return node.children.forEach((child) => walk(child, landmark));
        push(textOf(kept), landmark, block ?? 'caption', { markdown: blockMarkdown(block ? kept : { ...kept, tagName: 'p' }) });
        return credits.forEach((credit) => push(textOf(credit), landmark, 'credit'));
      }
    }
    const label = listLabel(node);
    if (label !== undefined && (landmark.section === 'tags' || TAG_LABELS.has(labelOf(label)) || RELATED_LABELS.has(labelOf(label)))) {
      push(label, landmark, 'label');
      return node.children.forEach((child) => walk(child, landmark));
    }
    if (hasDirectText(node)) {
      const value = tag === 'time' ? attribute(node, 'dateTime') : undefined;
      const asParagraph = landmark.zone === 'body' && !landmark.hint;
      return push(textOf(node), landmark, TAG_HINTS[tag] ?? (tag === 'a' ? 'link' : 'text'), {
        ...(asParagraph && { markdown: blockMarkdown({ ...node, tagName: 'p' }) }),
        ...(value && { value }),
      });
    }
    node.children.forEach((child) => walk(child, landmark));
  };
  const start: Landmark = hasArticle ? { zone: 'outside', section: 'page' } : { zone: 'body', section: 'article' };
  root.children.forEach((child) => walk(child as ElementContent, start));
  return segments;
}
