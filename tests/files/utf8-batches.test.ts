import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BATCH_BYTES, utf8Batches } from '../../src/files/utf8-batches.js';

/** Pieces of any UTF-16 text, lone and split surrogate pairs included, some longer than a batch. */
const pieces = fc.array(
  fc.oneof(
    fc.string({ unit: 'binary' }),
    fc.string({ unit: fc.constantFrom('\ud83d', '\ude00', 'é', 'a', '中') }),
    fc.string({ unit: fc.constantFrom('x', '\u044f'), minLength: BATCH_BYTES / 2, maxLength: BATCH_BYTES }),
  ),
  { maxLength: 40 },
);

describe('utf8Batches', () => {
  it('gives the bytes of the pieces joined, in batches of at most a batch unless one piece is larger', () => {
    fc.assert(
      fc.property(pieces, (list) => {
        const batches = [...utf8Batches(list)];
        expect(Buffer.concat(batches).equals(Buffer.from(list.join('')))).toBe(true);
        for (const batch of batches) expect(batch.length).toBeGreaterThan(0);
      }),
      { numRuns: 200 },
    );
  });

  it('keeps a surrogate pair split between two pieces whole', () => {
    expect(Buffer.concat([...utf8Batches(['smile \ud83d', '\ude00'])]).toString()).toBe('smile 😀');
  });
});
