import { expect, it } from 'vitest';
import { diagnosticsOf, line } from '../support/check-lines.js';
import { tempProjectsPerTest } from '../support/temp-project.js';

const project = tempProjectsPerTest();
const json = (data: Record<string, string>): string => `${JSON.stringify(data, null, 2)}\n`;

// ICU strings a reader sees right, from a review of plane and rallly rendered with i18next-icu:
// none of them may be reported by the rules that read ICU arguments and cases.
it.each([
  [
    'an exact =0 case takes 0 before "one"',
    'fr',
    '{count, plural, =0 {No member} one {# member} other {# members}}',
    '{count, plural, =0 {Aucun membre} one {1 membre} other {# membres}}',
  ],
  [
    'a count after a label agrees with no noun',
    'ru',
    '{count} {count, plural, one {page} other {pages}} added.',
    'Добавлено страниц: {count}.',
  ],
  ['Turkish nouns stay singular after a numeral', 'tr', 'It has {n} {n, plural, one {page} other {pages}}', '{n} sayfa var'],
  [
    'a plural that shows no count needs no few form',
    'cs',
    '{count, plural, one {Select value} other {Select values}}',
    '{count, plural, one {Vybrat hodnotu} other {Vybrat hodnoty}}',
  ],
  [
    'a dead case that says what "other" says',
    'ja',
    '{count, plural, one {# comment} other {# comments}}',
    '{count, plural, one {# コメント} other {# コメント}}',
  ],
  [
    'a dead case that says what "other" says at 1',
    'ja',
    '{count, plural, one {1 reviewer} other {{count} reviewers}}',
    '{count, plural, one {1人のレビューア} other {{count}人のレビューア}}',
  ],
])('%s (%s)', (_name, locale, source, translation) => {
  const root = project({ 'locales/en/ui.json': json({ m: source }), [`locales/${locale}/ui.json`]: json({ m: translation }) });
  expect(diagnosticsOf(root, { messageFormat: 'icu' }).map(line)).toEqual([]);
});

it('leaves the plurals of a locale Intl has no rules for to locale-code', () => {
  const root = project({
    'locales/en/ui.json': json({ m: '{count, plural, one {# day} other {# days}}' }),
    'locales/ua/ui.json': json({ m: '{count, plural, one {# день} few {# дні} many {# днів} other {# дня}}' }),
  });
  expect(diagnosticsOf(root, { messageFormat: 'icu' }).map(line)).toEqual(['locales/ua/ui.json:1:1 locale-code']);
});
