import { isUtf8 } from 'node:buffer';

/** The text of a bundle file, or why it has none. */
export type DecodedText = { ok: true; text: string } | { ok: false; offset: number; message: string };

function firstInvalidByte(bytes: Buffer): number {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let low = 0;
  let high = bytes.length;
  while (high - low > 1) {
    const mid = (low + high) >>> 1;
    try {
      decoder.decode(bytes.subarray(0, mid), { stream: true });
      low = mid;
    } catch {
      high = mid;
    }
  }
  return low;
}

/**
 * Decodes a bundle as UTF-8 and drops a byte-order mark (editors do not count it in columns).
 * Invalid UTF-8 is refused rather than silently turned into U+FFFD, which would corrupt a translation.
 */
export function decodeBundle(bytes: Buffer): DecodedText {
  if (!isUtf8(bytes)) {
    const byte = firstInvalidByte(bytes);
    const text = bytes.subarray(0, byte).toString('utf8');
    return { ok: false, offset: text.length, message: `invalid UTF-8 at byte ${byte}: bundles must be saved as UTF-8` };
  }
  return { ok: true, text: textOf(bytes) };
}

/** The text of bytes known to be valid UTF-8, without a byte-order mark (see decodeBundle). */
export function textOf(bytes: Buffer): string {
  const text = bytes.toString('utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
