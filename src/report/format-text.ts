import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { CheckSummary } from '../check/run-check.js';
import { diagnosticLine, relatedLine } from './diagnostic-line.js';
import { paint } from './paint.js';

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * The human report: `path:line:col  severity  message  rule-id`, a blank line between files,
 * then one summary line, which counts the findings a suppressions file covers apart. Colour
 * only when the caller says the terminal wants it.
 */
export function formatText(diagnostics: readonly Diagnostic[], summary: CheckSummary, color: boolean, suppressed = 0): string {
  const lines: string[] = [];
  let file: string | undefined;
  for (const d of diagnostics) {
    if (file !== undefined && d.file !== file) lines.push('');
    file = d.file;
    lines.push(diagnosticLine(d, { layout: 'columns', color }));
    for (const r of d.related ?? []) lines.push(relatedLine(r, color));
  }
  if (lines.length > 0) lines.push('');
  const counts = `${plural(summary.errors, 'error')}, ${plural(summary.warnings, 'warning')}, ${plural(summary.infos, 'info')}`;
  const apart = suppressed > 0 ? `${suppressed} suppressed` : undefined;
  const scope = `${plural(summary.files, 'file')}, ${plural(summary.locales, 'locale')}, ${plural(summary.keys, 'source key')}`;
  const ok = summary.errors === 0 && summary.warnings === 0;
  lines.push(
    ok
      ? paint(color, 'ok', `✔ no problems (${counts}${apart ? `; ${apart}` : ''}) in ${scope}`)
      : paint(color, summary.errors > 0 ? 'error' : 'warning', `✖ ${counts}${apart ? ` (${apart})` : ''} in ${scope}`),
  );
  return `${lines.join('\n')}\n`;
}
