import type { ArticleFacts } from './article-facts.js';
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

/** Where each classified segment went: the article (body, title, front matter fields), the bundle, or nowhere. */
export function reportSegments(
  segments: readonly ClassifiedSegment[],
  articleFile: string,
  bundleFile: string,
  keys: ReadonlyMap<string, string>,
  factSources: ReadonlyMap<number, keyof ArticleFacts>,
): ReportSegment[] {
  return segments.map((segment, index) => {
    const base = { text: segment.text, lang: segment.lang, role: segment.role, confidence: segment.confidence };
    if (segment.role === 'title') return { ...base, file: articleFile, key: 'title' };
    if (segment.role === 'ui') return { ...base, file: bundleFile, key: keys.get(segment.text) ?? null };
    if (segment.role !== 'skipped') return { ...base, file: articleFile, key: null };
    const field = factSources.get(index);
    return field === undefined ? { ...base, file: null, key: null } : { ...base, file: articleFile, key: field };
  });
}

const clip = (text: string, width: number): string => (text.length <= width ? text : `${text.slice(0, width - 1)}…`);

/** The text report: one line per segment in page order; with `explain`, every segment's reason under it. */
export function formatIngestText(report: IngestReport, reasons: readonly string[], options: { explain?: boolean } = {}): string {
  const lines = [terminalSafe(`${report.page}: "${report.title}" (slug ${report.slug})`)];
  report.segments.forEach((segment, index) => {
    const where = terminalSafe(
      segment.file === null ? `skipped: ${reasons[index] ?? ''}` : `${segment.file}${segment.key === null ? '' : ` ${segment.key}`}`,
    );
    lines.push(
      `  ${segment.role.padEnd(9)} ${segment.lang.padEnd(3)} ${segment.confidence.toFixed(2)}  ${clip(terminalSafe(JSON.stringify(segment.text)), 60).padEnd(60)}  -> ${where}`,
    );
    if (options.explain) lines.push(`${' '.repeat(21)}why: ${terminalSafe(reasons[index] ?? '')}`);
  });
  return `${lines.join('\n')}\n`;
}

/** The JSON report with each segment's reason, for `--explain --format json`. */
export const explainReport = (
  report: IngestReport,
  reasons: readonly string[],
): IngestReport & { segments: Array<ReportSegment & { reason: string }> } => ({
  ...report,
  segments: report.segments.map((segment, index) => ({ ...segment, reason: reasons[index] ?? '' })),
});
