import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { markdownTable, markdownText } from './markdown-table.js';
import { TALLY_ALIGN, TALLY_HEADER, tallyCells } from './report-tally.js';
import { capReason, counted, leftOutText, totalsText, type ReportView } from './report-view.js';
import { groupedCount } from './grouped-count.js';

/**
 * What a step summary may hold: GitHub refuses a `$GITHUB_STEP_SUMMARY` over 1 MiB
 * (https://docs.github.com/en/actions/using-workflows/workflow-commands-for-github-actions#adding-a-job-summary);
 * the report stays under it with room to spare. The table takes at most half.
 */
export const MARKDOWN_BYTES = 1_000_000;

const bytes = (text: string): number => Buffer.byteLength(text);

/** One finding as a list item: severity, `file:line`, rule, message. */
const item = (d: Diagnostic): string =>
  `- **${d.severity}** ${markdownText(`${d.file}:${d.line}`)} ${d.ruleId}: ${markdownText(d.message)}\n`;

/**
 * The report for `$GITHUB_STEP_SUMMARY` and pull request comments: the totals, the table per
 * locale x rule (suppressed apart), then the most important findings with `file:line`, as many
 * as fit under MARKDOWN_BYTES (and `--max-diagnostics`), then what was left out.
 */
export function* formatMarkdown(view: ReportView): Generator<string> {
  const { tally, summary } = view;
  const found = tally.errors + tally.warnings + tally.infos;
  const mark = tally.errors > 0 ? '✖' : tally.warnings > 0 ? '⚠' : '✔';
  const apart = [
    tally.suppressed > 0 ? `${groupedCount(tally.suppressed)} suppressed` : '',
    tally.outOfScope > 0 ? `${groupedCount(tally.outOfScope)} out of the --rule/--severity scope` : '',
  ].filter(Boolean);
  const head = `## l10n check\n\n${mark} **${totalsText(tally)}** in ${counted(summary.files, 'file')}, ${counted(summary.locales, 'locale')}, ${counted(summary.keys, 'source key')}${apart.length > 0 ? `; ${apart.join(', ')}` : ''}\n\n`;
  yield head;
  let used = bytes(head);
  if (tally.rows.length > 0) {
    const table = markdownTable(TALLY_HEADER, tally.rows.map(tallyCells), TALLY_ALIGN);
    if (bytes(table) <= MARKDOWN_BYTES / 2) {
      yield `${table}\n`;
      used += bytes(table) + 1;
    } else {
      // A table too long for the summary (thousands of locales): as many rows as fit, and how many did not.
      let rows = 0;
      const lines = table.split('\n');
      let kept = '';
      for (const line of lines) {
        if (bytes(kept) + bytes(line) + 1 > MARKDOWN_BYTES / 2) break;
        kept += `${line}\n`;
        rows++;
      }
      const rest = `\n_${groupedCount(tally.rows.length - (rows - 2))} more rows of this table left out to stay under GitHub's 1 MiB step summary limit._\n\n`;
      yield kept + rest;
      used += bytes(kept + rest);
    }
  }
  if (found === 0) return;
  const title = '### Most important findings\n\n';
  yield title;
  used += bytes(title);
  // Room for the closing note, whatever the numbers in it.
  const room = MARKDOWN_BYTES - 1024;
  let shown = 0;
  for (; shown < view.listed; shown++) {
    const line = item(view.diagnostics[view.order[shown] as number] as Diagnostic);
    if (used + bytes(line) > room) break;
    used += bytes(line);
    yield line;
  }
  const note = leftOutText(view, shown, capReason(view, shown, "to stay under GitHub's 1 MiB step summary limit"));
  if (note) yield `\n_${note}; \`l10n check\` lists them all._\n`;
}
