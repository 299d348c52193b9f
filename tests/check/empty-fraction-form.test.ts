import { expect, it } from 'vitest';
import { diagnosticsOf, line } from '../support/check-lines.js';
import { tempProjectsPerTest } from '../support/temp-project.js';
import { uiI18next } from '../support/ui-i18next.js';

const project = tempProjectsPerTest();

it('grades an empty plural form only fractional counts select as a warning, as plural-forms grades a missing one', () => {
  const english = { item_one: '{{count}} item', item_other: '{{count}} items' };
  const russian = { item_one: '{{count}} элемент', item_few: '{{count}} элемента', item_many: '{{count}} элементов', item_other: '' };
  const root = project({ 'locales/en/ui.json': JSON.stringify(english, null, 2), 'locales/ru/ui.json': JSON.stringify(russian, null, 2) });
  expect(diagnosticsOf(root).map((d) => `${line(d)} ${d.severity}`)).toEqual(['locales/ru/ui.json:5:3 empty-value warning']);
  // Only a count such as 1.5 shows it; whole counts show the other forms.
  const i18n = uiI18next('ru', { en: english, ru: russian });
  expect([1.5, 2, 5].map((count) => i18n.t('item', { count }))).toEqual(['', '2 элемента', '5 элементов']);
});
