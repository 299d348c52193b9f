import { expect, it } from 'vitest';
import { renderIcu } from '../support/render-icu.js';
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
    'an exact =1 case where 1 alone is "one"',
    'de',
    '{count, plural, one {# option} other {# options}}',
    '{count, plural, =1 {1 Option} other {# Optionen}}',
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

it('takes =1 for "one" only where 1 alone selects it, as i18next-icu shows it (fr "one" is 0 and 1)', () => {
  const de = '{count, plural, =1 {1 Option} other {# Optionen}}';
  expect([0, 1, 2, 1.5].map((count) => renderIcu(de, { count }, 'de'))).toEqual(['0 Optionen', '1 Option', '2 Optionen', '1,5 Optionen']);
  const fr = '{count, plural, =1 {1 option} other {# options}}';
  // At 0 French selects "one": with no case of it, readers see the "other" text.
  expect(new Intl.PluralRules('fr').select(0)).toBe('one');
  expect(renderIcu(fr, { count: 0 }, 'fr')).toBe('0 options');
  const root = project({
    'locales/en/ui.json': json({ m: '{count, plural, one {# option} other {# options}}' }),
    'locales/fr/ui.json': json({ m: fr }),
  });
  expect(diagnosticsOf(root, { messageFormat: 'icu' }).map(line)).toEqual(['locales/fr/ui.json:2:9 plural-forms']);
});

it('reports an argument quoted as text beside its own use, as i18next-icu shows it', () => {
  const source = 'Hi {name}, welcome back {name}';
  const de = "Hallo {name}, willkommen zurück '{name}'";
  expect(renderIcu(de, { name: 'Ana' }, 'de')).toBe('Hallo Ana, willkommen zurück {name}');
  const root = project({ 'locales/en/ui.json': json({ m: source }), 'locales/de/ui.json': json({ m: de }) });
  expect(diagnosticsOf(root, { messageFormat: 'icu' }).map((d) => `${line(d)} ${d.message}`)).toEqual([
    'locales/de/ui.json:2:3 interpolation-mismatch shows {name} as written: quoted, ICU reads it as text, where the en source "m" fills it',
  ]);
  // Quoted in the source too: text on both sides, as the source means it.
  const both = project({
    'locales/en/ui.json': json({ m: "Write '{name}' for the name: {name}" }),
    'locales/de/ui.json': json({ m: "Schreib '{name}' für den Namen: {name}" }),
  });
  expect(diagnosticsOf(both, { messageFormat: 'icu' }).map(line)).toEqual([]);
});
