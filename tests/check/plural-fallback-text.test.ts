import { expect, it } from 'vitest';
import { diagnosticsOf } from '../support/check-lines.js';
import { tempProject } from '../support/temp-project.js';
import { uiI18next } from '../support/ui-i18next.js';

// A missing form's message names what readers see at its counts: the fallback picks its form by
// its own language's rules, so one category of the locale can show several of the fallback's forms.

it('names each fallback text with the counts that show it', () => {
  const english = { item_one: '{{count}} item', item_other: '{{count}} items' };
  const korean = { item_one: '{{count}} 항목' };
  const root = tempProject({
    'locales/en/ui.json': JSON.stringify(english),
    'locales/ko/ui.json': JSON.stringify(korean),
  });
  const other = diagnosticsOf(root).find((d) => d.key === 'item_other');
  expect(other?.message).toBe(
    'missing plural form "item_other": ko needs other; counts 1, 2, 3 select "other", where readers see en "item_one": "{{count}} item" at 1; en "item_other": "{{count}} items" at 2, 3',
  );
  const i18n = uiI18next('ko', { en: english, ko: korean });
  expect([1, 2, 3].map((count) => i18n.t('item', { count }))).toEqual(['1 item', '2 items', '3 items']);
});
