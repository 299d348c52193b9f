import fc from 'fast-check';
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { diagnosticsOf } from '../support/check-lines.js';
import { tempProjectsPerTest } from '../support/temp-project.js';

// The nesting rule shares work between references and between locales: a reference without
// options is resolved once per key, with options once per key and options, and what a key's name
// passes down is read once per namespace. Each test holds the shared results to what i18next 26
// renders in every place they are used.

const project = tempProjectsPerTest();

/** What i18next renders for `t(key, options)` in a locale whose chain falls back to en. */
function render(resources: Record<string, Record<string, unknown>>, lng: string, key: string, options: Record<string, unknown> = {}) {
  const i18n = i18next.createInstance();
  void i18n.init({
    initAsync: false,
    lng,
    fallbackLng: 'en',
    resources: Object.fromEntries(Object.entries(resources).map(([locale, ui]) => [locale, { ui }])),
    ns: ['ui'],
    defaultNS: 'ui',
    interpolation: { escapeValue: false },
  });
  return String(i18n.t(key, options));
}

/** The keys the nesting rule reports, per locale. */
function reported(resources: Record<string, Record<string, unknown>>): string[] {
  const files = Object.fromEntries(
    Object.entries(resources).map(([locale, ui]) => [`locales/${locale}/ui.json`, `${JSON.stringify(ui, null, 2)}\n`]),
  );
  return diagnosticsOf(project(files))
    .filter((d) => d.ruleId === 'nesting')
    .map((d) => `${d.locale} ${d.key}`)
    .sort();
}

describe('work the nesting rule shares', () => {
  it('resolves a key named with and without options on its own for each, in any order', () => {
    // Each form renders a marker; a reference resolves when i18next renders one of them.
    const forms = fc.subarray(['pl', 'pl_one', 'pl_other', 'pl_ordinal_two', 'pl_x', 'pl_x_other']);
    const references = fc.shuffledSubarray(
      ['$t(pl)', '$t(pl, {"count": 2})', '$t(pl, {"count": 2, "ordinal": true})', '$t(pl, {"context": "x"})', '$t(pl, {"ordinal": false})'],
      { minLength: 2 },
    );
    fc.assert(
      fc.property(forms, references, (present, written) => {
        const ui: Record<string, string> = {};
        written.forEach((reference, i) => (ui[`m${i}`] = reference));
        for (const form of present) ui[form] = `<${form}>`;
        const unresolved = written
          .map((_, i) => `m${i}`)
          .filter((key) => !/^<pl[a-z_]*>$/.test(render({ en: ui }, 'en', key)))
          .map((key) => `en ${key}`)
          .sort();
        expect({ written, present, reported: reported({ en: ui }) }).toEqual({ written, present, reported: unresolved });
      }),
      { numRuns: 40 },
    );
  });

  it('passes each locale its own count for a plural form, though the key is read once for all', () => {
    // Arabic shows `_few` for 3 and passes the 3 down, so `$t(file)` reads file_few. English has no
    // `_few`: nothing shows summary_few with a count, so `$t(file)` reads file, which is not there
    // (file_other, which a count of 3 would read, is). Either locale's count given to the other flips both.
    const resources = {
      en: { summary_few: '$t(file)', file_other: 'files' },
      ar: { summary_few: '$t(file)', file_few: 'a few files' },
    };
    expect([render(resources, 'ar', 'summary', { count: 3 }), render(resources, 'en', 'summary_few')]).toEqual(['a few files', 'file']);
    expect(reported(resources)).toEqual(['en summary_few']);
    expect(reported({ ar: resources.ar, en: resources.en })).toEqual(['en summary_few']);
  });
});
