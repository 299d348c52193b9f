import fc from 'fast-check';
import { isUtf8 } from 'node:buffer';
import { describe, expect, it } from 'vitest';
import { decodeBundle } from '../../src/bundles/decode-bundle.js';

// Text that may hold a literal U+FFFD, which the file writes as EF BF BD and is no error.
const text = fc
  .array(fc.oneof(fc.constantFrom('\uFFFD', 'ó', 'ñ', '漢', '😀', '\n', '"'), fc.string({ maxLength: 3 })), { maxLength: 12 })
  .map((parts) => parts.join(''));
// A byte that cannot start or continue UTF-8 where it stands: a Latin-1 letter, a lone continuation, 0xFF.
const bad = fc.constantFrom(0xf3, 0xe1, 0xc3, 0x80, 0xbf, 0xff, 0xfe);
// Byte runs near the edges of UTF-8: surrogates (ED A0 80), overlong forms (C0 80, E0 80 80,
// F0 80 80 80), past U+10FFFF (F4 90 80 80), cut sequences, a written U+FFFD (EF BF BD), a mark.
const edgy = fc.constantFrom(
  [0xed, 0xa0, 0x80],
  [0xed, 0x9f, 0xbf],
  [0xc0, 0x80],
  [0xc1, 0xbf],
  [0xe0, 0x80, 0x80],
  [0xe0, 0xa0],
  [0xf0, 0x80, 0x80, 0x80],
  [0xf4, 0x90, 0x80, 0x80],
  [0xf4, 0x8f, 0xbf, 0xbf],
  [0xf5, 0x80, 0x80, 0x80],
  [0xef, 0xbf, 0xbd],
  [0xef, 0xbb, 0xbf],
  [0xe2, 0x82],
);
const bytes = fc
  .array(
    fc.oneof(
      text.map((value) => [...Buffer.from(value)]),
      edgy,
      fc.array(fc.integer({ min: 0, max: 255 }), { maxLength: 4 }),
    ),
    { maxLength: 10 },
  )
  .map((runs) => Buffer.from(runs.flat()));

describe('decodeBundle', () => {
  it('names the first byte that is not UTF-8 and the text before it, whatever comes after (property)', () => {
    fc.assert(
      fc.property(text, bad, text, (before, byte, after) => {
        const bytes = Buffer.concat([Buffer.from(before), Buffer.from([byte]), Buffer.from(`x${after}`)]);
        const decoded = decodeBundle(bytes);
        expect(decoded).toEqual({
          ok: false,
          offset: before.length,
          message: `invalid UTF-8 at byte ${Buffer.byteLength(before)}: bundles must be saved as UTF-8`,
        });
      }),
      { numRuns: 300 },
    );
  });

  it('decodes valid UTF-8, literal U+FFFD included, without its byte-order mark', () => {
    fc.assert(
      fc.property(text, (value) => {
        expect(decodeBundle(Buffer.from(`\uFEFF${value}`))).toEqual({ ok: true, text: value });
      }),
    );
  });

  it('refuses exactly the byte sequences that are not UTF-8, and decodes the others as Node does (property)', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          bytes,
          fc.uint8Array({ maxLength: 16 }).map((array) => Buffer.from(array)),
        ),
        (input) => {
          const decoded = decodeBundle(input);
          expect(decoded.ok).toBe(isUtf8(input));
          if (decoded.ok) expect(decoded.text).toBe(input.toString('utf8').replace(/^\uFEFF/, ''));
        },
      ),
      { numRuns: 2000 },
    );
  });
});
