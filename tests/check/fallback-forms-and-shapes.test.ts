import { rmSync } from 'node:fs';
import i18next from 'i18next';
import { afterAll, describe, expect, it } from 'vitest';
import { diagnosticsOf } from '../support/check-lines.js';
import { tempProject } from '../support/temp-project.js';

// What readers get, judged by i18next 26: a plural form es-AR takes from es, keys under a string
// where the source has an object (a flat "a.b" is still read), and a source string a locale
// writes only as plural forms, called with and without a count.

type Bundles = Record<string, Record<string, unknown>>;
const LOCALES = ['en', 'es', 'es-AR', 'de'];
const roots: string[] = [];

afterAll(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});

function t(bundles: Bundles, lng: string, key: string, count?: number): string {
  const i18n = i18next.createInstance();
  void i18n.init({
    initAsync: false,
    lng,
    fallbackLng: { 'es-AR': ['es', 'en'], default: ['en'] },
    resources: Object.fromEntries(Object.entries(bundles).map(([l, b]) => [l, { ui: b }])),
    ns: ['ui'],
    defaultNS: 'ui',
  });
  return i18n.t(key, count === undefined ? {} : { count });
}

function findings(bundles: Bundles): string[] {
  const root = tempProject(
    Object.fromEntries(Object.entries(bundles).map(([l, b]) => [`locales/${l}/ui.json`, JSON.stringify(b, null, 2)])),
  );
  roots.push(root);
  return diagnosticsOf(root, { sourceLocale: 'en', locales: LOCALES.filter((l) => l in bundles) }).map(
    (d) => `${d.file}:${d.line}:${d.column} ${d.severity} ${d.ruleId} ${d.message}`,
  );
}

describe('a plural form a same-language fallback supplies', () => {
  it('is fallback-resolved, as a whole key is', () => {
    const bundles = {
      en: { c_one: 'one c', c_other: 'other c' },
      es: { c_one: 'un c', c_many: 'muchos c', c_other: 'otros c' },
      'es-AR': { c_many: 'muchos c', c_other: 'otros c' },
    };
    expect(findings(bundles)).toEqual([
      'locales/es-AR/ui.json:2:3 info fallback-resolved "c_one" is not in es-AR; at count 1 it resolves through es\'s "c_one"',
    ]);
    expect(t(bundles, 'es-AR', 'c', 1)).toBe('un c');
  });
});

describe('a string where the source has an object', () => {
  it('names the keys readers lose; a flat key beside it is still read', () => {
    const bundles = { en: { a: { b: 'en b', c: 'en c' } }, de: { a: 'de a', 'a.b': 'de b' } };
    expect(findings(bundles)).toEqual([
      'locales/de/ui.json:2:3 error missing-key missing key "a.c"; en has "en c"',
      'locales/de/ui.json:2:3 error type-mismatch "a" is a string here but an object of keys in the en source; i18next finds no key under it, so de readers get the en text of "a.c" (missing-key)',
    ]);
    expect([t(bundles, 'de', 'a.b'), t(bundles, 'de', 'a.c')]).toEqual(['de b', 'en c']);
  });
});

describe('a source string a locale writes only as plural forms', () => {
  const bundles = {
    en: { rename: 'Rename these payees' },
    de: { rename_one: 'Diesen Empfänger umbenennen', rename_other: 'Diese Empfänger umbenennen' },
  };

  it('is translated for every count; without a count the source text shows, which a note says', () => {
    expect(findings(bundles)).toEqual([
      'locales/de/ui.json:2:3 info missing-key "rename" is written in de only as plural forms: t(\'rename\', { count }) shows them; without a count, de readers get the en text "Rename these payees"',
    ]);
    expect([0, 1, 5].map((n) => t(bundles, 'de', 'rename', n))).toEqual([
      'Diese Empfänger umbenennen',
      'Diesen Empfänger umbenennen',
      'Diese Empfänger umbenennen',
    ]);
    expect(t(bundles, 'de', 'rename')).toBe('Rename these payees');
  });
});

describe('a flat source key that a target writes as nested plural forms', () => {
  it('is missing form by form, and the form the target has is neither extra nor a fallback', () => {
    const bundles = { en: { 'a.b': 'Text' }, de: { a: { b_other: 'Texte' } } };
    expect(findings(bundles)).toEqual([
      'locales/de/ui.json:2:8 error missing-key missing plural forms "a.b_one"; en has "Text"',
      `locales/de/ui.json:2:8 info missing-key "a.b" is not in de, and its language writes it only as plural forms: t('a.b', { count }) shows them; without a count, de readers get the en text "Text"`,
    ]);
    // The store reads de's nested form for counts it selects, and the en text for the rest.
    expect([t(bundles, 'de', 'a.b', 5), t(bundles, 'de', 'a.b', 1), t(bundles, 'de', 'a.b')]).toEqual(['Texte', 'Text', 'Text']);
  });
});
