import { decodeCharset } from '../bundles/decode-charset.js';
import { ExchangeSyntaxError } from './exchange-syntax-error.js';

/** The charset an exchange file declares: a PO header's `charset=`, an XML declaration's `encoding`. */
function declaredCharset(head: string): string | undefined {
  if (head.trimStart().startsWith('<')) return /^\s*<\?xml[^>]*?\bencoding\s*=\s*["']([^"']+)["']/.exec(head)?.[1];
  const charset = /"Content-Type:[^"\n]*?charset=([^\s";\\]+)/i.exec(head)?.[1];
  // gettext's template placeholder: msginit replaces it; a file still carrying it is taken as UTF-8.
  return charset === 'CHARSET' ? undefined : charset;
}

/**
 * The text of an exchange file (XLIFF or PO), decoded by the charset it declares (UTF-8 when it
 * declares none; a byte-order mark wins): bytes that are not text in that charset, or a charset
 * Node cannot decode, are refused (an ExchangeSyntaxError at the line and column where it can
 * say), never turned into U+FFFD that import would write into bundles.
 */
export function decodeExchangeFile(bytes: Uint8Array): string {
  const bom = bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : undefined;
  const declared = bom ?? declaredCharset(Buffer.from(bytes.subarray(0, 4096)).toString('latin1'));
  const decoded = decodeCharset(
    bytes,
    declared ?? 'utf-8',
    declared ? (bom ? 'its byte-order mark says so' : 'the charset the file declares') : 'the file declares no charset',
  );
  if (decoded.ok) return decoded.text;
  throw new ExchangeSyntaxError(decoded.line ?? 1, decoded.column ?? 1, decoded.message);
}
