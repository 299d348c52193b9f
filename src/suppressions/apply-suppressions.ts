import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { entryId, entryInScope, isSuppressible, subjectOf, type SuppressionEntry, type Suppressions } from './suppression-entry.js';

/** A check's findings split by the suppressions, and the entries no finding used up. */
export interface SuppressionOutcome {
  /** What the report shows and the exit code counts, in the order given. */
  reported: Diagnostic[];
  /** Findings an entry covers: counted apart in the summary. */
  suppressed: Diagnostic[];
  /** Entries with fewer findings now than they count; `count` is how many are gone. */
  unused: SuppressionEntry[];
}

/**
 * Splits findings by the suppressions as ESLint counts them: all findings of a rule about one
 * subject are suppressed while there are no more of them than the entry counts; one more and
 * they are all reported, as nothing tells the new one from the known ones. An entry with fewer
 * findings than it counts is unused by the difference; only entries in scope (see entryInScope)
 * are judged.
 */
export function applySuppressions(
  diagnostics: readonly Diagnostic[],
  suppressions: Suppressions,
  locales?: ReadonlySet<string>,
): SuppressionOutcome {
  const ids = diagnostics.map((d) => (isSuppressible(d) ? entryId(d.ruleId, subjectOf(d)) : undefined));
  const counts = new Map<string, number>();
  for (const id of ids) if (id !== undefined) counts.set(id, (counts.get(id) ?? 0) + 1);
  const reported: Diagnostic[] = [];
  const suppressed: Diagnostic[] = [];
  diagnostics.forEach((d, i) => {
    const id = ids[i];
    const entry = id === undefined ? undefined : suppressions.get(id);
    if (entry && (counts.get(id as string) ?? 0) <= entry.count) suppressed.push(d);
    else reported.push(d);
  });
  const unused: SuppressionEntry[] = [];
  for (const [id, entry] of suppressions) {
    const found = counts.get(id) ?? 0;
    if (found < entry.count && entryInScope(entry, locales)) unused.push({ ...entry, count: entry.count - found });
  }
  return { reported, suppressed, unused };
}
