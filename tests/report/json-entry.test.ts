import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { entry, entryJson, type RelatedTexts } from '../../src/report/json-entry.js';
import { diagnostic, unusual } from '../support/diagnostic-arbitraries.js';

/** What the JSON report wrote for an entry before it was written field by field. */
const stringified = (d: Diagnostic): string => (JSON.stringify(entry(d), null, 2) as string).replace(/\n/g, '\n    ');

describe('entryJson writes an entry as JSON.stringify(entry, null, 2) does', () => {
  it('gives the same bytes for any diagnostic the checker makes', () => {
    fc.assert(
      fc.property(diagnostic, (d) => {
        expect(entryJson(d)).toBe(stringified(d));
      }),
      { numRuns: 2000 },
    );
  });

  it('gives the same bytes for diagnostics of other shapes', () => {
    fc.assert(
      fc.property(unusual, (d) => {
        expect(entryJson(d)).toBe(stringified(d));
      }),
      { numRuns: 500 },
    );
  });

  it('writes an empty list of related locations as JSON.stringify does', () => {
    const d: Diagnostic = {
      file: 'a.json',
      line: 1,
      column: 1,
      endLine: 1,
      endColumn: 2,
      severity: 'error',
      ruleId: 'r',
      source: 'check',
      message: 'm',
      related: [],
    };
    expect(entryJson(d)).toBe(stringified(d));
  });

  it('gives the same bytes when diagnostics share lists of related locations, written once per report', () => {
    // A report's diagnostics, each taking its related list from a few shared ones, as a backlog's missing keys do.
    const shared = fc.array(fc.oneof(diagnostic, unusual), { minLength: 1, maxLength: 4 });
    const report = fc.tuple(shared, fc.array(fc.tuple(diagnostic, fc.nat()), { maxLength: 12 }));
    fc.assert(
      fc.property(report, ([lists, picks]) => {
        const related: RelatedTexts = new WeakMap();
        for (const [d, pick] of picks) {
          const withList = { ...d, related: lists[pick % lists.length]?.related } as Diagnostic;
          expect(entryJson(withList, related)).toBe(stringified(withList));
        }
      }),
      { numRuns: 1000 },
    );
  });
});
