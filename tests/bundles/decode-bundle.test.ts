import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeBundle } from '../../src/bundles/decode-bundle.js';

// Text that may hold a literal U+FFFD, which the file writes as EF BF BD and is no error.
const text = fc
  .array(fc.oneof(fc.constantFrom('\uFFFD', 'ó', 'ñ', '漢', '😀', '\n', '"'), fc.string({ maxLength: 3 })), { maxLength: 12 })
  .map((parts) => parts.join(''));
// A byte that cannot start or continue UTF-8 where it stands: a Latin-1 letter, a lone continuation, 0xFF.
const bad = fc.constantFrom(0xf3, 0xe1, 0xc3, 0x80, 0xbf, 0xff, 0xfe);

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
});
