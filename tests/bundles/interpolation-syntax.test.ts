import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatsOf, formatUnits } from '../../src/bundles/interpolation-formats.js';
import { DEFAULT_SYNTAX, rewriteVariables, type InterpolationSyntax } from '../../src/bundles/interpolation-syntax.js';
import { keyTemplate } from '../../src/check/key-template.js';
import { interpolationsOf, nestingOf, sameSpans, spansOf } from '../../src/bundles/message-parts.js';

const SYNTAXES: InterpolationSyntax[] = [
  { ...DEFAULT_SYNTAX, prefix: '{', suffix: '}' },
  { ...DEFAULT_SYNTAX, prefix: '%{', suffix: '}', unescapePrefix: '!', formatSeparator: ';' },
  { ...DEFAULT_SYNTAX, prefix: '[[', suffix: ']]', unescapePrefix: '- ', formatSeparator: '|' },
];

/** A message as parts: plain words (no character any syntax uses) and variables with optional formats. */
const word = fc.stringMatching(/^[a-zA-Z ¿?.!]{0,6}$/);
const variable = fc.record({
  name: fc.stringMatching(/^[a-z][a-zA-Z0-9_]{0,5}$/),
  unescaped: fc.boolean(),
  formats: fc.array(fc.constantFrom('number', 'currency(USD)', 'datetime', 'relativetime(quarter)', 'uppercase'), { maxLength: 2 }),
});
const message = fc.array(fc.oneof(word, variable), { maxLength: 6 });

/** The message written in a syntax. */
function written(parts: (string | { name: string; unescaped: boolean; formats: string[] })[], syntax: InterpolationSyntax): string {
  return parts
    .map((part) =>
      typeof part === 'string'
        ? part
        : `${syntax.prefix}${part.unescaped ? syntax.unescapePrefix : ''}${[part.name, ...part.formats].join(`${syntax.formatSeparator} `)}${syntax.suffix}`,
    )
    .join('');
}

describe('a message in another interpolation syntax', () => {
  for (const syntax of SYNTAXES)
    it(`reads the same variables, formats and units in ${syntax.prefix}name${syntax.suffix} as in {{name}}`, () => {
      fc.assert(
        fc.property(message, message, (parts, others) => {
          const [ours, theirs] = [written(parts, syntax), written(others, syntax)];
          const [plain, plainOther] = [written(parts, DEFAULT_SYNTAX), written(others, DEFAULT_SYNTAX)];
          const read = (value: string, as: InterpolationSyntax): unknown[] =>
            spansOf(value, as).map(({ format, ...span }) => ({ ...span, formats: format?.split(as.formatSeparator) }));
          expect(read(ours, syntax)).toEqual(read(plain, DEFAULT_SYNTAX));
          expect(interpolationsOf(ours, syntax)).toEqual(interpolationsOf(plain));
          expect(formatsOf(ours, syntax)).toEqual(formatsOf(plain));
          expect(formatUnits(ours, syntax)).toEqual(formatUnits(plain));
          expect(sameSpans(ours, theirs, syntax)).toBe(sameSpans(plain, plainOther));
          expect(keyTemplate(ours, syntax)).toEqual(keyTemplate(plain));
          expect(rewriteVariables(plain, DEFAULT_SYNTAX, syntax)).toBe(ours);
          expect(rewriteVariables(ours, syntax, DEFAULT_SYNTAX)).toBe(plain);
        }),
        { numRuns: 300 },
      );
    });

  it('takes a $t() key holding the prefix as built at run time, reads variables in its options, and keeps bracketed text', () => {
    const single = SYNTAXES[0] as InterpolationSyntax;
    const percent = SYNTAXES[1] as InterpolationSyntax;
    expect(
      nestingOf('$t(item_{kind}) $t(b, {"count": {n}})', single).map((ref) => [ref.key, ref.dynamic, ref.hasCount, ref.unreadOptions]),
    ).toEqual([
      ['item_{kind}', true, false, undefined],
      // The options' own brace opens the span `{"count": {n}`, which i18next leaves as written: they do not parse.
      ['b,{"count": {n}}', false, false, '{"count": {n}}'],
    ]);
    expect(nestingOf('$t(b, {"count": %{n}})', percent).map((ref) => [ref.key, ref.hasCount, ref.count])).toEqual([['b', true, 1]]);
    // A span holding the syntax's own bracket is no variable, as `{{a}b}}` is none.
    expect(keyTemplate('x_[[a]b]]_y', SYNTAXES[2] as InterpolationSyntax).parts).toEqual(['x_[[a]b]]_y']);
    expect(keyTemplate('x_{{a}b}}_y').parts).toEqual(['x_{{a}b}}_y']);
    expect(nestingOf('$t(b, {"count": 3})', single).map((ref) => [ref.key, ref.count, ref.unreadOptions])).toEqual([['b', 3, undefined]]);
  });
});
