#!/usr/bin/env node
/**
 * The build floor: the bare unified pipeline (remark-parse -> remark-rehype -> rehype-stringify)
 * over every content/en/*.md of SITE, once per locale, each page written to OUT/<lng>/<slug>.html.
 *
 *   node bench/unified-floor.mjs SITE OUT [locale ...]
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import matter from 'gray-matter';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';

const [site = '.', out = 'dist-floor', ...given] = process.argv.slice(2);
const locales = given.length > 0 ? given : ['en', 'es-AR'];
const processor = unified().use(remarkParse).use(remarkRehype).use(rehypeStringify);
const dir = join(site, 'content', 'en');
let pages = 0;
for (const lng of locales) mkdirSync(join(out, lng), { recursive: true });
for (const name of readdirSync(dir)) {
  if (!name.endsWith('.md')) continue;
  const { content, data } = matter(readFileSync(join(dir, name), 'utf8'));
  for (const lng of locales) {
    const html = String(processor.processSync(content));
    writeFileSync(join(out, lng, `${data.slug ?? name.slice(0, -3)}.html`), html);
    pages++;
  }
}
process.stdout.write(`${pages} pages\n`);
