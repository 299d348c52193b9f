import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../src/build/translator.js';
import { loadIcuPlugin } from '../../src/build/icu-plugin.js';
import { configSchema } from '../../src/config/schema.js';

const read = (path: string): Record<string, unknown> => JSON.parse(readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8'));
const config = configSchema.parse({});
const resources = { en: { ui: read('locales/en/ui.json') }, 'es-AR': { ui: read('locales/es-AR/ui.json') } };
const date = new Date('2025-04-22T01:30:00Z');

describe('createTranslator', () => {
  it('formats dates in the page locale in UTC and picks the plural form of the locale', () => {
    const es = createTranslator(['es-AR', 'es', 'en'], resources, 'ui', config);
    expect(es.t('article.publishedOn', { date })).toBe('Publicado el 22 de abril de 2025');
    expect(es.t('article.readingTime', { count: 1 })).toBe('1 minuto de lectura');
    expect(es.t('article.readingTime', { count: 1_000_000 })).toBe('1000000 de minutos de lectura');
    const en = createTranslator(['en'], resources, 'ui', config);
    expect(en.t('article.publishedOn', { date })).toBe('Published on April 22, 2025');
    expect(en.t('article.readingTime', { count: 3 })).toBe('3 minutes read');
    expect(es.warnings()).toEqual([]);
  });

  it('falls back along the chain and reports a key no locale has, never returning the key', () => {
    const partial = { en: { ui: { only: { en: 'English only' } } }, 'es-AR': { ui: {} } };
    const es = createTranslator(['es-AR', 'es', 'en'], partial, 'ui', config);
    expect(es.t('only.en')).toBe('English only');
    expect(es.t('nowhere.key')).toBe('');
    expect(es.warnings().map((w) => [w.file, w.locale, w.namespace, w.key, w.message])).toEqual([
      ['locales/es-AR/ui.json', 'es-AR', 'ui', 'only.en', 'es-AR: ui:only.en is missing in es-AR, es; the page shows the en text instead'],
      ['locales/es-AR/ui.json', 'es-AR', 'ui', 'nowhere.key', 'es-AR: ui:nowhere.key is missing (tried es-AR -> es -> en)'],
    ]);
  });

  it('never leaves {{ on the page: an unfilled placeholder is dropped and reported', () => {
    const odd = { en: { ui: { a: 'Hi {{name}}!', b: 'Broken {{ brace', c: 'Closing }} brace' } } };
    const en = createTranslator(['en'], odd, 'ui', config);
    expect([en.t('a'), en.t('b'), en.t('c')]).toEqual(['Hi !', 'Broken  brace', 'Closing  brace']);
    expect(en.warnings().map((w) => w.key)).toEqual(['a', 'b', 'c']);
  });

  it("fills and cleans variables in the project's own syntax", () => {
    const single = configSchema.parse({ interpolation: { prefix: '{', suffix: '}' } });
    const strings = { en: { ui: { a: 'Hi {name}, {n, number}', b: 'Hi {{name}}', c: 'Broken { brace' } } };
    const en = createTranslator(['en'], strings, 'ui', single);
    expect([en.t('a', { name: 'Ann', n: 1234.5 }), en.t('b', { name: 'Ann' }), en.t('c')]).toEqual([
      'Hi Ann, 1,234.5',
      'Hi ',
      'Broken  brace',
    ]);
    expect(en.warnings().map((w) => [w.key, w.message])).toEqual([
      ['b', 'en: ui:b has a placeholder the page does not fill in "Hi {{name}}"'],
      ['c', 'en: ui:c leaves "{" or "}" in the text'],
    ]);
  });

  it('reads ICU messages with i18next-icu, and leaves out (and reports) one it cannot read or fill', async () => {
    await loadIcuPlugin();
    const icu = configSchema.parse({ messageFormat: 'icu' });
    const strings = {
      en: { ui: { n: '{count, plural, one {# comment} other {# comments}}' } },
      pl: {
        ui: {
          n: '{count, plural, one {# komentarz} few {# komentarze} many {# komentarzy} other {# komentarza}}',
          hi: 'Cześć {name',
          by: 'Od {author}',
        },
      },
    };
    const pl = createTranslator(['pl', 'en'], strings, 'ui', icu);
    expect([pl.t('n', { count: 1 }), pl.t('n', { count: 3 }), pl.t('n', { count: 5 }), pl.t('hi', { name: 'Ana' }), pl.t('by')]).toEqual([
      '1 komentarz',
      '3 komentarze',
      '5 komentarzy',
      '',
      '',
    ]);
    expect(pl.warnings().map((w) => w.key)).toEqual(['hi', 'by']);
    expect(pl.warnings()[0]?.message).toMatch(/^pl: ui:hi cannot be read or filled as an ICU message \(.+\): left out of the page$/);
  });

  it('does not HTML-escape values: the page serializer escapes each text node once', () => {
    const en = createTranslator(['en'], resources, 'ui', config);
    expect(en.t('article.byline', { author: '<b>Ana & Co</b>' })).toBe('By <b>Ana & Co</b>');
  });
});

describe('createTranslator across languages', () => {
  it('reports a key shown through a fallback to another language, but not one found in a same-language parent', () => {
    const data = {
      en: { ui: { a: 'English A', b: 'English B', n_one: 'one', n_other: 'other' } },
      es: { ui: { b: 'B en español' } },
      'es-AR': { ui: { n_one: 'uno', n_other: 'otros' } },
    };
    const es = createTranslator(['es-AR', 'es', 'en'], data, 'ui', config);
    expect([es.t('a'), es.t('b'), es.t('n', { count: 1 }), es.t('n', { count: 1_000_000 })]).toEqual([
      'English A',
      'B en español',
      'uno',
      'other',
    ]);
    expect(es.warnings().map((w) => `${w.key}: ${w.message}`)).toEqual([
      'a: es-AR: ui:a is missing in es-AR, es; the page shows the en text instead',
      'n: es-AR: ui:n is missing in es-AR, es; the page shows the en text instead',
    ]);
  });

  it('shows a string of 50,000 unclosed "{{" without them, where i18next would rescan it from each', () => {
    const bomb = { en: { ui: { a: `Open ${'{{'.repeat(50_000)} end`, b: 'Hi {{name}}' } } };
    const en = createTranslator(['en'], bomb, 'ui', config);
    expect(en.t('a')).toBe('Open  end');
    expect(en.t('b', { name: 'Ana' })).toBe('Hi Ana');
    expect(en.warnings().map((w) => [w.key, w.message])).toEqual([['a', expect.stringContaining('holds "{{" that no "}}" closes')]]);
  });
});
