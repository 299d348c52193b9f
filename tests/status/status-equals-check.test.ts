import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { generateProject } from '../../bench/generate-project.mjs';
import { flattenBundle } from '../../src/bundles/flatten-bundle.js';
import { listLeaves } from '../../src/bundles/list-leaves.js';
import { pluralFormKey } from '../../src/bundles/plural-key.js';
import { PLURAL_CATEGORIES, pluralFamily } from '../../src/bundles/plural-rules.js';
import { checkProject } from '../../src/check/load-check.js';
import { parseConfig } from '../../src/config/parse-config.js';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { loadStatus } from '../../src/status/load-status.js';

// `status` and `check` judge the same units (locale, namespace, key, plural category): what check
// reports missing, empty or untranslated is what status lists so, and every unit check says a
// same-language fallback supplies is a fallback unit of status. Held on the generated bench
// corpora and on the shapes of issue 21 (forms of a source string, forms from a fallback, a
// flat "a.b" beside a string "a", wrong shapes, null, rare categories, an object at a plural's bare name).

const SHAPES = fileURLToPath(new URL('../fixtures/status/issue-shapes/', import.meta.url));
const roots: string[] = [];

afterAll(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});

interface Verdicts {
  missing: string[];
  empty: string[];
  untranslated: string[];
  fallback: number;
}

/** The source's units by flat key (list items one by one), to tell a key from a plural group's base. */
function sourceUnits(root: string, namespace: string): Set<string> {
  const flat = flattenBundle(JSON.parse(readFileSync(join(root, `locales/en/${namespace}.json`), 'utf8')) as Record<string, unknown>, '.');
  return new Set([...flat.values].flatMap(([key, value]) => listLeaves(value, key, '.')));
}

/** How many units a finding's key stands for: one, or each category of the locale for a whole plural group. */
function unitsOf(key: string, locale: string, units: ReadonlySet<string>): number {
  if (units.has(key)) return 1;
  const forms = PLURAL_CATEGORIES.map((c) => [pluralFormKey(key, c, false), pluralFormKey(key, c, true)]);
  if (!forms.some((pair) => pair.some((form) => units.has(form)))) return 1;
  return pluralFamily(
    locale,
    forms.every(([cardinal]) => !units.has(cardinal as string)),
  ).categories.length;
}

/** What check says of each unit of one locale and namespace. */
function checkVerdicts(diagnostics: readonly Diagnostic[], locale: string, namespace: string, units: ReadonlySet<string>): Verdicts {
  const mine = diagnostics.filter((d) => d.locale === locale && d.file === `locales/${locale}/${namespace}.json` && d.key !== undefined);
  const missing: string[] = [];
  let fallback = 0;
  for (const d of mine) {
    const key = d.key as string;
    if (d.ruleId === 'missing-key' && d.severity !== 'info') {
      const forms = /^missing plural forms ((?:"[^"]+"(?:, )?)+)/.exec(d.message)?.[1];
      missing.push(...(forms ? [...forms.matchAll(/"([^"]+)"/g)].map((m) => m[1] as string) : [key]));
    }
    if (d.ruleId === 'plural-forms' && d.message.startsWith('missing')) missing.push(key);
    // An object at a plural's bare name (cs "f": {"one"} for en f_one): none of the locale's forms shows.
    if (d.ruleId === 'type-mismatch' && d.message.includes('source has plural forms'))
      missing.push(...pluralFamily(locale, false).categories.map((category) => pluralFormKey(key, category, false)));
    if (d.ruleId === 'type-mismatch' && units.has(key)) {
      if (d.severity === 'error') missing.push(key);
      else fallback++;
    }
    // A string written only as plural forms: the note on its bare key is no unit (its forms are).
    // A fallback in another script (script-fallback) is still a fallback unit of status.
    if ((d.ruleId === 'fallback-resolved' || d.ruleId === 'script-fallback') && !d.message.includes('without a count')) {
      fallback += unitsOf(key, locale, units);
    }
  }
  const keysOf = (rule: string): string[] =>
    mine
      .filter((d) => d.ruleId === rule)
      .map((d) => d.key as string)
      .sort();
  return { missing: missing.sort(), empty: keysOf('empty-value'), untranslated: keysOf('untranslated'), fallback };
}

function compare(root: string, config: ReturnType<typeof parseConfig>): number {
  const { diagnostics } = checkProject(root, config);
  const status = loadStatus(root, config);
  let units = 0;
  for (const locale of status.locales) {
    for (const ns of locale.namespaces) {
      const keys = (state: string): string[] =>
        ns.left
          .filter((e) => e.state === state)
          .map((e) => e.key)
          .sort();
      const mine = { missing: keys('missing'), empty: keys('empty'), untranslated: keys('untranslated'), fallback: ns.counts.fallback };
      expect({ locale: locale.locale, namespace: ns.namespace, ...mine }).toEqual({
        locale: locale.locale,
        namespace: ns.namespace,
        ...checkVerdicts(diagnostics, locale.locale, ns.namespace, sourceUnits(root, ns.namespace)),
      });
      units += ns.total;
    }
  }
  return units;
}

describe('status agrees with check on every unit', () => {
  it('on the shapes of issue 21', () => {
    const config = parseConfig(JSON.parse(readFileSync(join(SHAPES, 'l10n.config.json'), 'utf8')) as Record<string, unknown>);
    expect(compare(SHAPES, config)).toBe(79);
    const esAR = loadStatus(SHAPES, config).locales.find((l) => l.locale === 'es-AR');
    // rename_one and rename_other from es's forms, apples_many/apples_other from es's bare string, c_one, a.c, and the null title.
    expect(esAR?.counts.fallback).toBe(7);
  });

  it('on a Traditional locale that falls back to Simplified, which script-fallback reports', () => {
    const root = mkdtempSync(join(tmpdir(), 'l10n-status-check-'));
    roots.push(root);
    const files: Record<string, unknown> = {
      en: { a: 'Apple', b: 'Banana', n_one: '{{count}} item', n_other: '{{count}} items' },
      zh: { a: '苹果', b: '香蕉', n_other: '{{count}} 个' },
      'zh-TW': { a: '蘋果' },
    };
    for (const [locale, bundle] of Object.entries(files)) {
      mkdirSync(join(root, 'locales', locale), { recursive: true });
      writeFileSync(join(root, 'locales', locale, 'ui.json'), JSON.stringify(bundle, null, 2));
    }
    const config = parseConfig({});
    expect(compare(root, config)).toBe(6);
    const zhTW = loadStatus(root, config).locales.find((l) => l.locale === 'zh-TW');
    expect(zhTW?.counts.fallback).toBe(2);
  });

  it.each([1, 2])('on a generated small corpus (seed %i)', (seed) => {
    const root = mkdtempSync(join(tmpdir(), 'l10n-status-check-'));
    roots.push(root);
    generateProject({ size: 'small', seed, outDir: root });
    const config = parseConfig(JSON.parse(readFileSync(join(root, 'l10n.config.json'), 'utf8')) as Record<string, unknown>);
    expect(compare(root, config)).toBeGreaterThan(1000);
  });
});
