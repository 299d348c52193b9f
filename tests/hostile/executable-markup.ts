import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';

interface Node {
  type: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  children?: Node[];
}

const EXECUTABLE_TAGS = new Set(['script', 'iframe', 'object', 'embed', 'frame', 'frameset', 'base', 'form', 'svg', 'math']);

/** What in one HTML page could run code: executable elements, on* handlers, javascript: URLs, a refresh. */
export function executableParts(html: string): string[] {
  const found: string[] = [];
  const visit = (node: Node): void => {
    if (node.type === 'element') {
      if (EXECUTABLE_TAGS.has(node.tagName ?? '')) found.push(`<${node.tagName}>`);
      for (const [name, value] of Object.entries(node.properties ?? {})) {
        if (/^on/i.test(name)) found.push(`${node.tagName} ${name}`);
        const text = Array.isArray(value) ? value.join(' ') : String(value);
        // eslint-disable-next-line no-control-regex -- browsers drop control characters before the scheme
        if (/^\s*(javascript|vbscript|data):/i.test(text.replace(/[\u0000-\u001f]/g, ''))) found.push(`${node.tagName} ${name}=${text}`);
      }
      if (node.tagName === 'meta' && String(node.properties?.httpEquiv ?? '').toLowerCase() === 'refresh') found.push('<meta refresh>');
    }
    for (const child of node.children ?? []) visit(child);
  };
  visit(unified().use(rehypeParse).parse(html) as unknown as Node);
  return found;
}

/** Every .html file under a folder, relative path -> text. */
export function htmlPages(dir: string): Map<string, string> {
  const pages = new Map<string, string>();
  for (const entry of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    if (entry.endsWith('.html')) pages.set(entry, readFileSync(join(dir, entry), 'utf8'));
  }
  return pages;
}

/** The Content-Security-Policy a page declares in its meta element, if any. */
export function pagePolicy(html: string): string | undefined {
  return /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html)?.[1];
}
