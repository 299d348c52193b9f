#!/usr/bin/env node
/**
 * Generates a project with a translation backlog, as a real many-locale project has one: half of
 * the locales are partly translated (half of the keys missing, some values still the English
 * text), which gives tens of thousands of findings. The CI reports are tested and benchmarked on
 * it: every format within GitHub's limits, summaries that count everything.
 *
 * Of the partly translated locales, es-AR lacks keys that es has (fallback-resolved notes), the
 * others lack keys nothing supplies (missing-key errors); their leftover English values are
 * untranslated warnings. The same seed and size always give the same bytes.
 *
 *   node bench/generate-backlog.mjs [--size test|bench] [--seed 1] --out DIR
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { buildTree, serialize } from './corpus/bundle-tree.mjs';
import { createRandom, hashString } from './corpus/random.mjs';
import { namespaceEntries } from './corpus/structure.mjs';
import { LOCALES, NAMESPACES } from './generate-project.mjs';

/**
 * Backlog sizes: locales x namespaces x source messages per namespace. `test` has about 40,000
 * findings (well past code scanning's 25,000 results a run), `bench` about 120,000 (the size of
 * the 54-locale project that asked for these reports).
 */
export const BACKLOG_SIZES = {
  test: { locales: 40, namespaces: 4, messages: 1400 },
  bench: { locales: 50, namespaces: 5, messages: 2000 },
};

/** Share of a partly translated locale's entries that are missing, and of the rest left in English. */
const MISSING = 0.5;
const UNTRANSLATED = 0.1;

/** Locales after the source at even positions (es-AR, fr, pt-BR, ...) are the partly translated ones. */
const isPartial = (index) => index > 0 && index % 2 === 0;

/** The entries a partly translated locale keeps: a seeded half, never one that another key `$t()`s. */
function keptEntries(entries, random) {
  return entries.filter((entry) => entry.referenced || !random.chance(MISSING));
}

/** Leaves of a plain entry left as the English text (an untranslated warning each), chosen by `random`. */
function leaveInEnglish(tree, englishTree, random) {
  const walk = (node, english) => {
    const sources = new Map(english.o);
    for (const [name, child] of node.o) {
      const source = sources.get(name);
      if (!source) continue;
      if (child.o) walk(child, source);
      else if (/^[a-z ]+$/i.test(source.s) && random.chance(UNTRANSLATED)) child.s = source.s;
    }
  };
  walk(tree, englishTree);
}

/**
 * Writes the backlog project of `size` into `outDir`: locales/<lng>/<ns>.json and
 * l10n.config.json. Returns its totals and which locales are partly translated.
 */
export function generateBacklog({ size = 'test', seed = 1, outDir }) {
  const shape = BACKLOG_SIZES[size];
  if (!shape) throw new Error(`unknown size "${size}"; use one of ${Object.keys(BACKLOG_SIZES).join(', ')}`);
  const locales = LOCALES.slice(0, shape.locales);
  const namespaces = NAMESPACES.slice(0, shape.namespaces);
  let files = 0;
  let bytes = 0;
  let messages = 0;
  for (const namespace of namespaces) {
    const entries = namespaceEntries(createRandom(hashString(`${seed}:backlog:${namespace}`)), shape.messages);
    for (const [index, locale] of locales.entries()) {
      const random = createRandom(hashString(`${seed}:backlog:${namespace}:${locale}`));
      const kept = isPartial(index) ? keptEntries(entries, random) : entries;
      const tree = buildTree(kept, locale);
      if (kept !== entries) leaveInEnglish(tree, buildTree(kept, 'en'), random);
      const text = serialize(tree);
      mkdirSync(join(outDir, 'locales', locale), { recursive: true });
      writeFileSync(join(outDir, 'locales', locale, `${namespace}.json`), text);
      files++;
      bytes += Buffer.byteLength(text);
      messages += tree.leaves ?? 0;
    }
  }
  writeFileSync(join(outDir, 'l10n.config.json'), `${JSON.stringify({ sourceLocale: 'en' }, null, 2)}\n`);
  return { size, seed, locales, partial: locales.filter((_, i) => isPartial(i)), namespaces, files, messages, bytes };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { values } = parseArgs({
    options: { size: { type: 'string', default: 'test' }, seed: { type: 'string', default: '1' }, out: { type: 'string' } },
  });
  if (!values.out) {
    process.stderr.write('usage: node bench/generate-backlog.mjs [--size test|bench] [--seed N] --out DIR\n');
    process.exitCode = 2;
  } else {
    const result = generateBacklog({ size: values.size, seed: Number(values.seed), outDir: values.out });
    process.stdout.write(
      `${result.files} files, ${result.messages} messages, ${(result.bytes / 2 ** 20).toFixed(1)} MiB, ${result.partial.length} of ${result.locales.length} locales partly translated -> ${values.out}\n`,
    );
  }
}
