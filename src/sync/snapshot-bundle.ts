import type { Bundle } from '../check/bundle.js';
import type { NamespaceContext } from '../check/namespace-context.js';

/**
 * The source text behind every string of a target bundle, as the lock keeps it when the bundle
 * is marked translated: `status` counts an entry stale once its source text moves on.
 */
export function snapshotBundle(context: NamespaceContext, target: Bundle): Record<string, string> {
  const snapshot: Record<string, string> = {};
  for (const pair of context.pairs(target)) snapshot[pair.key] = pair.sourceValue;
  return snapshot;
}
