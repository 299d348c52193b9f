import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { severityRank } from './report-scope.js';

/**
 * The positions of the findings in scope, the most important first: errors, then warnings, then
 * infos, each in rule order, and in file order within a rule (the order diagnostics come in). A
 * counting sort over (severity, rule) buckets: linear, and a 4-byte index per finding rather than
 * a sorted copy of the findings.
 */
export function importanceOrder(
  diagnostics: readonly Diagnostic[],
  keep: (d: Diagnostic) => boolean,
  ruleOrder: readonly string[],
): Uint32Array {
  const rules = new Map(ruleOrder.map((id, i) => [id, i]));
  const width = ruleOrder.length + 1;
  const bucketOf = new Int32Array(diagnostics.length);
  const sizes = new Uint32Array(3 * width + 1);
  let kept = 0;
  diagnostics.forEach((d, i) => {
    if (!keep(d)) {
      bucketOf[i] = -1;
      return;
    }
    const bucket = severityRank(d.severity) * width + (rules.get(d.ruleId) ?? ruleOrder.length);
    bucketOf[i] = bucket;
    sizes[bucket + 1]!++;
    kept++;
  });
  for (let b = 1; b < sizes.length; b++) sizes[b]! += sizes[b - 1]!;
  const order = new Uint32Array(kept);
  bucketOf.forEach((bucket, i) => {
    if (bucket >= 0) order[sizes[bucket]!++] = i;
  });
  return order;
}

/** The first `limit` positions of an importance order, put back in file order (for the reports listed by file). */
export function inFileOrder(order: Uint32Array, limit: number): Uint32Array {
  return order.length <= limit ? order.slice().sort() : order.slice(0, limit).sort();
}
