import iconv from 'iconv-lite';
import { LineIndex } from '../text/line-index.js';

/** Text decoded by a declared charset, or where and why it cannot be. */
export type CharsetText = { ok: true; text: string } | { ok: false; message: string; line?: number; column?: number };

const decodes = (bytes: Uint8Array, label: string, stream: boolean): boolean => {
  try {
    new TextDecoder(label, { fatal: true }).decode(bytes, { stream });
    return true;
  } catch {
    return false;
  }
};

/**
 * windows-1252, which the WHATWG standard also reads for ISO-8859-1 and US-ASCII labels, by
 * iconv-lite: Node 20's TextDecoder reads it as Latin-1, so `€` (0x80) and curly quotes
 * (0x93, 0x94) would become C1 control characters. Each byte is one character: a byte the
 * charset leaves undefined is refused at its place.
 */
function windows1252(bytes: Uint8Array, why: string): CharsetText {
  const text = iconv.decode(Buffer.from(bytes), 'windows-1252');
  const bad = text.indexOf('\uFFFD');
  if (bad < 0) return { ok: true, text };
  const at = new LineIndex(text).position(bad);
  return {
    ok: false,
    line: at.line,
    column: at.column,
    message: `byte 0x${(bytes[bad] ?? 0).toString(16).toUpperCase()} is not windows-1252 text (${why}): save the file in that charset, or declare the one it is in`,
  };
}

/**
 * Decodes bytes by the charset a file declares (any label the WHATWG Encoding Standard knows:
 * `ISO-8859-1`, `windows-1252`, `euc-kr`, `Shift_JIS`...), strictly: a byte sequence the charset
 * has no character for is refused at its line and column, never turned into U+FFFD, and so is
 * a charset Node cannot decode. `why` says where the charset comes from, for the message.
 */
export function decodeCharset(bytes: Uint8Array, label: string, why = 'the charset the file declares'): CharsetText {
  let decoder: InstanceType<typeof TextDecoder>;
  try {
    decoder = new TextDecoder(label, { fatal: true });
  } catch {
    return { ok: false, message: `declares charset "${label}", which l10n cannot decode: save it as UTF-8` };
  }
  if (decoder.encoding === 'windows-1252') return windows1252(bytes, why);
  try {
    return { ok: true, text: decoder.decode(bytes).replace(/^\uFEFF/, '') };
  } catch {
    // The longest prefix that decodes (a sequence cut at its end may still complete) ends at the bad byte.
    let low = 0;
    let high = bytes.length;
    while (low < high) {
      const mid = (low + high + 1) >>> 1;
      if (decodes(bytes.subarray(0, mid), label, true)) low = mid;
      else high = mid - 1;
    }
    // A sequence the stream still waited on starts the bad one: step back to where whole characters end.
    let start = low;
    while (start > Math.max(0, low - 4) && !decodes(bytes.subarray(0, start), label, false)) start--;
    const before = new TextDecoder(label).decode(bytes.subarray(0, start));
    const at = new LineIndex(before).position(before.length);
    const byte = bytes[start] ?? 0;
    return {
      ok: false,
      line: at.line,
      column: at.column,
      message: `byte 0x${byte.toString(16).toUpperCase().padStart(2, '0')} is not ${decoder.encoding} text (${why}): save the file in that charset, or declare the one it is in`,
    };
  }
}
