import type { Diagnostic, Severity } from '../diagnostics/diagnostic.js';
import type { CheckSummary } from '../check/run-check.js';
import { terminalSafe } from '../report/terminal-safe.js';

const COLORS: Record<Severity, string> = { error: '\u001b[31m', warning: '\u001b[33m', info: '\u001b[36m' };
const DIM = '\u001b[2m';
const RESET = '\u001b[0m';

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * The human report: `path:line:col  severity  message  rule-id`, a blank line between files,
 * then one summary line. Colour only when the caller says the terminal wants it.
 */
export function formatText(diagnostics: readonly Diagnostic[], summary: CheckSummary, color: boolean): string {
  const paint = (code: string, text: string): string => (color ? `${code}${text}${RESET}` : text);
  const lines: string[] = [];
  let file: string | undefined;
  for (const d of diagnostics) {
    if (file !== undefined && d.file !== file) lines.push('');
    file = d.file;
    // Files and messages carry keys and values: escaped, so one finding stays one line and sets no terminal state.
    lines.push(`${terminalSafe(d.file)}:${d.line}:${d.column}  ${paint(COLORS[d.severity], d.severity.padEnd(7))}  ${terminalSafe(d.message)}  ${paint(DIM, d.ruleId)}`);
    for (const r of d.related ?? []) lines.push(`    ${paint(DIM, `${terminalSafe(r.file)}:${r.line}:${r.column}  ${terminalSafe(r.message)}`)}`);
  }
  if (lines.length > 0) lines.push('');
  const counts = `${plural(summary.errors, 'error')}, ${plural(summary.warnings, 'warning')}, ${plural(summary.infos, 'info')}`;
  const scope = `${plural(summary.files, 'file')}, ${plural(summary.locales, 'locale')}, ${plural(summary.keys, 'source key')}`;
  const ok = summary.errors === 0 && summary.warnings === 0;
  lines.push(ok ? paint('\u001b[32m', `✔ no problems (${counts}) in ${scope}`) : paint(COLORS[summary.errors > 0 ? 'error' : 'warning'], `✖ ${counts} in ${scope}`));
  return `${lines.join('\n')}\n`;
}
