import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { interpolationScan } from '../../src/bundles/interpolation-scan.js';

/** The same count, the slow way: from each `{{`, the distance to the first `}}` after a character, or to a line break or the end. */
function bruteForce(value: string): number {
  let total = 0;
  for (let i = 0; i + 1 < value.length; i++) {
    if (value[i] !== '{' || value[i + 1] !== '{') continue;
    let j = i + 2;
    while (j < value.length && !/[\n\r\u2028\u2029]/.test(value[j] as string) && !(j >= i + 3 && value[j] === '}' && value[j + 1] === '}'))
      j++;
    total += j - i;
  }
  return total;
}

describe('interpolationScan', () => {
  it('counts what i18next reads from each "{{"', () => {
    const text = fc
      .array(fc.constantFrom('{', '}', '{{', '}}', 'a', ' ', '\n', '\u2028'), { maxLength: 20 })
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, (value) => {
        expect(interpolationScan(value), JSON.stringify(value)).toBe(bruteForce(value));
      }),
      { numRuns: 3000 },
    );
  });

  it('is small for placeholders that close and huge for openers that do not', () => {
    expect(interpolationScan('Hi {{name}}, {{count}} new')).toBe(13);
    expect(interpolationScan('{{'.repeat(50_000))).toBeGreaterThan(1e9);
  });
});
