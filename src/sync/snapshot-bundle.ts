import type { Bundle } from '../project/bundle.js';
import type { NamespaceContext } from '../project/namespace-context.js';

/**
 * The source text behind every string of a target bundle, as the lock keeps it when the bundle
 * is marked translated: `status` counts an entry stale once its source text moves on.
 */
export function snapshotBundle(context: NamespaceContext, target: Bundle): Record<string, string> {
  // Defined, not assigned: a key `__proto__` is an entry like any other, not the object's prototype.
  return Object.fromEntries(context.pairs(target).map((pair) => [pair.key, pair.sourceValue]));
}
