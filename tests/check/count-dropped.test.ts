import { expect, it } from 'vitest';
import { diagnosticsOf, line } from '../support/check-lines.js';
import { tempProject } from '../support/temp-project.js';
import { uiI18next } from '../support/ui-i18next.js';

// A plural form without {{count}} is fine where one count alone shows it: the words say the number.

it('warns of a form without {{count}} only where several counts show it', () => {
  const english = { item_one: '{{count}} item', item_other: '{{count}} items' };
  const arabic = {
    item_zero: 'لا عناصر',
    item_one: 'عنصر واحد',
    item_two: 'عنصران',
    item_few: '{{count}} عناصر',
    item_many: '{{count}} عنصرًا',
    item_other: '{{count}} عنصر',
  };
  const german = { item_zero: 'Keine Elemente', item_one: 'Ein Element', item_other: '{{count}} Elemente' };
  // Danish "one" also takes 0.5 and 1.5, but items are counted whole: 1 alone shows it.
  const danish = { item_one: 'Én vare', item_other: '{{count}} varer' };
  const russian = {
    item_one: 'Один элемент',
    item_few: '{{count}} элемента',
    item_many: '{{count}} элементов',
    item_other: '{{count}} элемента',
  };
  const root = tempProject({
    'locales/en/ui.json': JSON.stringify(english, null, 2),
    'locales/ar/ui.json': JSON.stringify(arabic, null, 2),
    'locales/de/ui.json': JSON.stringify(german, null, 2),
    'locales/ru/ui.json': JSON.stringify(russian, null, 2),
    'locales/da/ui.json': JSON.stringify(danish, null, 2),
  });
  expect(diagnosticsOf(root).map((d) => `${line(d)} ${d.severity} ${d.message}`)).toEqual([
    'locales/ru/ui.json:2:3 interpolation-mismatch warning plural form does not show {{count}}, though ru uses this form for counts 1, 21, 31: check its words say which',
  ]);
  const t = (lng: string, count: number): string =>
    uiI18next(lng, { en: english, ar: arabic, de: german, ru: russian, da: danish }).t('item', { count });
  expect([t('ar', 0), t('ar', 1), t('ar', 2), t('de', 0), t('de', 1), t('ru', 21), t('da', 1), t('da', 2)]).toEqual([
    'لا عناصر',
    'عنصر واحد',
    'عنصران',
    'Keine Elemente',
    'Ein Element',
    'Один элемент',
    'Én vare',
    '2 varer',
  ]);
});
