import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { entryInScope, findingEntries, type SuppressionEntry, type Suppressions } from './suppression-entry.js';

/**
 * `--suppress-all` (rules undefined) or `--suppress-rule`: the entries of those rules become the
 * findings the check has now, so the next check on the unchanged project passes; an entry of
 * theirs with no finding left is dropped (in scope only), and entries of other rules are kept.
 */
export function suppressFindings(
  suppressions: Suppressions,
  diagnostics: readonly Diagnostic[],
  rules: ReadonlySet<string> | undefined,
  locales?: ReadonlySet<string>,
): Map<string, SuppressionEntry> {
  const chosen = (entry: SuppressionEntry): boolean => rules === undefined || rules.has(entry.ruleId);
  const now = findingEntries(diagnostics);
  const next = new Map(suppressions);
  for (const [id, entry] of suppressions) if (chosen(entry) && entryInScope(entry, locales) && !now.has(id)) next.delete(id);
  for (const [id, entry] of now) if (chosen(entry)) next.set(id, entry);
  return next;
}

/**
 * `--prune-suppressions`: each entry in scope counts no more than the findings it still has, and
 * goes when it has none; an entry with more findings than it counts is left as it is (they are
 * all reported until it is suppressed again), as ESLint prunes.
 */
export function pruneSuppressions(
  suppressions: Suppressions,
  diagnostics: readonly Diagnostic[],
  locales?: ReadonlySet<string>,
): Map<string, SuppressionEntry> {
  const now = findingEntries(diagnostics);
  const next = new Map(suppressions);
  for (const [id, entry] of suppressions) {
    if (!entryInScope(entry, locales)) continue;
    const found = now.get(id)?.count ?? 0;
    if (found === 0) next.delete(id);
    else if (found < entry.count) next.set(id, { ...entry, count: found });
  }
  return next;
}
