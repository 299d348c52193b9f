import { pluralFamily } from '../bundles/plural-rules.js';

// gettext plural expressions in common use, each with the same rule in JavaScript. None is
// trusted: each is checked against the locale's Intl.PluralRules before it is written.
const m6 = (n: number): boolean => n !== 0 && n % 1_000_000 === 0;
const few = (n: number): boolean => n % 10 >= 2 && n % 10 <= 4 && (n % 100 < 12 || n % 100 > 14);
const CANDIDATES: readonly [string, (n: number) => number][] = [
  ['0', () => 0],
  ['(n != 1)', (n) => (n !== 1 ? 1 : 0)],
  ['(n > 1)', (n) => (n > 1 ? 1 : 0)],
  ['(n == 1 ? 0 : n != 0 && n % 1000000 == 0 ? 1 : 2)', (n) => (n === 1 ? 0 : m6(n) ? 1 : 2)],
  ['(n == 0 || n == 1 ? 0 : n != 0 && n % 1000000 == 0 ? 1 : 2)', (n) => (n === 0 || n === 1 ? 0 : m6(n) ? 1 : 2)],
  ['(n == 1 ? 0 : n >= 2 && n <= 4 ? 1 : 2)', (n) => (n === 1 ? 0 : n >= 2 && n <= 4 ? 1 : 2)],
  [
    '(n % 10 == 1 && n % 100 != 11 ? 0 : n % 10 >= 2 && n % 10 <= 4 && (n % 100 < 12 || n % 100 > 14) ? 1 : 2)',
    (n) => (n % 10 === 1 && n % 100 !== 11 ? 0 : few(n) ? 1 : 2),
  ],
  ['(n == 1 ? 0 : n % 10 >= 2 && n % 10 <= 4 && (n % 100 < 12 || n % 100 > 14) ? 1 : 2)', (n) => (n === 1 ? 0 : few(n) ? 1 : 2)],
  ['(n == 1 ? 0 : n == 2 ? 1 : 2)', (n) => (n === 1 ? 0 : n === 2 ? 1 : 2)],
  [
    '(n == 0 ? 0 : n == 1 ? 1 : n == 2 ? 2 : n % 100 >= 3 && n % 100 <= 10 ? 3 : n % 100 >= 11 ? 4 : 5)',
    (n) => (n === 0 ? 0 : n === 1 ? 1 : n === 2 ? 2 : n % 100 >= 3 && n % 100 <= 10 ? 3 : n % 100 >= 11 ? 4 : 5),
  ],
];

const COUNTS = [...Array.from({ length: 250 }, (_, i) => i), 1000, 1_000_000, 2_000_000, 10_000_000];

/**
 * The PO `Plural-Forms` header of a locale: msgstr[i] is its i-th CLDR category (in i18next's
 * order). The expression is the first known one that agrees with Intl.PluralRules on every test
 * count; when none does, `plural=0` and the categories listed in X-Plural-Categories, so no
 * tool is told a wrong rule.
 */
export function pluralFormsHeader(locale: string): { 'Plural-Forms': string; 'X-Plural-Categories': string } {
  const family = pluralFamily(locale);
  const expected = COUNTS.map((n) => family.categories.indexOf(family.select(n)));
  const found = CANDIDATES.find(([, rule]) => COUNTS.every((n, i) => rule(n) === expected[i]));
  return {
    'Plural-Forms': `nplurals=${family.categories.length}; plural=${found?.[0] ?? '0'};`,
    'X-Plural-Categories': family.categories.join(', '),
  };
}
