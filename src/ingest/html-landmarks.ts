import type { Element, ElementContent } from 'hast';
import type { SegmentHint } from './segment.js';

/** Where the walker is: inside the article body, in site chrome (and which block), or not yet known. */
export interface Landmark {
  zone: 'body' | 'chrome' | 'outside';
  section: string;
  /** A hint every text inside inherits (a byline box, a single user comment). */
  hint?: SegmentHint;
}

const CHROME_TAGS: Record<string, string> = {
  nav: 'nav',
  aside: 'related',
  form: 'form',
  dialog: 'dialog',
  footer: 'footer',
  header: 'header',
};
const ROLE_SECTIONS: Record<string, string> = {
  banner: 'header',
  navigation: 'nav',
  contentinfo: 'footer',
  complementary: 'related',
  dialog: 'dialog',
  search: 'nav',
};
const SECTIONS: Array<[RegExp, string]> = [
  [/comment/, 'comments'],
  [/share|social|compart/, 'share'],
  [/newsletter|subscri|suscri/, 'newsletter'],
  [/cookie|consent|gdpr/, 'cookie'],
  [/^tags?$|^tags?-|-tags?$|topics|temas|etiquetas|keywords/, 'tags'],
  [/related|relacionad|interes|recommend|more-news|mas-leidas|most-read|teaser|sidebar/, 'related'],
  [/breadcrumb|menu/, 'nav'],
  [/^(site-)?(header|masthead)$/, 'header'],
  [/^(site-)?footer$/, 'footer'],
];
const HINTS: Array<[RegExp, SegmentHint]> = [
  [/^comment(-(body|text|content|author|meta|date|item|entry|message|list-item))?$|^(user|reader)-comment/, 'comment'],
  [/byline|^author|^autor/, 'byline'],
  [/credit|credito/, 'credit'],
  [/^(date|fecha|timestamp|published|pubdate|dateline)/, 'date'],
];

const tokensOf = (element: Element): string[] => {
  const { className, id } = element.properties;
  const classes = Array.isArray(className) ? className.map(String) : [];
  return [...classes, ...(typeof id === 'string' ? [id] : [])].map((token) => token.toLowerCase()).filter((token) => token.length > 0);
};

/** Whether an element is the article itself (the landmark whose text is the body). */
const isArticleRoot = (element: Element): boolean =>
  element.tagName === 'article' ||
  element.tagName === 'main' ||
  element.properties.role === 'main' ||
  String(element.properties.itemProp ?? '')
    .split(/[\s,]+/)
    .includes('articleBody');

/**
 * The landmark inside `element`: landmarks (`header`, `nav`, `aside`, `footer`, ARIA roles) and
 * class or id words (comments, share, newsletter, cookie, tags, related) open a chrome block;
 * `article`/`main` open the body. An article's own `header` (title, byline) stays body.
 */
export function enterLandmark(element: Element, outer: Landmark): Landmark {
  const tokens = tokensOf(element);
  const hint = HINTS.find(([pattern]) => tokens.some((token) => pattern.test(token)))?.[1] ?? outer.hint;
  const classSection = SECTIONS.find(([pattern]) => tokens.some((token) => pattern.test(token)))?.[1];
  const role = typeof element.properties.role === 'string' ? ROLE_SECTIONS[element.properties.role] : undefined;
  const tagSection = element.tagName === 'header' && outer.zone === 'body' ? undefined : CHROME_TAGS[element.tagName];
  const section = classSection ?? role ?? tagSection;
  if (section && !(hint === 'byline' || hint === 'date')) return { zone: 'chrome', section, ...(hint && { hint }) };
  if (outer.zone !== 'chrome' && isArticleRoot(element)) return { zone: 'body', section: 'article', ...(hint && { hint }) };
  return { ...outer, ...(hint && { hint }) };
}

/** Whether an element credits a photo or an agency (`class="credit"`): reported apart from the caption it sits in. */
const isCreditElement = (element: Element): boolean => tokensOf(element).some((token) => /credit|credito/.test(token));

/** An element without its credit descendants, and those credits, so a caption keeps only its own words. */
export function splitCredits(element: Element): { kept: Element; credits: Element[] } {
  const credits: Element[] = [];
  const strip = (node: Element): Element => ({
    ...node,
    children: node.children.flatMap((child): ElementContent[] => {
      if (child.type !== 'element') return [child];
      if (isCreditElement(child)) {
        credits.push(child);
        return [];
      }
      return [strip(child)];
    }),
  });
  return { kept: strip(element), credits };
}
