import type { ClassifiedSegment, SegmentLang, SegmentRole } from './segment.js';
import { terminalSafe } from '../report/terminal-safe.js';

/** One segment in the report: what it said, what it was taken for and where it went. */
export interface ReportSegment {
  text: string;
  lang: SegmentLang;
  role: SegmentRole;
  confidence: number;
  /** The project file it went to; null when it went nowhere (skipped). */
  file: string | null;
  /** The bundle key, or the front matter field; null for body blocks and skipped segments. */
  key: string | null;
}

/** The report of one page (`--format json` prints it as is; version 1 of this shape). */
export interface IngestReport {
  version: 1;
  page: string;
  title: string;
  slug: string;
  segments: ReportSegment[];
}

/** Where each classified segment went: the article (body, title, author, date), the bundle, or nowhere. */
export function reportSegments(segments: readonly ClassifiedSegment[], articleFile: string, bundleFile: string, keys: ReadonlyMap<string, string>, used: { date?: string; author?: string }): ReportSegment[] {
  let dateUsed = false;
  let authorUsed = false;
  return segments.map((segment) => {
    const base = { text: segment.text, lang: segment.lang, role: segment.role, confidence: segment.confidence };
    if (segment.role === 'title') return { ...base, file: articleFile, key: 'title' };
    if (segment.role === 'ui') return { ...base, file: bundleFile, key: keys.get(segment.text) ?? null };
    if (segment.role !== 'skipped') return { ...base, file: articleFile, key: null };
    if (segment.reason === 'date' && used.date && !dateUsed) {
      dateUsed = true;
      return { ...base, file: articleFile, key: 'date' };
    }
    if (segment.reason === 'byline' && used.author && !authorUsed) {
      authorUsed = true;
      return { ...base, file: articleFile, key: 'author' };
    }
    return { ...base, file: null, key: null };
  });
}

const clip = (text: string, width: number): string => (text.length <= width ? text : `${text.slice(0, width - 1)}…`);

/** The text report: one line per segment in page order, with the reason for every decision. */
export function formatIngestText(report: IngestReport, reasons: readonly string[]): string {
  const lines = [terminalSafe(`${report.page}: "${report.title}" (slug ${report.slug})`)];
  report.segments.forEach((segment, index) => {
    const where = terminalSafe(segment.file === null ? `skipped: ${reasons[index] ?? ''}` : `${segment.file}${segment.key === null ? '' : ` ${segment.key}`}`);
    lines.push(`  ${segment.role.padEnd(9)} ${segment.lang.padEnd(3)} ${segment.confidence.toFixed(2)}  ${clip(terminalSafe(JSON.stringify(segment.text)), 60).padEnd(60)}  -> ${where}`);
  });
  return `${lines.join('\n')}\n`;
}
