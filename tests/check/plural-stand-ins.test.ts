import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { diagnosticsOf } from '../support/check-lines.js';
import { tempProject } from '../support/temp-project.js';

// A plural written one way in the source and another in a translation, judged by i18next 26: a
// string the app calls with a count may be plural forms in a locale that needs them, and a
// plural's bare key answers every count a locale has no form for.

type Bundles = Record<string, Record<string, string>>;

function t(bundles: Bundles, lng: string, key: string, count?: number): string {
  const i18n = i18next.createInstance();
  void i18n.init({
    initAsync: false,
    lng,
    fallbackLng: 'en',
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
  return diagnosticsOf(root)
    .filter((d) => ['missing-key', 'extra-key', 'plural-forms'].includes(d.ruleId))
    .map((d) => `${d.locale} ${d.ruleId} ${d.severity} ${d.key}`);
}

describe('plural forms in place of a source string with {{count}}', () => {
  it('are the translation when the locale has all its forms', () => {
    const bundles = {
      en: { apples: '{{count}} apples' },
      ru: {
        apples_one: '{{count}} яблоко',
        apples_few: '{{count}} яблока',
        apples_many: '{{count}} яблок',
        apples_other: '{{count}} яблока',
      },
    };
    expect(findings(bundles)).toEqual([]);
    expect([1, 2, 5, 1.5].map((n) => t(bundles, 'ru', 'apples', n))).toEqual(['1 яблоко', '2 яблока', '5 яблок', '1.5 яблока']);
  });

  it('lack the forms the locale needs and does not have: those counts show the source language', () => {
    const bundles = { en: { apples: '{{count}} apples' }, ru: { apples_one: '{{count}} яблоко', apples_other: '{{count}} яблока' } };
    expect(findings(bundles)).toEqual(['ru plural-forms error apples_few', 'ru plural-forms error apples_many']);
    expect([t(bundles, 'ru', 'apples', 2), t(bundles, 'ru', 'apples', 5)]).toEqual(['2 apples', '5 apples']);
  });

  it('may leave {{count}} out of a form, as a source plural form may: a warning where several counts show it', () => {
    const bundles = {
      en: { apples: '{{count}} apples' },
      de: { apples_one: 'ein Apfel', apples_other: '{{count}} Äpfel' },
      ru: { apples_one: 'яблоко', apples_few: '{{count}} яблока', apples_many: '{{count}} яблок', apples_other: '{{count}} яблока' },
    };
    const root = tempProject(
      Object.fromEntries(Object.entries(bundles).map(([l, b]) => [`locales/${l}/ui.json`, JSON.stringify(b, null, 2)])),
    );
    expect(diagnosticsOf(root).map((d) => `${d.locale} ${d.key} ${d.ruleId} ${d.severity}`)).toEqual([
      'ru apples_one interpolation-mismatch warning',
    ]);
    expect([t(bundles, 'de', 'apples', 1), t(bundles, 'ru', 'apples', 21)]).toEqual(['ein Apfel', 'яблоко']);
  });

  it('beside the string itself: a zero form is read at 0', () => {
    const bundles = { en: { cats: '{{count}} cats' }, cy: { cats: '{{count}} cath', cats_zero: 'dim cathod' } };
    expect(findings(bundles)).toEqual([]);
    expect(t(bundles, 'cy', 'cats', 0)).toBe('dim cathod');
  });

  it('are read with a count when the source string takes none: no extra keys, a note on the bare key', () => {
    const bundles = { en: { title: 'Apples' }, ru: { title_one: 'Яблоко', title_other: 'Яблоки' } };
    expect(findings(bundles)).toEqual(['ru plural-forms error title_few', 'ru plural-forms error title_many', 'ru missing-key info title']);
    expect([1, 2, 5, 1.5].map((n) => t(bundles, 'ru', 'title', n))).toEqual(['Яблоко', 'Apples', 'Apples', 'Яблоки']);
    expect(t(bundles, 'ru', 'title')).toBe('Apples');
  });
});

describe('the bare key of a source plural', () => {
  it('is no extra key: i18next reads it for every count the locale has no form for', () => {
    const bundles = { en: { item_one: '{{count}} item', item_other: '{{count}} items' }, de: { item: '{{count}} Ding(e)' } };
    expect(findings(bundles)).toEqual([]);
    expect([t(bundles, 'de', 'item', 1), t(bundles, 'de', 'item', 5)]).toEqual(['1 Ding(e)', '5 Ding(e)']);
  });
});
