import { isUtf8 } from 'node:buffer';

/** The text of a bundle file, or why it has none. */
export type DecodedText = { ok: true; text: string } | { ok: false; offset: number; message: string };

/** The first byte of `text`'s bytes that is not UTF-8: its offset in the bytes, and the length of the text before it. */
function firstInvalid(bytes: Buffer, text: string): { byte: number; offset: number } {
  for (let at = text.indexOf('\uFFFD'); at >= 0; at = text.indexOf('\uFFFD', at + 1)) {
    const byte = Buffer.byteLength(text.slice(0, at));
    // A U+FFFD the file holds is written EF BF BD; any other stands where decoding failed.
    if (bytes[byte] !== 0xef || bytes[byte + 1] !== 0xbf || bytes[byte + 2] !== 0xbd) return { byte, offset: at };
  }
  return { byte: bytes.length, offset: text.length };
}

/**
 * Decodes a bundle as UTF-8 and drops a byte-order mark (editors do not count it in columns).
 * Invalid UTF-8 is refused rather than silently turned into U+FFFD, which would corrupt a translation.
 * The decoder puts a U+FFFD wherever a byte sequence is not UTF-8, so a text without one came
 * from valid bytes: only a text that holds one (written in the file, or a decoding failure)
 * pays for the exact check of the bytes.
 */
export function decodeBundle(bytes: Buffer): DecodedText {
  const text = bytes.toString('utf8');
  if (text.includes('\uFFFD') && !isUtf8(bytes)) {
    const { byte, offset } = firstInvalid(bytes, text);
    return { ok: false, offset, message: `invalid UTF-8 at byte ${byte}: bundles must be saved as UTF-8` };
  }
  return { ok: true, text: withoutMark(text) };
}

const withoutMark = (text: string): string => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);

/** The text of bytes known to be valid UTF-8, without a byte-order mark (see decodeBundle). */
export function textOf(bytes: Buffer): string {
  return withoutMark(bytes.toString('utf8'));
}
