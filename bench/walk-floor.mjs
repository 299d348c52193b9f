#!/usr/bin/env node
/**
 * The cheapest key comparison a checker of missing keys could make: the floor (read every
 * `<locale>/<namespace>.json` under DIR and JSON.parse it), then each locale's object set beside
 * the source's, name by name and level by level, counting names one side lacks. No positions, no
 * duplicate keys, no plural forms, no fallbacks, no findings: a lower bound for any such check,
 * not a checker.
 *
 *   node bench/walk-floor.mjs DIR [SOURCE_LOCALE]
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';

const root = process.argv[2] ?? '.';
const sourceLocale = process.argv[3] ?? 'en';
const byNamespace = new Map();
for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
  if (!entry.isFile() || !entry.name.endsWith('.json')) continue;
  const folder = entry.parentPath ?? entry.path;
  let data;
  try {
    data = JSON.parse(readFileSync(join(folder, entry.name), 'utf8'));
  } catch {
    continue;
  }
  const namespace = entry.name.slice(0, -'.json'.length);
  if (!byNamespace.has(namespace)) byNamespace.set(namespace, new Map());
  byNamespace.get(namespace).set(basename(folder), data);
}

let lacking = 0;
let extra = 0;
const isObject = (value) => value !== null && typeof value === 'object';
function compare(source, target) {
  for (const name in source) {
    const theirs = source[name];
    const value = target[name];
    if (value === undefined) lacking++;
    else if (isObject(theirs) && isObject(value)) compare(theirs, value);
  }
  for (const name in target) if (!Object.hasOwn(source, name)) extra++;
}
for (const bundles of byNamespace.values()) {
  const source = bundles.get(sourceLocale);
  if (!isObject(source)) continue;
  for (const [locale, data] of bundles) if (locale !== sourceLocale && isObject(data)) compare(source, data);
}
process.stdout.write(`${lacking} names lacking, ${extra} extra\n`);
