import type { RawSegment } from './segment.js';

/**
 * A plain-text dump has one segment per line, in page order; blank lines separate nothing
 * more than a newline does, and surrounding spaces are the scraper's, not the author's.
 */
export function segmentText(text: string): RawSegment[] {
  return text
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n/)
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line.length > 0)
    .map((line) => ({ text: line, zone: 'flat' as const, section: '', hint: 'text' as const }));
}
