import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { entry, entryJson } from '../../src/report/json-entry.js';
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
});
