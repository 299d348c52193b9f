import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { CheckSummary } from '../check/run-check.js';

/**
 * The machine report, version 1: the contract scripts and CI depend on. Fields appear in a fixed
 * order; `source` says what found it (check, build, ingest, content) beside its rule; `related`
 * lists the source location of a missing key; `summary.suppressed` counts the findings a
 * suppressions file covers, which are in neither the list nor the other counts.
 */
export function formatJson(diagnostics: readonly Diagnostic[], summary: CheckSummary, suppressed = 0): string {
  const out = {
    version: 1,
    diagnostics: diagnostics.map((d) => ({
      file: d.file,
      line: d.line,
      column: d.column,
      endLine: d.endLine,
      endColumn: d.endColumn,
      severity: d.severity,
      ruleId: d.ruleId,
      source: d.source,
      message: d.message,
      locale: d.locale ?? null,
      namespace: d.namespace ?? null,
      key: d.key ?? null,
      ...(d.related ? { related: d.related } : {}),
    })),
    summary: {
      errors: summary.errors,
      warnings: summary.warnings,
      infos: summary.infos,
      suppressed,
      files: summary.files,
      locales: summary.locales,
      keys: summary.keys,
    },
  };
  return `${JSON.stringify(out, null, 2)}\n`;
}
