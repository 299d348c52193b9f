import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { emptyValue } from '../../../src/check/rules/empty-value.js';
import { diagnosticsOf } from '../../support/check-lines.js';
import { tempProjectsPerTest } from '../../support/temp-project.js';
import { testRule } from '../../support/rule-tester.js';

testRule(emptyValue);

const tempProject = tempProjectsPerTest();

describe('an empty plural form i18next skips (returnEmptyString: false)', () => {
  it("names the fallback's own form at a count that selects it, as i18next 26 shows it (headlamp's cs _many)", () => {
    const en = { clusters_one: '{{count}} cluster', clusters_other: '{{count}} clusters' };
    const cs = { clusters_one: '{{count}} cluster', clusters_few: '{{count}} clustery', clusters_many: '', clusters_other: '' };
    const i18n = i18next.createInstance();
    void i18n.init({
      initAsync: false,
      lng: 'cs',
      fallbackLng: 'en',
      returnEmptyString: false,
      resources: { cs: { ui: cs }, en: { ui: en } },
      defaultNS: 'ui',
    });
    expect([i18n.t('clusters', { count: 1.5 }), i18n.t('clusters', { count: 5 })]).toEqual(['1.5 clusters', '5 clusters']);
    const root = tempProject({
      'locales/en/ui.json': JSON.stringify(en, null, 2),
      'locales/cs/ui.json': JSON.stringify(cs, null, 2),
    });
    const found = diagnosticsOf(root, { returnEmptyString: false })
      .filter((d) => d.ruleId === 'empty-value')
      .map((d) => `${d.line}:${d.column} ${d.severity} ${d.message}`);
    expect(found).toEqual([
      '4:3 warning "clusters_many" is empty; i18next skips it (returnEmptyString: false), so cs readers get the en text "{{count}} clusters"',
      '5:3 error "clusters_other" is empty; i18next skips it (returnEmptyString: false), so cs readers get the en text "{{count}} clusters"',
    ]);
  });
});

describe('a translation of white space alone', () => {
  it('is said to be so, and i18next shows it as written, with returnEmptyString: false too (homepage vi "\\n")', () => {
    const en = { load: 'Load', tab: 'Tab' };
    const vi = { load: '\n', tab: '  ' };
    for (const returnEmptyString of [true, false]) {
      const i18n = i18next.createInstance();
      void i18n.init({
        initAsync: false,
        lng: 'vi',
        fallbackLng: 'en',
        returnEmptyString,
        resources: { vi: { ui: vi }, en: { ui: en } },
        defaultNS: 'ui',
      });
      expect([i18n.t('load'), i18n.t('tab')]).toEqual(['\n', '  ']);
      const root = tempProject({ 'locales/en/ui.json': JSON.stringify(en, null, 2), 'locales/vi/ui.json': JSON.stringify(vi, null, 2) });
      expect(
        diagnosticsOf(root, { returnEmptyString })
          .filter((d) => d.ruleId === 'empty-value')
          .map((d) => `${d.line}:${d.column} ${d.message}`),
      ).toEqual([
        '2:3 "load" is white space only; readers see nothing where en has "Load"',
        '3:3 "tab" is white space only; readers see nothing where en has "Tab"',
      ]);
    }
  });
});
