import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { interpolationScan } from '../../src/bundles/interpolation-scan.js';
import { DEFAULT_SYNTAX, type InterpolationSyntax } from '../../src/bundles/interpolation-syntax.js';

/**
 * The same count, the slow way: from each prefix, the distance to the first suffix after a
 * character, or to a line break or the end.
 */
function bruteForce(value: string, { prefix, suffix }: InterpolationSyntax): number {
  let total = 0;
  for (let i = 0; i < value.length; i++) {
    if (!value.startsWith(prefix, i)) continue;
    let j = i + prefix.length;
    while (
      j < value.length &&
      !/[\n\r\u2028\u2029]/.test(value[j] as string) &&
      !(j >= i + prefix.length + 1 && value.startsWith(suffix, j))
    )
      j++;
    total += j - i;
  }
  return total;
}

const SYNTAXES: InterpolationSyntax[] = [
  DEFAULT_SYNTAX,
  { ...DEFAULT_SYNTAX, prefix: '{', suffix: '}' },
  { ...DEFAULT_SYNTAX, prefix: '%%', suffix: '%%' },
];

describe('interpolationScan', () => {
  for (const syntax of SYNTAXES)
    it(`counts what i18next reads from each "${syntax.prefix}" (suffix "${syntax.suffix}")`, () => {
      const text = fc
        .array(fc.constantFrom('{', '}', '{{', '}}', '%', '%%', 'a', ' ', '\n', '\u2028'), { maxLength: 20 })
        .map((parts) => parts.join(''));
      fc.assert(
        fc.property(text, (value) => {
          expect(interpolationScan(value, syntax), JSON.stringify(value)).toBe(bruteForce(value, syntax));
        }),
        { numRuns: 3000 },
      );
    });

  it('is small for placeholders that close and huge for openers that do not', () => {
    expect(interpolationScan('Hi {{name}}, {{count}} new')).toBe(13);
    expect(interpolationScan('{{'.repeat(50_000))).toBeGreaterThan(1e9);
    expect(interpolationScan('{'.repeat(50_000), { ...DEFAULT_SYNTAX, prefix: '{', suffix: '}' })).toBeGreaterThan(1e9);
  });
});
