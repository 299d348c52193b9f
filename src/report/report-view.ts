import type { CheckResult, CheckSummary } from '../check/run-check.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { importanceOrder } from './importance.js';
import { inScope, RULE_ORDER, type ReportScope } from './report-scope.js';
import { tallyFindings, type ReportTally } from './report-tally.js';
import { groupedCount } from './grouped-count.js';

/**
 * What a report is written from: a check result and, when a suppressions file held some findings
 * back, those apart (`suppressed`): they are counted in the summary's own column and never listed.
 */
export type ReportInput = CheckResult;

/**
 * A check result read for a report: every diagnostic (file order), the summary of the run, the
 * tally of what is in scope, and the positions of the findings in scope, the most important first.
 * The formats list `order`'s first `listed` findings.
 */
export interface ReportView {
  diagnostics: readonly Diagnostic[];
  summary: CheckSummary;
  tally: ReportTally;
  order: Uint32Array;
  /** How many of `order` the cap lets a format list. */
  listed: number;
  scope: ReportScope;
}

/** Reads a check result for a report: one pass to tally, one to order; the findings are not copied. */
export function viewReport(input: ReportInput, scope: ReportScope = {}, ruleOrder: readonly string[] = RULE_ORDER): ReportView {
  const keep = inScope(scope);
  const order = importanceOrder(input.diagnostics, keep, ruleOrder);
  return {
    diagnostics: input.diagnostics,
    summary: input.summary,
    tally: tallyFindings(input.diagnostics, input.suppressed ?? [], keep, ruleOrder),
    order,
    listed: Math.min(order.length, scope.maxDiagnostics ?? Infinity),
    scope,
  };
}

/** `n thing(s)`, the number with thousands separators. */
export const counted = (n: number, word: string): string => `${groupedCount(n)} ${word}${n === 1 ? '' : 's'}`;

/** The totals of a view as the reports say them: `3 errors, 1 warning, 0 infos`. */
export const totalsText = (tally: ReportTally): string =>
  `${counted(tally.errors, 'error')}, ${counted(tally.warnings, 'warning')}, ${counted(tally.infos, 'info')}`;

/** What a report says when it lists fewer findings than it counts, or nothing when it lists them all. */
export function leftOutText(view: ReportView, shown: number, why: string): string | undefined {
  const total = view.order.length;
  if (shown >= total) return undefined;
  return `listed ${groupedCount(shown)} of ${counted(total, 'finding')}, the most important first (errors, then warnings, then infos, each in rule order); ${groupedCount(total - shown)} left out ${why}`;
}

/** Why a format stopped listing: the `--max-diagnostics` cap, or its own limit when that came first. */
export function capReason(view: ReportView, limit: number, limitWhy: string): string {
  const cap = view.scope.maxDiagnostics;
  return cap !== undefined && cap <= limit ? `by --max-diagnostics ${cap}` : limitWhy;
}
