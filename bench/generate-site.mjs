#!/usr/bin/env node
/**
 * A generated site for the sharded build: seeded English articles (bench/corpus/articles.mjs),
 * an es-AR translation of every 5th one (every 3rd of those made from an older source, so the
 * build marks it outdated), the shipped UI bundles and a JSON config for en and es-AR. Two
 * locales, so `--articles 10000` makes 20,000 article pages.
 *
 *   node bench/generate-site.mjs --articles 10000 --seed 1 --out DIR
 */
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import matter from 'gray-matter';
import { generateArticles } from './corpus/articles.mjs';

const repoRoot = dirname(dirname(fileURLToPath(import.meta.url)));

/** The config of a generated site. */
export const SITE_CONFIG = {
  sourceLocale: 'en',
  namespaceSourceLocale: { ui: 'es-AR' },
  locales: ['en', 'es-AR'],
  fallbacks: { 'es-AR': ['es', 'en'], en: [] },
  build: { outDir: 'dist', baseUrl: 'https://sharded.example/' },
};

/** Writes a site of `articles` English articles (and their es-AR translations) under `root`. */
export async function generateSite({ root, articles, seed = 1 }) {
  const { sourceHash } = await import(join(repoRoot, 'lib/content/source-hash.js'));
  const slugs = generateArticles({ count: articles, seed, root });
  cpSync(join(repoRoot, 'locales'), join(root, 'locales'), { recursive: true });
  writeFileSync(join(root, 'l10n.config.json'), `${JSON.stringify(SITE_CONFIG, null, 2)}\n`);
  mkdirSync(join(root, 'content/es-AR'), { recursive: true });
  let translations = 0;
  slugs.forEach((slug, index) => {
    if (index % 5 !== 0) return;
    const source = matter(readFileSync(join(root, 'content/en', `${slug}.md`), 'utf8'));
    const title = `Traducción: ${source.data.title}`;
    const hash = (index / 5) % 3 === 2 ? '0000000000000000' : sourceHash({ title: source.data.title, body: source.content });
    const front = [
      '---',
      `title: ${JSON.stringify(title)}`,
      `slug: ${slug}`,
      'lang: es-AR',
      `date: ${source.data.date.toISOString().slice(0, 10)}`,
      `source: content/en/${slug}.md`,
      `sourceHash: "${hash}"`,
      '---',
      '',
    ].join('\n');
    writeFileSync(join(root, 'content/es-AR', `${slug}.md`), `${front}${source.content.replace(/\bthe\b/g, 'el')}`);
    translations++;
  });
  return { articles: slugs.length, translations, pages: slugs.length * SITE_CONFIG.locales.length };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    options: { articles: { type: 'string', default: '10000' }, seed: { type: 'string', default: '1' }, out: { type: 'string' } },
  });
  if (!values.out) {
    process.stderr.write('usage: node bench/generate-site.mjs --articles 10000 --seed 1 --out DIR\n');
    process.exit(2);
  }
  const made = await generateSite({ root: values.out, articles: Number(values.articles), seed: Number(values.seed) });
  process.stdout.write(
    `${made.articles} articles, ${made.translations} es-AR translations, ${made.pages} article pages in ${values.out}\n`,
  );
}
