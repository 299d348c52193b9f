import fc from 'fast-check';
import { renderIcu as render } from '../support/render-icu.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { argumentNames, loadIcuParser, parseIcu, type IcuMessage } from '../../src/bundles/icu-message.js';
import { rawOffset } from '../../src/bundles/json-scan.js';

// What l10n reads in an ICU message is what i18next-icu reads: a message it parses, it formats
// once every argument has a value, and one value left out makes it show the message as written.

beforeAll(loadIcuParser);

/** A value each argument accepts: a number for numbers and plurals, a date for dates and times, a word for the rest. */
function valuesFor(message: IcuMessage): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const argument of message.arguments) {
    const kind = argument.kind;
    values[argument.name] =
      kind === 'plural' || kind === 'selectordinal' || kind === 'number'
        ? 3
        : kind === 'date' || kind === 'time'
          ? new Date(0)
          : (values[argument.name] ?? 'w');
  }
  return values;
}

const PIECES = [
  'a',
  ' ',
  '#',
  "'",
  "'{'",
  '{',
  '}',
  '{x}',
  '{ y }',
  '{n, number}',
  '{n, number, ::percent}',
  '{d, date, short}',
  '{d, time}',
  '{count, plural, one {# a} other {# b}}',
  '{count, plural, =0 {none} other {{x} b}}',
  '{count, plural, one {a}}',
  '{g, select, f {x} other {y {z}}}',
  '{p, selectordinal, one {#st} other {#th}}',
  '{n, numbr}',
  '<b>',
  '</b>',
];
const message = fc.array(fc.constantFrom(...PIECES), { maxLength: 6 }).map((parts) => parts.join(''));

describe('ICU messages as i18next-icu reads them', () => {
  it('read the arguments, kinds, styles and cases of a message, nested ones too', () => {
    const read = parseIcu(
      '{n, number, ::percent} of {count, plural, =0 {none} one {# by {user}} other {# by {user}}} {g, select, f {her} other {their}}',
    );
    expect(read.error).toBeUndefined();
    expect(read.arguments.map((a) => [a.name, a.kind, a.style, a.options.join('|')])).toEqual([
      ['n', 'number', '::percent', ''],
      ['count', 'plural', '', 'one|other'],
      ['user', 'simple', '', ''],
      ['user', 'simple', '', ''],
      ['g', 'select', '', 'f|other'],
    ]);
    expect(argumentNames(read)).toEqual(['n', 'count', 'user', 'g']);
    expect(read.text).toBe(' of none by  by  hertheir');
  });

  it('name the cases of a plural that show its value: its own #, or the argument at any depth', () => {
    const [count, inner] = parseIcu('{n, plural, one {1 x} few {{n} y} other {# z {m, plural, other {#}}}}').arguments.filter(
      (a) => a.kind === 'plural',
    );
    expect(count?.shown).toEqual(['few', 'other']);
    expect(inner?.shown).toEqual(['other']);
    // The # of a nested plural counts for that plural, not for the outer one.
    expect(parseIcu('{n, plural, one {x {m, plural, other {#}}} other {#}}').arguments[0]?.shown).toEqual(['other']);
  });

  it("find an elision's apostrophe that ICU reads as a quote, and leave a quote meant as one", () => {
    const elided = "Esegui l'<a>aggiornamento</a>.";
    expect(parseIcu(elided).quotes).toEqual([8]);
    expect(render(elided, {})).toBe('Esegui l<a>aggiornamento</a>.');
    const french = "Échec de l'{action} du type d'élément";
    expect(parseIcu(french).quotes).toEqual([10]);
    expect(render(french, { action: 'activer' })).toBe('Échec de l{action} du type délément');
    // Quoted syntax alone is meant: `'{'` shows a brace, `''` an apostrophe, and `'#'` in a plural a #.
    for (const meant of ["Type '{'name'}' here {x}", "It''s {x}", "{n, plural, other {n'#'}}", "l'amour {x}"])
      expect(parseIcu(meant).quotes).toEqual([]);
    expect(parseIcu("{n, plural, other {l'# x' y}}").quotes).toEqual([20]);
    expect(render("{n, plural, other {l'# x' y}}", { n: 2 })).toBe('l# x y');
  });

  it('place a parse error where reading stops', () => {
    expect(parseIcu('Hola {name').error).toEqual({ message: 'an argument is not closed with "}"', start: 5, end: 10 });
    expect(parseIcu('{n, plural, one {x}}').error?.message).toBe('a plural or select has no "other" case');
    const deep = `${'{a, select, other {'.repeat(20_000)}x${'}}'.repeat(20_000)}`;
    expect(parseIcu(deep).error).toEqual({ message: 'its cases nest too deeply to read', start: 0, end: 0 });
    expect(render(deep, { a: 'b' })).toBe(deep);
  });

  it('parse exactly what i18next-icu formats, and name every value it needs', () => {
    fc.assert(
      fc.property(message, (text) => {
        const read = parseIcu(text);
        const values = valuesFor(read);
        const shown = render(text, values);
        if (read.error) {
          expect(shown).toBe(text);
          return;
        }
        // Every value given: formatted (a message of plain text may come back as it was).
        if (text.includes('{')) expect(shown).not.toBe(text);
        // Each argument name left out in turn: i18next-icu shows the message as written.
        for (const name of argumentNames(read)) {
          const { [name]: _, ...fewer } = values;
          expect(render(text, fewer)).toBe(text);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('rawOffset', () => {
  it('finds each unit of a decoded string in its JSON token, escapes included', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 30 }), (value) => {
        const token = JSON.stringify(value);
        for (let index = 0; index <= value.length; index++) {
          const at = rawOffset(token, 0, index);
          expect(JSON.parse(`${token.slice(0, at)}"`)).toBe(value.slice(0, index));
        }
      }),
    );
  });
});
