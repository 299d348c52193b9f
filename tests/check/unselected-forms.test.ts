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

it('is judged for nothing else: an empty, variable-less or tag-less form no count selects is never shown (Heroic ko, frigate ko)', () => {
  const english = {
    active_one: '{{count}} active',
    active_other: '{{count}} active',
    shared_one: 'Shared by {{owner}} with <b>one</b> person',
    shared_other: 'Shared by {{owner}} with <b>{{count}}</b> people',
    n_one: '1',
    n_other: '{{count}}',
  };
  const korean = {
    active_one: '',
    active_other: '{{count}}개 활성',
    shared_one: '한 명과 공유됨',
    shared_other: '{{owner}}님이 <b>{{count}}</b>명과 공유함',
    n_one: 7,
    n_other: '{{count}}',
  };
  const root = tempProject({
    'locales/en/ui.json': JSON.stringify(english, null, 2),
    'locales/ko/ui.json': JSON.stringify(korean, null, 2),
  });
  const found = diagnosticsOf(root).filter((d) => d.file === 'locales/ko/ui.json');
  expect(found.map((d) => `${d.line}:${d.column} ${d.ruleId} ${d.severity}`)).toEqual([
    '2:3 plural-forms warning',
    '4:3 plural-forms warning',
    '6:3 plural-forms warning',
  ]);
  const i18n = i18next.createInstance();
  void i18n.init({ initAsync: false, lng: 'ko', resources: { en: { ui: english }, ko: { ui: korean } }, ns: ['ui'], defaultNS: 'ui' });
  const shown = [0, 1, 2, 1.5].flatMap((count) => ['active', 'shared', 'n'].map((key) => i18n.t(key, { count, owner: 'Ann' })));
  expect(shown.some((text) => text === '' || text.includes('한 명') || text === '7')).toBe(false);
});
