import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { excerpt } from '../../src/text/excerpt.js';

describe('excerpt', () => {
  it('quotes a short value whole, and marks a cut one with "…"', () => {
    expect(excerpt('Search labels')).toBe('"Search labels"');
    expect(excerpt('a'.repeat(60))).toBe(JSON.stringify('a'.repeat(60)));
    expect(excerpt('a'.repeat(61))).toBe(JSON.stringify(`${'a'.repeat(59)}…`));
  });

  it('is the start of the value, never longer than the limit, never half a surrogate pair', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 120 }), fc.integer({ min: 2, max: 80 }), (text, max) => {
        const shown = JSON.parse(excerpt(text, max)) as string;
        const cut = shown !== text;
        expect(shown.length).toBeLessThanOrEqual(Math.max(max, text.length <= max ? text.length : 0));
        expect(text.startsWith(cut ? shown.slice(0, -1) : shown)).toBe(true);
        if (cut) expect(shown.endsWith('…')).toBe(true);
        expect(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/.test(shown)).toBe(false);
      }),
    );
  });
});
