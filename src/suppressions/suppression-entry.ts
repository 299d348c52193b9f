import type { Diagnostic } from '../diagnostics/diagnostic.js';

/**
 * What a suppressed finding is about, never where it is: a key of a locale's namespace, or, for
 * a finding about no key (a broken file, a misnamed locale folder, an article), its file. Line
 * numbers are left out on purpose: an edit elsewhere in a file moves findings, not their subject.
 */
export type Subject = { kind: 'key'; locale: string; namespace: string; key: string } | { kind: 'file'; file: string };

/** One line of the suppressions file: how many findings of one rule about one subject are known. */
export interface SuppressionEntry {
  ruleId: string;
  subject: Subject;
  count: number;
}

/** The suppressions of a project, by entryId: what the file holds, in memory. */
export type Suppressions = ReadonlyMap<string, SuppressionEntry>;

/** The subject of a diagnostic: its key when it names one within a locale's namespace, else its file. */
export function subjectOf(d: Diagnostic): Subject {
  if (d.key !== undefined && d.locale !== undefined && d.namespace !== undefined)
    return { kind: 'key', locale: d.locale, namespace: d.namespace, key: d.key };
  return { kind: 'file', file: d.file };
}

/** The identity of a rule's findings about one subject: the key of the map that holds the entries. */
export function entryId(ruleId: string, subject: Subject): string {
  return JSON.stringify(subject.kind === 'key' ? [ruleId, subject.locale, subject.namespace, subject.key] : [ruleId, subject.file]);
}

/**
 * Whether a finding can be suppressed: errors and warnings, which fail a check (warnings with
 * `--max-warnings`). Infos never fail one, so the file does not grow with them.
 */
export function isSuppressible(d: Diagnostic): boolean {
  return d.severity === 'error' || d.severity === 'warning';
}

/**
 * Which entries a run can judge: with `--locale`, only those of keys in the checked locales
 * (an entry by file may be of a locale the run left out); every entry otherwise.
 */
export function entryInScope(entry: SuppressionEntry, locales: ReadonlySet<string> | undefined): boolean {
  return locales === undefined || (entry.subject.kind === 'key' && locales.has(entry.subject.locale));
}

/** The suppressible findings as entries, each counting the findings of its rule about its subject now. */
export function findingEntries(diagnostics: readonly Diagnostic[]): Map<string, SuppressionEntry> {
  const entries = new Map<string, SuppressionEntry>();
  for (const d of diagnostics) {
    if (!isSuppressible(d)) continue;
    const subject = subjectOf(d);
    const id = entryId(d.ruleId, subject);
    const entry = entries.get(id);
    if (entry) entry.count++;
    else entries.set(id, { ruleId: d.ruleId, subject, count: 1 });
  }
  return entries;
}
