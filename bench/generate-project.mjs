#!/usr/bin/env node
/**
 * Generates a deterministic i18next project for the benchmark: locales/<lng>/<ns>.json with CLDR
 * plural families, ordinals, context keys, interpolation, `$t()` nesting (within a namespace and
 * into the first one, `$t(common:key)`) and tags, plus a recorded set of injected defects
 * (defects.json) so every checker's recall and false alarms can be scored.
 *
 *   node bench/generate-project.mjs --size small|medium|large [--seed 1] --out DIR
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { buildTree, findNode, serialize } from './corpus/bundle-tree.mjs';
import { applyDefects, planDefects } from './corpus/defects.mjs';
import { createRandom, hashString } from './corpus/random.mjs';
import { namespaceEntries } from './corpus/structure.mjs';

/** Corpus sizes: locales x namespaces x source messages per namespace, and defects per kind. */
export const SIZES = {
  small: { locales: 3, namespaces: 2, messages: 500, perKind: 2 },
  medium: { locales: 10, namespaces: 5, messages: 2000, perKind: 3 },
  large: { locales: 50, namespaces: 10, messages: 2000, perKind: 5 },
};

/** Real BCP 47 tags, source first, then es and es-AR (every size has the es-AR -> es -> en chain); a size takes the first N. */
export const LOCALES = (
  'en es es-AR ru fr de pt-BR pl ar ja zh-Hant it nl sv da nb fi cs sk uk tr el he hi ko th vi id ro hu ' +
  'bg hr sr sl lt lv et ca gl eu cy ga is mt sw fa bn ta ka hy'
).split(' ');

/**
 * A locale folder spelled otherwise than i18next writes its code (`es-mx` for `es-MX`): clean
 * Spanish files that i18next never reads, each a defect of kind locale-code at 1:1.
 */
export const MISNAMED_LOCALE = { folder: 'es-mx', locale: 'es' };

/** Namespace names; a size takes the first N. */
export const NAMESPACES = 'common account checkout articles errors settings search profile admin help'.split(' ');

/**
 * Writes the project of `size` into `outDir` and returns its defects and totals.
 * The same size and seed always give the same bytes.
 */
export function generateProject({ size, seed = 1, outDir }) {
  const shape = SIZES[size];
  if (!shape) throw new Error(`unknown size "${size}"; use one of ${Object.keys(SIZES).join(', ')}`);
  const locales = LOCALES.slice(0, shape.locales);
  const namespaces = NAMESPACES.slice(0, shape.namespaces);
  // Every namespace after the first also references the first one's keys (`$t(common:key)`).
  const entries = new Map();
  for (const ns of namespaces) {
    const shared = entries.size > 0 ? { namespace: namespaces[0], entries: entries.get(namespaces[0]) } : undefined;
    entries.set(ns, namespaceEntries(createRandom(hashString(`${seed}:${ns}`)), shape.messages, shared));
  }
  const plans = planDefects(createRandom(hashString(`${seed}:defects:${size}`)), { locales, namespaces, entries, perKind: shape.perKind });
  const defects = [];
  let files = 0;
  let bytes = 0;
  let messages = 0;
  const write = (folder, namespace, tree) => {
    const text = serialize(tree);
    writeFileSync(join(outDir, 'locales', folder, `${namespace}.json`), text);
    files++;
    bytes += Buffer.byteLength(text);
    messages += tree.leaves ?? 0;
  };
  for (const locale of locales) {
    mkdirSync(join(outDir, 'locales', locale), { recursive: true });
    for (const namespace of namespaces) {
      const tree = buildTree(entries.get(namespace), locale);
      defects.push(
        ...applyDefects(
          tree,
          plans.filter((p) => p.locale === locale && p.namespace === namespace),
          locale,
          findNode,
        ),
      );
      write(locale, namespace, tree);
    }
  }
  const { folder, locale: language } = MISNAMED_LOCALE;
  mkdirSync(join(outDir, 'locales', folder), { recursive: true });
  for (const namespace of namespaces) {
    write(folder, namespace, buildTree(entries.get(namespace), language));
    defects.push({ kind: 'locale-code', file: `locales/${folder}/${namespace}.json`, locale: folder, namespace, key: null, line: 1 });
  }
  writeFileSync(join(outDir, 'l10n.config.json'), `${JSON.stringify({ sourceLocale: 'en' }, null, 2)}\n`);
  writeFileSync(join(outDir, 'defects.json'), `${JSON.stringify(defects, null, 2)}\n`);
  return { size, seed, locales: locales.length, namespaces: namespaces.length, files, messages, bytes, defects };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { values } = parseArgs({
    options: { size: { type: 'string', default: 'small' }, seed: { type: 'string', default: '1' }, out: { type: 'string' } },
  });
  if (!values.out) {
    process.stderr.write('usage: node bench/generate-project.mjs --size small|medium|large [--seed N] --out DIR\n');
    process.exitCode = 2;
  } else {
    const result = generateProject({ size: values.size, seed: Number(values.seed), outDir: values.out });
    process.stdout.write(
      `${result.files} files, ${result.messages} messages, ${(result.bytes / 2 ** 20).toFixed(1)} MiB, ${result.defects.length} defects -> ${values.out}\n`,
    );
  }
}
