import { readFileSync, statSync } from 'node:fs';
import { pageKind, type PageSource } from './analyse-page.js';
import { IngestProblem } from './segment.js';

/** Pages larger than this are refused: a scraped article page is a few hundred kilobytes at most. */
export const MAX_PAGE_BYTES = 2 * 1024 * 1024;

/**
 * Reads a page for ingest, refusing what cannot be a scraped page with a message that says why:
 * a missing file, a folder, an empty file, a binary file, a page over 2 MB, text that is not UTF-8.
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
  if (size > MAX_PAGE_BYTES) throw new IngestProblem(`is ${(size / 1024 / 1024).toFixed(1)} MB, over the ${MAX_PAGE_BYTES / 1024 / 1024} MB limit for one page`);
  const bytes = readFileSync(absolute);
  if (bytes.includes(0)) throw new IngestProblem('is binary (it contains NUL bytes), not a text dump or an HTML page');
  const raw = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  const broken = (raw.match(/\uFFFD/g) ?? []).length;
  if (broken > 0 && broken * 100 > raw.length) throw new IngestProblem('is not UTF-8 text (save the page as UTF-8)');
  if (raw.trim().length === 0) throw new IngestProblem('is empty');
  return { path: display, raw, kind: pageKind(display, raw) };
}
