import type { Diagnostic, Severity } from '../diagnostics/diagnostic.js';
import { UsageError } from '../diagnostics/usage-error.js';
import { bundleRules } from '../check/rules/index.js';
import { CONTENT_RULE_OPTIONS } from '../check/content-rules/content-rule-options.js';

/**
 * What a report is about and how much of it is listed. `rules` and `severity` narrow what the run
 * reports on, as `--locale` does: the list, the summary's totals and the exit status follow them
 * (what they leave out is only counted, as `outOfScope`). `maxDiagnostics` caps the list alone:
 * the most important findings are listed and everything is still counted.
 */
export interface ReportScope {
  /** Only these rules (`--rule`, repeatable); all when absent. */
  rules?: readonly string[];
  /** The least severity reported (`--severity`): `warning` leaves infos out. */
  severity?: Severity;
  /** List at most this many findings (`--max-diagnostics`), the most important first. */
  maxDiagnostics?: number;
}

/** Severities from the most to the least important: the order of every list and cap. */
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

/** 0 for errors, 1 for warnings, 2 for infos. */
export const severityRank = (severity: Severity): number => (severity === 'error' ? 0 : severity === 'warning' ? 1 : 2);

/** Every rule id `check` can report, in the order rules run: the order of "most important" after severity. */
export const RULE_ORDER: readonly string[] = [...bundleRules.map((rule) => rule.id), ...Object.keys(CONTENT_RULE_OPTIONS)];

/** Refuses a `--rule` that names no rule (a typo must not turn a CI gate green), naming the known ones. */
export function assertKnownRules(rules: readonly string[]): void {
  const unknown = rules.filter((id) => !RULE_ORDER.includes(id));
  if (unknown.length > 0) throw new UsageError(`--rule: unknown rule ${unknown.join(', ')} (known: ${RULE_ORDER.join(', ')})`);
}

/** Whether a diagnostic is within the scope's rules and severity. */
export function inScope(scope: ReportScope): (d: Diagnostic) => boolean {
  const rules = scope.rules && scope.rules.length > 0 ? new Set(scope.rules) : undefined;
  const least = scope.severity ? severityRank(scope.severity) : 2;
  return (d) => severityRank(d.severity) <= least && (!rules || rules.has(d.ruleId));
}
