import { parsePluralKey } from '../bundles/plural-key.js';
import { parseV3PluralKey } from '../bundles/v3-plural-key.js';
import type { SyncPlan } from './plan-sync.js';

/**
 * What `l10n sync --prune` writes before anything is added: the plan's removals, and first the
 * translations planSync moves out of each i18next v3 plural it removes a form of (`points_plural`,
 * `points_0`) into the forms i18next 26 reads, so that pruning loses no translated text. The
 * command runs it on every extra key of a file, the editor's quick fix on one.
 */
export function prunePass(plan: SyncPlan, pluralSeparator: string): SyncPlan {
  const pruned = new Set(plan.removals.flatMap((removal) => parseV3PluralKey(removal.key, pluralSeparator)?.base ?? []));
  const moves = plan.additions.filter(
    (addition) => addition.moved !== undefined && pruned.has(parsePluralKey(addition.key, pluralSeparator)?.base ?? ''),
  );
  return { ...plan, additions: moves, listAdditions: [] };
}
