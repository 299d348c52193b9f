import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareInEnglish } from '../../src/report/english-order.js';

/** Strings near locale tags: letters of both cases, digits, hyphens, and a few that need the collator. */
const tagLike = fc.string({ unit: fc.constantFrom(...'aAbBeEhHnNsStTzZ09-_é. \u212A'.split('')), maxLength: 8 });

describe('compareInEnglish', () => {
  it('orders as localeCompare with the en locale (the oracle is ICU itself)', () => {
    fc.assert(
      fc.property(tagLike, tagLike, (a, b) => {
        expect(compareInEnglish(a, b)).toBe(Math.sign(a.localeCompare(b, 'en')));
      }),
      { numRuns: 5000 },
    );
  });

  it('orders real locale tags as ICU does, case and hyphens included', () => {
    const tags = ['zh-Hant', 'zh-hans', 'es-AR', 'es', 'es-mx', 'es-MX', 'en', 'en-GB', 'pt-BR', 'pt', 'sr-Latn', 'de-1996', 'x'];
    const ours = [...tags].sort(compareInEnglish);
    expect(ours).toEqual([...tags].sort((a, b) => a.localeCompare(b, 'en')));
    expect(ours.indexOf('zh-hans')).toBeLessThan(ours.indexOf('zh-Hant'));
  });
});
