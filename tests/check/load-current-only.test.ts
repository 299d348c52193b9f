import i18next from 'i18next';
import { expect, it } from 'vitest';
import { parseConfig } from '../../src/config/parse-config.js';
import { diagnosticsOf, line } from '../support/check-lines.js';
import { tempProjectsPerTest } from '../support/temp-project.js';

const project = tempProjectsPerTest();

// An app that sets i18next's load: 'currentOnly' loads zh-TW alone: its fallbacks, never zh.
const bundles = { en: { a: 'Apple', b: 'Banana' }, zh: { a: '苹果', b: '香蕉' }, 'zh-TW': { a: '蘋果' } };

function shown(load: 'all' | 'currentOnly'): string {
  const i18n = i18next.createInstance();
  void i18n.init({
    initAsync: false,
    lng: 'zh-TW',
    fallbackLng: 'en',
    load,
    resources: Object.fromEntries(Object.entries(bundles).map(([l, b]) => [l, { ui: b }])),
    ns: ['ui'],
    defaultNS: 'ui',
  });
  return i18n.t('b');
}

it('with load "currentOnly", a regional locale falls back to no parent, as i18next then reads it', () => {
  const root = project(Object.fromEntries(Object.entries(bundles).map(([l, b]) => [`locales/${l}/ui.json`, JSON.stringify(b, null, 2)])));
  const findings = (load: 'all' | 'currentOnly'): string[] =>
    diagnosticsOf(root, { load })
      .filter((d) => d.locale === 'zh-TW')
      .map((d) => `${line(d)} ${d.severity}`);
  // zh is Simplified: the fallback is script-fallback's warning, not fallback-resolved's note.
  expect(findings('all')).toEqual(['locales/zh-TW/ui.json:1:1 script-fallback warning']);
  expect(shown('all')).toBe('香蕉');
  expect(findings('currentOnly')).toEqual(['locales/zh-TW/ui.json:1:1 missing-key error']);
  expect(shown('currentOnly')).toBe('Banana');
});

it('refuses load "languageOnly", under which i18next never reads a regional locale’s own file', () => {
  expect(() => parseConfig({ load: 'languageOnly' })).toThrow(/load: expected "all" or "currentOnly"/);
});
