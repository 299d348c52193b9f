import type { Diagnostic, RelatedLocation } from '../diagnostics/diagnostic.js';
import { paint } from './paint.js';
import { terminalSafe } from './terminal-safe.js';

/**
 * How a line is laid out. `inline` is `file:line:col severity message [rule]`, one finding per line
 * on standard error as editors and CI read it (build, start, ingest, and the commands that pass over
 * a broken bundle). `columns` is the check report's and the watcher's: the severity padded and the
 * parts two spaces apart, so a screen of findings reads as a table.
 */
export type LineLayout = 'inline' | 'columns';

/** Options of diagnosticLine: the layout (default `inline`) and colour (default off). */
export interface LineStyle {
  layout?: LineLayout;
  color?: boolean;
}

/** `file:line:col` of a diagnostic or a related place, the file escaped for a terminal. */
export function diagnosticPlace(at: Pick<Diagnostic, 'file' | 'line' | 'column'>): string {
  return `${terminalSafe(at.file)}:${at.line}:${at.column}`;
}

/**
 * One diagnostic as one line of text: every command prints findings through this. File and message
 * carry keys and values, so they are escaped: one finding stays one line and sets no terminal state.
 */
export function diagnosticLine(d: Diagnostic, style: LineStyle = {}): string {
  const color = style.color ?? false;
  if (style.layout === 'columns') {
    return `${diagnosticPlace(d)}  ${paint(color, d.severity, d.severity.padEnd(7))}  ${terminalSafe(d.message)}  ${paint(color, 'dim', d.ruleId)}`;
  }
  return `${diagnosticPlace(d)} ${paint(color, d.severity, d.severity)} ${terminalSafe(d.message)} [${d.ruleId}]`;
}

/** A related place under its diagnostic in the `columns` layout: indented, dimmed. */
export function relatedLine(r: RelatedLocation, color = false): string {
  return `    ${paint(color, 'dim', `${diagnosticPlace(r)}  ${terminalSafe(r.message)}`)}`;
}
