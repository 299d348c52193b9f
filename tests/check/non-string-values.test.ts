import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { diagnosticsOf } from '../support/check-lines.js';
import { tempProject } from '../support/temp-project.js';

// Values that are not strings where i18next reads a string, checked against what i18next 26 shows.

const english = { item_one: '{{count}} item', item_other: '{{count}} items' };

function i18nextShows(
  resources: Record<string, Record<string, unknown>>,
  lng: string,
  fallbackLng: string[],
  key: string,
  options: Record<string, unknown> = {},
): unknown {
  const i18n = i18next.createInstance();
  void i18n.init({
    initAsync: false,
    lng,
    fallbackLng,
    returnNull: false,
    resources: Object.fromEntries(Object.entries(resources).map(([l, data]) => [l, { ui: data }])),
    ns: ['ui'],
    defaultNS: 'ui',
  });
  return i18n.t(key, options) as unknown;
}

describe('a plural form the source does not write (Russian _few)', () => {
  for (const [what, few] of [
    ['null', null],
    ['a number', 7],
    ['an object', { a: 'x' }],
  ] as const) {
    it(`is a type-mismatch error when it is ${what}, since i18next does not show a Russian string for it`, () => {
      const russian = { item_one: '{{count}} товар', item_few: few, item_many: '{{count}} товаров', item_other: '{{count}} товара' };
      const root = tempProject({
        'locales/en/ui.json': JSON.stringify(english, null, 2),
        'locales/ru/ui.json': JSON.stringify(russian, null, 2),
      });
      const found = diagnosticsOf(root).filter((d) => d.file === 'locales/ru/ui.json');
      expect(found.map((d) => `${d.line}:${d.column} ${d.ruleId} ${d.severity}`)).toEqual(['3:3 type-mismatch error']);
      expect(String(i18nextShows({ en: english, ru: russian }, 'ru', ['en'], 'item', { count: 3 }))).not.toMatch(/товар/);
    });
  }
});

describe('a null value', () => {
  it('is a warning when a locale of the same language supplies the key (es-AR reads es), and says which', () => {
    const files = {
      'locales/en/ui.json': '{\n  "a": "Hello"\n}\n',
      'locales/es/ui.json': '{\n  "a": "Hola"\n}\n',
      'locales/es-AR/ui.json': '{\n  "a": null\n}\n',
    };
    const found = diagnosticsOf(tempProject(files)).filter((d) => d.file === 'locales/es-AR/ui.json');
    expect(found.map((d) => `${d.line}:${d.column} ${d.ruleId} ${d.severity}`)).toEqual(['2:3 type-mismatch warning']);
    expect(found[0]?.message).toContain(`es's "a"`);
    expect(i18nextShows({ en: { a: 'Hello' }, es: { a: 'Hola' }, 'es-AR': { a: null } }, 'es-AR', ['es', 'en'], 'a')).toBe('Hola');
  });

  it('is an error when only another language supplies the key', () => {
    const files = { 'locales/en/ui.json': '{\n  "a": "Hello"\n}\n', 'locales/fr/ui.json': '{\n  "a": null\n}\n' };
    const found = diagnosticsOf(tempProject(files)).filter((d) => d.file === 'locales/fr/ui.json');
    expect(found.map((d) => `${d.line}:${d.column} ${d.ruleId} ${d.severity}`)).toEqual(['2:3 type-mismatch error']);
    expect(i18nextShows({ en: { a: 'Hello' }, fr: { a: null } }, 'fr', ['en'], 'a')).toBe('Hello');
  });
});

describe('a number or boolean where the source writes the same text as a string', () => {
  it('is no finding for a number, which i18next returns as written and a page prints alike; a warning for a boolean', () => {
    const source = { n: '10', b: 'true', s: 'Items', z: 5 };
    const target = { n: 10, b: true, s: 5, z: '5' };
    const root = tempProject({
      'locales/en/ui.json': JSON.stringify(source, null, 2),
      'locales/de/ui.json': JSON.stringify(target, null, 2),
    });
    const found = diagnosticsOf(root).filter((d) => d.file === 'locales/de/ui.json');
    expect(found.map((d) => `${d.line}:${d.column} ${d.ruleId} ${d.severity}`)).toEqual([
      '3:3 type-mismatch warning',
      '4:3 type-mismatch error',
    ]);
    expect(found[0]?.message).toBe(
      '"b" is a boolean here but a string in the en source: i18next returns it as written, which React renders as nothing',
    );
    const shown = Object.keys(target).map((key) => i18nextShows({ en: source, de: target }, 'de', ['en'], key));
    expect(shown).toEqual([10, true, 5, '5']);
    expect(shown.map(String)).toEqual(['10', 'true', '5', '5']);
  });
});
