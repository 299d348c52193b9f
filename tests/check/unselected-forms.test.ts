import i18next from 'i18next';
import { expect, it } from 'vitest';
import { diagnosticsOf } from '../support/check-lines.js';
import { tempProject } from '../support/temp-project.js';

it('a plural form the source writes but the target locale never selects (Japanese _one) is a never-used warning, as i18next never shows it', () => {
  const english = { item_one: '{{count}} item', item_other: '{{count}} items' };
  const japanese = { item_one: '{{count}} 個 (one)', item_other: '{{count}} 個' };
  const root = tempProject({
    'locales/en/ui.json': JSON.stringify(english, null, 2),
    'locales/ja/ui.json': JSON.stringify(japanese, null, 2),
  });
  const found = diagnosticsOf(root).filter((d) => d.file === 'locales/ja/ui.json');
  expect(found.map((d) => `${d.line}:${d.column} ${d.ruleId} ${d.severity}`)).toEqual(['2:3 plural-forms warning']);
  const i18n = i18next.createInstance();
  void i18n.init({ initAsync: false, lng: 'ja', resources: { en: { ui: english }, ja: { ui: japanese } }, ns: ['ui'], defaultNS: 'ui' });
  const shown = [0, 1, 2, 5, 21, 100].map((count) => i18n.t('item', { count }));
  expect(shown.some((text) => text.includes('(one)'))).toBe(false);
});
