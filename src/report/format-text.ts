import type { Diagnostic, RelatedLocation } from '../diagnostics/diagnostic.js';
import { diagnosticLine, relatedLine } from './diagnostic-line.js';
import { inFileOrder } from './importance.js';
import { paint } from './paint.js';
import { TALLY_ALIGN, TALLY_HEADER, tallyCells } from './report-tally.js';
import { capReason, counted, leftOutText, totalsText, type ReportView } from './report-view.js';
import { textTable } from './text-table.js';
import { groupedCount } from './grouped-count.js';

/**
 * The lines of one finding: itself, then its related places. A related place is written once per
 * report (`related`, by location): every locale that lacks a key shares its source location.
 */
function findingLines(d: Diagnostic, color: boolean, related: WeakMap<RelatedLocation, string>): string {
  let lines = `${diagnosticLine(d, { layout: 'columns', color })}\n`;
  for (const r of d.related ?? []) {
    let line = related.get(r);
    if (line === undefined) related.set(r, (line = `${relatedLine(r, color)}\n`));
    lines += line;
  }
  return lines;
}

/**
 * The human report, line by line: `path:line:col  severity  message  rule-id`, a blank line
 * between files; then, when there are findings, the table per locale x rule (suppressed apart);
 * then one summary line. Colour only when the caller says the terminal wants it.
 */
export function* formatText(view: ReportView, color: boolean): Generator<string> {
  const { diagnostics, summary, tally } = view;
  let file: string | undefined;
  const related = new WeakMap<RelatedLocation, string>();
  for (const at of inFileOrder(view.order, view.listed)) {
    const d = diagnostics[at] as Diagnostic;
    if (file !== undefined && d.file !== file) yield '\n';
    file = d.file;
    yield findingLines(d, color, related);
  }
  const leftOut = leftOutText(view, view.listed, capReason(view, Infinity, ''));
  if (file !== undefined) yield '\n';
  if (leftOut) yield `${leftOut}\n\n`;
  if (tally.rows.length > 0) {
    for (const line of textTable(TALLY_HEADER, tally.rows.map(tallyCells), TALLY_ALIGN)) yield `${line.trimEnd()}\n`;
    yield '\n';
  }
  const counts = totalsText(tally);
  const scope = `${counted(summary.files, 'file')}, ${counted(summary.locales, 'locale')}, ${counted(summary.keys, 'source key')}`;
  const apart = [
    tally.suppressed > 0 ? `${groupedCount(tally.suppressed)} suppressed` : '',
    tally.outOfScope > 0 ? `${groupedCount(tally.outOfScope)} out of the --rule/--severity scope` : '',
  ].filter(Boolean);
  const rest = apart.length > 0 ? `; ${apart.join(', ')}` : '';
  const ok = tally.errors === 0 && tally.warnings === 0;
  yield `${
    ok
      ? paint(color, 'ok', `✔ no problems (${counts}) in ${scope}${rest}`)
      : paint(color, tally.errors > 0 ? 'error' : 'warning', `✖ ${counts} in ${scope}${rest}`)
  }\n`;
}
