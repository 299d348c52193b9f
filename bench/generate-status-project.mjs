#!/usr/bin/env node
/**
 * Generates a deterministic project the size of a real translation backlog for the status
 * page: 54 locales (es-AR falls back to es), several namespaces of nested keys and plurals,
 * each locale translated to its own degree with missing, empty and untranslated entries, and
 * source articles that some locales translate (some from an older source: stale).
 *
 *   node bench/generate-status-project.mjs [--locales 54] [--namespaces 8] [--keys 400] [--seed 1] --out DIR
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { createRandom, hashString } from './corpus/random.mjs';

/** Real BCP 47 tags, source first, es before es-AR; a project takes the first N. */
export const STATUS_LOCALES = (
  'en es es-AR fr de it pt pt-BR nl sv da nb fi pl cs sk sl hr sr bg ru uk be lt lv et hu ro el tr ' +
  'he ar fa ur hi bn ta te ml th vi id ms fil ja ko zh-Hans zh-Hant ka hy az kk uz ca eu gl'
).split(' ');

/** Namespace names; a project takes the first N. */
export const STATUS_NAMESPACES = 'common account checkout settings errors search profile admin help billing'.split(' ');

const ARTICLES = ['getting-started', 'budgets', 'accounts', 'reports', 'rules', 'sync'];

/** The source namespace: `keys` leaves in nested groups of eight, every sixth a one/other plural pair. */
function sourceBundle(namespace, keys) {
  const data = {};
  for (let i = 0; i < keys; i++) {
    const group = (data[`section${Math.floor(i / 8)}`] ??= {});
    if (i % 6 === 5) {
      group[`item${i}_one`] = `{{count}} ${namespace} thing ${i}`;
      group[`item${i}_other`] = `{{count}} ${namespace} things ${i}`;
    } else group[`item${i}`] = `${namespace} text number ${i}`;
  }
  return data;
}

/** A locale's copy of `source`: each leaf translated with probability `done`, else missing, empty or left in English. */
function targetBundle(source, locale, done, random) {
  const out = {};
  for (const [name, value] of Object.entries(source)) {
    if (typeof value === 'object') {
      const child = targetBundle(value, locale, done, random);
      if (Object.keys(child).length > 0) out[name] = child;
      continue;
    }
    if (random.chance(done)) out[name] = `[${locale}] ${value}`;
    else if (random.chance(0.15)) out[name] = '';
    else if (random.chance(0.2)) out[name] = value;
  }
  return out;
}

const json = (data) => `${JSON.stringify(data, null, 2)}\n`;

/** Writes the project into `outDir` (same options, same bytes) and returns what it wrote. */
export function generateStatusProject({ locales = 54, namespaces = 8, keys = 400, seed = 1, outDir }) {
  const tags = STATUS_LOCALES.slice(0, locales);
  const names = STATUS_NAMESPACES.slice(0, namespaces);
  if (tags.length < locales || names.length < namespaces)
    throw new Error(`at most ${STATUS_LOCALES.length} locales and ${STATUS_NAMESPACES.length} namespaces`);
  const random = createRandom(hashString(`status:${seed}`));
  const sources = new Map(names.map((ns) => [ns, sourceBundle(ns, keys)]));
  let files = 0;
  for (const locale of tags) {
    mkdirSync(join(outDir, 'locales', locale), { recursive: true });
    // Some locales are done, most are partly translated, a few have barely started; es-AR leans on es.
    const level = locale === 'en' ? 1 : locale === 'es-AR' ? 0.1 : random.pick([1, 0.95, 0.8, 0.6, 0.4, 0.2, 0.05]);
    for (const ns of names) {
      const done = Math.max(0, Math.min(1, level + (random.next() - 0.5) * 0.2));
      const data = locale === 'en' ? sources.get(ns) : targetBundle(sources.get(ns), locale, done, random);
      writeFileSync(join(outDir, 'locales', locale, `${ns}.json`), json(data));
      files++;
    }
  }
  mkdirSync(join(outDir, 'content', 'en'), { recursive: true });
  for (const slug of ARTICLES) writeFileSync(join(outDir, 'content', 'en', `${slug}.md`), `---\ntitle: ${slug}\n---\n\nAbout ${slug}.\n`);
  for (const locale of tags.slice(1)) {
    for (const slug of ARTICLES.filter(() => random.chance(0.4))) {
      mkdirSync(join(outDir, 'content', locale), { recursive: true });
      const stale = random.chance(0.3) ? 'sourceHash: "0000000000000000"\n' : '';
      writeFileSync(
        join(outDir, 'content', locale, `${slug}.md`),
        `---\ntitle: ${slug} (${locale})\n${stale}---\n\n[${locale}] ${slug}.\n`,
      );
    }
  }
  writeFileSync(join(outDir, 'l10n.config.json'), json({ sourceLocale: 'en', locales: tags }));
  return { locales: tags, namespaces: names, files };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { values } = parseArgs({
    options: {
      locales: { type: 'string', default: '54' },
      namespaces: { type: 'string', default: '8' },
      keys: { type: 'string', default: '400' },
      seed: { type: 'string', default: '1' },
      out: { type: 'string' },
    },
  });
  if (!values.out) {
    process.stderr.write('usage: node bench/generate-status-project.mjs [--locales N] [--namespaces N] [--keys N] [--seed N] --out DIR\n');
    process.exitCode = 2;
  } else {
    const result = generateStatusProject({
      locales: Number(values.locales),
      namespaces: Number(values.namespaces),
      keys: Number(values.keys),
      seed: Number(values.seed),
      outDir: values.out,
    });
    process.stdout.write(
      `${result.locales.length} locales x ${result.namespaces.length} namespaces, ${result.files} bundles -> ${values.out}\n`,
    );
  }
}
