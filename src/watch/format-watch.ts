import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { DiagnosticChange } from './diff-diagnostics.js';
import { diagnosticLine, diagnosticPlace } from '../report/diagnostic-line.js';
import { terminalSafe } from '../report/terminal-safe.js';

/**
 * One re-check as the watcher prints it: the saved files, the new diagnostics in full, the
 * fixed ones in one line each, and the totals for the re-checked scope with the time it took.
 */
export function formatWatch(
  files: readonly string[],
  change: DiagnosticChange,
  remaining: readonly Diagnostic[],
  milliseconds: number,
): string {
  const out = [`── ${files.map(terminalSafe).join(', ')} (re-checked in ${milliseconds.toFixed(0)} ms)`];
  for (const d of change.added) out.push(`+ ${diagnosticLine(d, { layout: 'columns' })}`);
  for (const d of change.fixed) out.push(`- fixed: ${diagnosticPlace(d)} ${d.ruleId}`);
  const errors = remaining.filter((d) => d.severity === 'error').length;
  const warnings = remaining.filter((d) => d.severity === 'warning').length;
  out.push(
    `${change.added.length} new, ${change.fixed.length} fixed; now ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'} in the re-checked files`,
  );
  return `${out.join('\n')}\n`;
}
