import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { applySuppressions } from '../../src/suppressions/apply-suppressions.js';
import { findingEntries } from '../../src/suppressions/suppression-entry.js';
import { suppressFindings } from '../../src/suppressions/update-suppressions.js';

const finding = (ruleId: string, key: string | undefined, line: number, severity: Diagnostic['severity'] = 'error'): Diagnostic => ({
  file: `locales/es/common.json`,
  line,
  column: 3,
  endLine: line,
  endColumn: 9,
  severity,
  ruleId,
  source: 'check',
  message: `${ruleId} at ${line}`,
  locale: 'es',
  namespace: 'common',
  ...(key !== undefined && { key }),
});
const lines = (list: readonly Diagnostic[]): number[] => list.map((d) => d.line);

describe('applySuppressions', () => {
  const known = [finding('duplicate-key', 'a', 2), finding('duplicate-key', 'a', 3), finding('json-syntax', undefined, 9)];
  const suppressions = findingEntries(known);

  it('matches by rule and subject, not by line', () => {
    const moved = known.map((d) => ({ ...d, line: d.line + 40, endLine: d.endLine + 40 }));
    const { reported, suppressed, unused } = applySuppressions(moved, suppressions);
    expect([lines(reported), lines(suppressed), unused]).toEqual([[], [42, 43, 49], []]);
  });

  it('reports every finding of a subject once there are more than its entry counts', () => {
    const more = [...known, finding('duplicate-key', 'a', 4)];
    expect(lines(applySuppressions(more, suppressions).reported)).toEqual([2, 3, 4]);
  });

  it('says by how many an entry is unused, and judges only entries of the checked locales', () => {
    const fewer = [known[0] as Diagnostic];
    expect(applySuppressions(fewer, suppressions).unused.map((e) => [e.ruleId, e.count])).toEqual([
      ['duplicate-key', 1],
      ['json-syntax', 1],
    ]);
    expect(applySuppressions(fewer, suppressions, new Set(['es'])).unused.map((e) => e.ruleId)).toEqual(['duplicate-key']);
    expect(applySuppressions([], suppressions, new Set(['fr'])).unused).toEqual([]);
  });

  it('never suppresses an info, which cannot fail a check', () => {
    const info = finding('fallback-resolved', 'b', 5, 'info');
    const all = suppressFindings(new Map(), [info, ...known], undefined);
    expect(all.size).toBe(2);
    expect(lines(applySuppressions([info], all).reported)).toEqual([5]);
  });
});
