import type { Diagnostic, Severity } from '../diagnostics/diagnostic.js';
import { severityRank } from './report-scope.js';
import { capReason, counted, leftOutText, totalsText, type ReportView } from './report-view.js';
import { terminalSafe } from './terminal-safe.js';
import { groupedCount } from './grouped-count.js';

const LEVEL = { error: 'error', warning: 'warning', info: 'notice' } as const;

/**
 * Annotations GitHub shows a step: 10 errors, 10 warnings and 10 notices (and 50 a job), in the
 * order they are printed; the rest are dropped without a word
 * (https://github.com/actions/toolkit/blob/main/docs/problem-matchers.md#limitations).
 */
export const ANNOTATIONS_PER_KIND = 10;

// After the workflow-command escapes, what is left of the controls is escaped for the log's terminal.
const escapeData = (text: string): string => terminalSafe(text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A'));
const escapeProperty = (text: string): string => escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** One finding as a workflow command, shown on the pull request's diff. */
export function annotation(d: Diagnostic): string {
  const props = [
    `file=${escapeProperty(d.file)}`,
    `line=${d.line}`,
    `col=${d.column}`,
    `endLine=${d.endLine}`,
    `endColumn=${d.endColumn}`,
    `title=${escapeProperty(d.ruleId)}`,
  ];
  return `::${LEVEL[d.severity]} ${props.join(',')}::${escapeData(d.message)}\n`;
}

/** Per rule and severity, the total and the locales with the most findings: the lines after the annotations. */
function totalLines(view: ReportView): string[] {
  const groups = new Map<string, { ruleId: string; severity: Severity; total: number; locales: [string, number][] }>();
  for (const row of view.tally.rows)
    for (const [severity, n] of [
      ['error', row.errors],
      ['warning', row.warnings],
      ['info', row.infos],
    ] as const) {
      if (n === 0) continue;
      const id = `${severityRank(severity)} ${row.ruleId}`;
      const group = groups.get(id) ?? { ruleId: row.ruleId, severity, total: 0, locales: [] };
      group.total += n;
      group.locales.push([row.locale ?? '(none)', n]);
      groups.set(id, group);
    }
  return [...groups.values()].map((g) => {
    const top = g.locales.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, 5);
    const more = g.locales.length > top.length ? `, ${g.locales.length - top.length} more` : '';
    const where = top.map(([locale, n]) => `${locale} ${groupedCount(n)}`).join(', ');
    return terminalSafe(`l10n: ${g.ruleId}: ${counted(g.total, g.severity)} in ${counted(g.locales.length, 'locale')} (${where}${more})`);
  });
}

/**
 * The findings to annotate, `room` of each severity at most: by severity, then in turns of one
 * finding of each rule in rule order, so that a thousand missing keys do not take every place from
 * the one variable the page shows as written. Indices into the view's diagnostics.
 */
function annotated(view: ReportView, room: Record<Severity, number>): number[] {
  const byRule: Record<Severity, Map<string, number[]>> = { error: new Map(), warning: new Map(), info: new Map() };
  for (let i = 0; i < view.listed; i++) {
    const index = view.order[i] as number;
    const d = view.diagnostics[index] as Diagnostic;
    const rules = byRule[d.severity];
    let list = rules.get(d.ruleId);
    if (!list) rules.set(d.ruleId, (list = []));
    if (list.length < room[d.severity]) list.push(index);
  }
  const chosen: number[] = [];
  for (const severity of ['error', 'warning', 'info'] as const) {
    const lists = [...byRule[severity].values()];
    let taken = 0;
    for (let turn = 0; taken < room[severity] && lists.some((list) => turn < list.length); turn++)
      for (const list of lists) {
        const index = list[turn];
        if (index === undefined || taken >= room[severity]) continue;
        chosen.push(index);
        taken++;
      }
  }
  return chosen;
}

/**
 * GitHub Actions workflow commands: the annotations GitHub will show, the most important first
 * (errors before warnings before notices, each in turns of one finding per rule in rule order), then, as plain log lines, the
 * totals and one line per rule and severity. When more was found than is annotated, the last
 * notice says so, so the annotations never hide that there is more.
 */
export function* formatGithub(view: ReportView): Generator<string> {
  const { diagnostics, tally } = view;
  let shown = 0;
  // The order is by severity, so the listed findings are the first errors, then warnings, then infos.
  const errors = Math.min(tally.errors, view.listed);
  const warnings = Math.min(tally.warnings, view.listed - errors);
  const leftOut = view.listed < view.order.length || Math.max(errors, warnings, view.listed - errors - warnings) > ANNOTATIONS_PER_KIND;
  // One notice is kept for the note that says what was left out.
  const room = { error: ANNOTATIONS_PER_KIND, warning: ANNOTATIONS_PER_KIND, info: ANNOTATIONS_PER_KIND - (leftOut ? 1 : 0) };
  for (const index of annotated(view, room)) {
    shown++;
    yield annotation(diagnostics[index] as Diagnostic);
  }
  const why = capReason(view, shown, `because GitHub shows ${ANNOTATIONS_PER_KIND} annotations of each kind a step`);
  const note = leftOutText(view, shown, why);
  if (note) yield `::notice title=l10n::${escapeData(`${totalsText(tally)}; ${note}: see the log below or --format markdown`)}\n`;
  yield `l10n: ${totalsText(tally)}${tally.suppressed > 0 ? `, ${groupedCount(tally.suppressed)} suppressed` : ''}\n`;
  for (const line of totalLines(view)) yield `${line}\n`;
}
