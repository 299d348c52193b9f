import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { result, resultJson } from '../../src/report/sarif-result.js';
import { diagnostic, unusual } from '../support/diagnostic-arbitraries.js';

const index = new Map([
  ['missing-key', 0],
  ['untranslated', 1],
]);
/** What a writer gives, or the error it throws (encodeURI refuses a lone surrogate in a path). */
function outcome(write: () => string): string {
  try {
    return write();
  } catch (error) {
    return `throws ${(error as Error).name}`;
  }
}

const withRule = diagnostic.chain((d) => fc.constantFrom('missing-key', 'untranslated', d.ruleId).map((ruleId) => ({ ...d, ruleId })));

describe('resultJson writes a SARIF result as JSON.stringify(result) does', () => {
  it('gives the same bytes for any diagnostic the checker makes', () => {
    fc.assert(
      fc.property(withRule, (d) => {
        expect(outcome(() => resultJson(d, index))).toBe(outcome(() => JSON.stringify(result(d, index))));
      }),
      { numRuns: 2000 },
    );
  });

  it('gives the same bytes for diagnostics of other shapes and severities', () => {
    const odd = fc.oneof(
      unusual,
      diagnostic.map((d) => ({ ...d, severity: 'fatal' }) as unknown as Diagnostic),
    );
    fc.assert(
      fc.property(odd, (d) => {
        expect(outcome(() => resultJson(d, index))).toBe(outcome(() => JSON.stringify(result(d, index))));
      }),
      { numRuns: 500 },
    );
  });
});
