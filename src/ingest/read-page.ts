import { readFileSync, statSync } from 'node:fs';
import htmlEncodingSniffer from 'html-encoding-sniffer';
import { decodeBundle } from '../bundles/decode-bundle.js';
import { decodeCharset } from '../bundles/decode-charset.js';
import { LineIndex } from '../text/line-index.js';
import { pageKind, type PageSource } from './analyse-page.js';
import { IngestProblem } from './segment.js';

/**
 * The text of a page: UTF-8, or, for an HTML page that is not, the charset its `<meta>` declares
 * (older Spanish-language sites serve ISO-8859-1). Bytes that fit neither (Latin-1 text in a page
 * that declares euc-kr) are refused at their line and column: turned into U+FFFD they would
 * corrupt the article without a word.
 */
function decodePage(bytes: Buffer, display: string): string {
  const utf8 = decodeBundle(bytes);
  if (utf8.ok) return utf8.text;
  if (pageKind(display, bytes.toString('latin1')) === 'html') {
    const declared = htmlEncodingSniffer(bytes, { defaultEncoding: 'UTF-8' });
    if (declared !== 'UTF-8') {
      const decoded = decodeCharset(bytes, declared);
      if (decoded.ok) return decoded.text;
      throw new IngestProblem(
        decoded.line === undefined ? decoded.message : `at line ${decoded.line}, column ${decoded.column}: ${decoded.message}`,
      );
    }
  }
  const at = new LineIndex(bytes.toString('utf8')).position(utf8.offset);
  throw new IngestProblem(
    `is not UTF-8 text: invalid byte at line ${at.line}, column ${at.column} (save the page as UTF-8, or declare its charset in a <meta>)`,
  );
}

/** Pages larger than this are refused: a scraped article page is a few hundred kilobytes at most. */
export const MAX_PAGE_BYTES = 2 * 1024 * 1024;

/**
 * Reads a page for ingest, refusing what cannot be a scraped page with a message that says why:
 * a missing file, a folder, an empty file, a binary file, a page over 2 MB, text that is not UTF-8
 * (nor, for HTML, in the charset it declares).
 */
export function readPage(absolute: string, display: string): PageSource {
  let size: number;
  try {
    const stats = statSync(absolute);
    if (!stats.isFile()) throw new IngestProblem('is not a file');
    size = stats.size;
  } catch (error) {
    if (error instanceof IngestProblem) throw error;
    throw new IngestProblem('cannot be read: no such file');
  }
  if (size > MAX_PAGE_BYTES)
    throw new IngestProblem(`is ${(size / 1024 / 1024).toFixed(1)} MB, over the ${MAX_PAGE_BYTES / 1024 / 1024} MB limit for one page`);
  const bytes = readFileSync(absolute);
  if (bytes.includes(0)) throw new IngestProblem('is binary (it contains NUL bytes), not a text dump or an HTML page');
  const raw = decodePage(bytes, display);
  if (raw.trim().length === 0) throw new IngestProblem('is empty');
  return { path: display, raw, kind: pageKind(display, raw) };
}
