import fc from 'fast-check';
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SYNTAX, type InterpolationSyntax } from '../../src/bundles/interpolation-syntax.js';
import { interpolationsOf, sameSpans, spansOf } from '../../src/bundles/message-parts.js';
import { parseConfig } from '../../src/config/parse-config.js';

// With `unescapeSuffix`, i18next 26 reads a message in two passes (`prefix(.+?)unescapeSuffix
// suffix`, then `prefix(.+?)suffix`), and the first runs on from an earlier prefix of the line:
// the variables the checker reads must be the ones i18next fills, escaped or not, in order.

const OVERLEAF = parseConfig({ interpolation: { prefix: '__', suffix: '__', unescapeSuffix: 'HTML' } }).interpolation;
const DASH = parseConfig({ interpolation: { unescapeSuffix: '-' } }).interpolation;
/** The names messages write; the app passes a value for each, as an app passes the variables its strings name. */
const NAMES = ['a', 'b', 'c', 'ab'];

/**
 * The value the app passes for the i-th of `names`: the name in angle brackets for a name of letters
 * (`<a>`), `<#i>` for any other, so that no value holds a delimiter i18next could read again.
 */
const marker = (name: string, i: number): string => (/^[a-z]+$/.test(name) ? `<${name}>` : `<#${i}>`);

/**
 * What i18next 26 renders for a message in a syntax when the app passes a value for each of `names`
 * (see marker; escaped where i18next escapes it). The values go in `replace`, so a name such as `ns`
 * or `lng` is a variable, not an option of `t`.
 */
function render(message: string, syntax: InterpolationSyntax, names: readonly string[] = NAMES): string {
  const i18n = i18next.createInstance();
  void i18n.init({
    initAsync: false,
    lng: 'en',
    resources: { en: { translation: { m: message } } },
    interpolation: { prefix: syntax.prefix, suffix: syntax.suffix, unescapeSuffix: syntax.unescapeSuffix },
  });
  return i18n.t('m', { replace: Object.fromEntries(names.map((name, i) => [name, marker(name, i)])) });
}

/** The variables i18next filled, in order, as [name, unescaped], from the markers `render` gave `names`. */
const filled = (rendered: string, names: readonly string[]): [string, boolean][] =>
  [...rendered.matchAll(/<([a-z]+|#\d+)>|&lt;([a-z]+|#\d+)&gt;/g)].map((m) => {
    const mark = (m[1] ?? m[2]) as string;
    return [mark.startsWith('#') ? (names[Number(mark.slice(1))] as string) : mark, m[1] !== undefined];
  });

/** A message of words, variables (some unescaped, some spaced) and stray delimiters, in a syntax. */
const message = (syntax: InterpolationSyntax): fc.Arbitrary<string> =>
  fc
    .array(
      fc.oneof(
        fc.stringMatching(/^[a-z .]{0,4}$/),
        fc.constantFrom(syntax.prefix, syntax.suffix, syntax.unescapeSuffix, '\n', 'x'),
        fc
          .record({ name: fc.constantFrom(...NAMES), unescaped: fc.boolean(), space: fc.constantFrom('', ' ') })
          .map(
            ({ name, unescaped, space }) => `${syntax.prefix}${space}${name}${unescaped ? syntax.unescapeSuffix : space}${syntax.suffix}`,
          ),
      ),
      { maxLength: 8 },
    )
    .map((parts) => parts.join(''));

describe('a message in a syntax with an unescape suffix', () => {
  for (const syntax of [OVERLEAF, DASH])
    it(`reads the variables i18next fills, and which unescaped, with ${syntax.prefix}name${syntax.unescapeSuffix}${syntax.suffix}`, () => {
      fc.assert(
        fc.property(message(syntax), (value) => {
          const spans = spansOf(value, syntax).map((span): [string, boolean] => [span.name, span.unescaped]);
          // The checker takes every name it reads for one the app passes (no app passes `.` or `x`,
          // but a checker cannot know), except a name holding a delimiter, which it reads only to
          // report: the app here passes the usual names and every other name read.
          const passed = (name: string): boolean => !name.includes(syntax.prefix) && !name.includes(syntax.suffix);
          const names = [...new Set([...NAMES, ...spans.map(([name]) => name).filter(passed)])];
          const read = spans.filter(([name]) => names.includes(name));
          expect(read).toEqual(filled(render(value, syntax, names), names));
        }),
        { numRuns: 1500 },
      );
    });

  it('reads an unescaped variable after another on its line as i18next does: a name no app passes, shown as written', () => {
    const value = 'Am __a__ aus __bHTML__ importiert';
    expect(render(value, OVERLEAF)).toBe('Am &lt;a&gt; aus __bHTML__ importiert');
    expect(interpolationsOf(value, OVERLEAF)).toEqual({ variables: ['a', 'bHTML'], unescaped: [] });
    const source = 'Imported from __bHTML__ at __a__';
    expect(render(source, OVERLEAF)).toBe('Imported from <b> at &lt;a&gt;');
    expect(interpolationsOf(source, OVERLEAF)).toEqual({ variables: ['b', 'a'], unescaped: ['b'] });
    // The same spans in another order are read otherwise, so they are not the same.
    expect(sameSpans(value, source, OVERLEAF)).toBe(false);
    expect(sameSpans('Öffne __cHTML__', 'Open __cHTML__', OVERLEAF)).toBe('unescaped');
  });

  it("takes the unescape suffix over the prefix, as i18next does, and keeps i18next's syntax without it", () => {
    expect(OVERLEAF).toMatchObject({ unescapePrefix: '', unescapeSuffix: 'HTML' });
    expect(parseConfig({}).interpolation).toMatchObject(DEFAULT_SYNTAX);
    // On one line, the first pass runs from the first `{{` to the `-}}`: the second reads `a-`.
    expect(render('{{- a}} {{a-}}', DASH)).toBe('{{- a}} {{a-}}');
    expect(render('{{- a}}\n{{a-}}', DASH)).toBe('{{- a}}\n<a>');
    expect(spansOf('{{- a}} {{a-}}', DASH).map((span) => [span.name, span.unescaped])).toEqual([
      ['- a', false],
      ['a-', false],
    ]);
    expect(spansOf('{{- a}}\n{{a-}}', DASH).map((span) => [span.name, span.unescaped])).toEqual([
      ['- a', false],
      ['a', true],
    ]);
  });
});
