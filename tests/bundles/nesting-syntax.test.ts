import fc from 'fast-check';
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { nestingSpans, splitNesting } from '../../src/bundles/nesting-syntax.js';

/** i18next 26's own nesting pattern, as its interpolator builds it with the default `$t(` and `)`. */
function i18nextPattern(): RegExp {
  const instance = i18next.createInstance();
  void instance.init({ lng: 'en', initAsync: false, resources: {} });
  const services = instance.services as unknown as { interpolator: { nestingRegexp: RegExp } };
  return services.interpolator.nestingRegexp;
}

/** The spans i18next's nest() loop finds: exec after exec of the global pattern. */
function spansByPattern(pattern: RegExp, value: string): number[] {
  const search = new RegExp(pattern);
  const spans: number[] = [];
  for (let match = search.exec(value); match; match = search.exec(value)) spans.push(match.index, match.index + match[0].length);
  return spans;
}

// Pieces that make the pattern's cases: quotes closed or not, one or two levels of parentheses,
// options with spaces or a line break before their `{`, and `$t(` inside quotes.
const piece = fc.constantFrom(
  '$t(',
  '$t',
  '(',
  ')',
  '"',
  "'",
  ',',
  ', {',
  ',{',
  ',\n{',
  '{',
  '}',
  ' ',
  'a',
  'b.c',
  ':',
  '\n',
  '"count": 2',
);
const message = fc.array(piece, { maxLength: 24 }).map((pieces) => pieces.join(''));

describe('nestingSpans', () => {
  const pattern = i18nextPattern();

  it('finds the nestings i18next 26 finds, where it finds them', () => {
    fc.assert(
      fc.property(message, (value) => {
        expect(nestingSpans(value)).toEqual(spansByPattern(pattern, value));
      }),
      { numRuns: 3000 },
    );
  });

  it('reads quoted parentheses and one level of parentheses, and nothing from an unclosed quote or a second level', () => {
    expect(nestingSpans('a $t(k, {"context": "a(b)"}) b')).toEqual([2, 28]);
    expect(nestingSpans('$t(f(x))')).toEqual([0, 8]);
    expect(nestingSpans('$t(f(g(x))) $t(b)')).toEqual([12, 17]);
    expect(nestingSpans('$t("b) $t(c)')).toEqual([7, 12]);
    expect(nestingSpans('$t(b')).toEqual([]);
  });
});

describe('splitNesting', () => {
  it("splits a key from its options as i18next's split(/,[ ]*{/) does", () => {
    fc.assert(
      fc.property(message, (inside) => {
        const { key, options } = splitNesting(inside);
        // The part i18next splits: up to the last `}` after a `{`, else before the first comma, trimmed.
        const close = inside.lastIndexOf('}');
        const end = close > 0 && inside.lastIndexOf('{', close) >= 0 ? close + 1 : inside.indexOf(',');
        const text = (end === -1 ? inside : inside.slice(0, end)).trim();
        if (!text.includes(',')) expect({ key, options }).toEqual({ key: text, options: '' });
        else {
          const parts = text.split(/,[ ]*\{/);
          expect({ key, options }).toEqual({ key: parts[0], options: `{${parts[1]}` });
        }
      }),
      { numRuns: 3000 },
    );
  });
});
