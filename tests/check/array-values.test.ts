import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { line, diagnosticsOf } from '../support/check-lines.js';
import { tempProject } from '../support/temp-project.js';

// Arrays in bundles, judged by i18next 26: `t('nav.2')` reads the third item, and falls back to
// the source's item when the locale's list is shorter; `returnObjects` returns the locale's list.

const en = { nav: ['Home', 'World', 'Sports {{n}}'], steps: [{ title: 'Sign up' }, { title: 'Pay {{price}}' }] };

function translator(es: Record<string, unknown>) {
  const i18n = i18next.createInstance();
  void i18n.init({
    initAsync: false,
    lng: 'es',
    fallbackLng: 'en',
    resources: { en: { ui: en }, es: { ui: es } },
    ns: ['ui'],
    defaultNS: 'ui',
    interpolation: { escapeValue: false },
  });
  return i18n;
}

function check(es: Record<string, unknown>): string[] {
  const root = tempProject({
    'locales/en/ui.json': `${JSON.stringify(en, null, 2)}\n`,
    'locales/es/ui.json': `${JSON.stringify(es, null, 2)}\n`,
  });
  return diagnosticsOf(root, { sourceLocale: 'en', locales: ['en', 'es'] }).map(line);
}

describe('arrays are compared item by item', () => {
  it('passes lists that translate every item', () => {
    const es = { nav: ['Inicio', 'Mundo', 'Deportes {{n}}'], steps: [{ title: 'Registrate' }, { title: 'Pagá {{price}}' }] };
    expect(check(es)).toEqual([]);
    expect(translator(es).t('nav.2', { n: 3 })).toBe('Deportes 3');
  });

  it('reports an item a shorter list lacks at the list, which i18next fills from the source', () => {
    const es = { nav: ['Inicio', 'Mundo'], steps: [{ title: 'Registrate' }, { title: 'Pagá {{price}}' }] };
    expect(check(es)).toEqual(['locales/es/ui.json:2:10 missing-key']);
    expect(translator(es).t('nav.2', { n: 3 })).toBe('Sports 3');
  });

  it('reports an item the source list does not have as extra, at the item', () => {
    const es = { nav: ['Inicio', 'Mundo', 'Deportes {{n}}', 'Clima'], steps: [{ title: 'Registrate' }, { title: 'Pagá {{price}}' }] };
    expect(check(es)).toEqual(['locales/es/ui.json:6:5 extra-key']);
    const root = tempProject({ 'locales/en/ui.json': JSON.stringify(en), 'locales/es/ui.json': JSON.stringify(es) });
    expect(diagnosticsOf(root).find((d) => d.ruleId === 'extra-key')?.message).toBe('extra item "nav.3": the en list "nav" has 3 items');
  });

  it('checks the strings inside lists and inside their objects like any other', () => {
    const es = { nav: ['Inicio', 'Mundo', 'Deportes {{m}}'], steps: [{ title: 'Registrate' }, { title: 'Pagá {{precio}}' }] };
    expect(check(es)).toEqual(['locales/es/ui.json:5:5 interpolation-mismatch', 'locales/es/ui.json:12:7 interpolation-mismatch']);
    expect(translator(es).t('steps.1.title', { price: '$5' })).not.toContain('$5');
  });

  it('reports an item of another type at the item, and the keys readers lose under it', () => {
    const es = { nav: ['Inicio', 7, 'Deportes {{n}}'], steps: [{ title: 'Registrate' }, 'Pagá'] };
    expect(check(es)).toEqual([
      'locales/es/ui.json:4:5 type-mismatch',
      'locales/es/ui.json:11:5 missing-key',
      'locales/es/ui.json:11:5 type-mismatch',
    ]);
    expect(translator(es).t('steps.1.title', { price: '$5' })).toBe('Pay $5');
  });

  it('resolves $t() references inside lists, and into them', () => {
    const es = {
      nav: ['Inicio', '$t(nav.0) y $t(nowhere)', 'Deportes {{n}}'],
      steps: [{ title: 'Registrate' }, { title: 'Pagá {{price}}' }],
    };
    expect(check(es).filter((d) => d.endsWith('nesting'))).toEqual(['locales/es/ui.json:4:5 nesting']);
    expect(translator(es).t('nav.1')).toBe('Inicio y nowhere');
  });
});
