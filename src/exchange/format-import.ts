import type { ImportReport } from './plan-import.js';
import { terminalSafe } from '../report/terminal-safe.js';
import { excerpt } from '../text/excerpt.js';

const show = (text: string): string => terminalSafe(excerpt(text));

/** What `l10n import` prints: every changed and added entry, every skipped one with its reason, and totals. */
export function formatImportReport(report: ImportReport, dryRun: boolean): string {
  const lines: string[] = [];
  for (const c of report.changed) lines.push(`changed  ${terminalSafe(c.file)}  ${terminalSafe(c.key)}: ${show(c.from)} -> ${show(c.to)}`);
  for (const a of report.added) lines.push(`added    ${terminalSafe(a.file)}  ${terminalSafe(a.key)}`);
  for (const s of report.skipped) lines.push(terminalSafe(`skipped  ${s.namespace}:${s.key}: ${s.reason}`));
  const verb = dryRun ? ' (dry run: nothing written)' : '';
  lines.push(
    `import: ${report.changed.length} changed, ${report.added.length} added, ${report.unchanged} unchanged, ${report.skipped.length} skipped${verb}`,
  );
  return `${lines.join('\n')}\n`;
}
