import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { groupedCount } from '../../src/report/grouped-count.js';

describe('groupedCount', () => {
  it('writes every safe integer as toLocaleString("en") does', () => {
    fc.assert(
      fc.property(fc.oneof(fc.integer(), fc.maxSafeInteger(), fc.integer({ min: -10_000, max: 10_000 })), (n) => {
        expect(groupedCount(n)).toBe(n.toLocaleString('en'));
      }),
      { numRuns: 5000 },
    );
  });

  it('writes the edges of each group, minus zero and other numbers as toLocaleString("en") does', () => {
    const edges = [0, -0, 1, 999, 1000, 999_999, 1_000_000, -1000, Number.MAX_SAFE_INTEGER, 2 ** 60, 1.5, 1234.5678, NaN, Infinity];
    for (const n of edges) expect(groupedCount(n)).toBe(n.toLocaleString('en'));
  });
});
