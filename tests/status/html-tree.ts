import { parse } from 'parse5';
import type { DefaultTreeAdapterMap } from 'parse5';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

/** Every element of an HTML page as a browser parses it, in document order. */
export function elementsOf(html: string): Element[] {
  const out: Element[] = [];
  const walk = (node: Node): void => {
    if ('tagName' in node) out.push(node);
    const children = 'childNodes' in node ? node.childNodes : [];
    for (const child of children) walk(child);
    if ('content' in node && node.content) walk(node.content as Node);
  };
  walk(parse(html));
  return out;
}

/** An element's attribute, or undefined. */
export const attr = (element: Element, name: string): string | undefined => element.attrs.find((a) => a.name === name)?.value;

/** The text of an element and its descendants. */
export function textOf(node: Node): string {
  if (node.nodeName === '#text') return (node as DefaultTreeAdapterMap['textNode']).value;
  return 'childNodes' in node ? node.childNodes.map(textOf).join('') : '';
}

/** The element children of an element, those named `tag` when given. */
export const childElements = (element: Element, tag?: string): Element[] =>
  element.childNodes.filter((n): n is Element => 'tagName' in n && (tag === undefined || n.tagName === tag));
