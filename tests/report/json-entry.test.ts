import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { entry, entryJson } from '../../src/report/json-entry.js';

/** What the JSON report wrote for an entry before it was written field by field. */
const stringified = (d: Diagnostic): string => (JSON.stringify(entry(d), null, 2) as string).replace(/\n/g, '\n    ');

// Strings with quotes, backslashes, controls, line separators, emoji and lone surrogates.
const odd = fc.oneof(
  fc.string({ unit: 'binary' }),
  fc.string({ unit: fc.constantFrom('"', '\\', '\n', '\u2028', '\u0000', '\u001f', '\ud800', '\udc00', '😀', 'é', '/', 'a') }),
);
const number = fc.oneof(fc.integer(), fc.double(), fc.constantFrom(-0, Number.NaN, Number.POSITIVE_INFINITY));
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
const related = fc.record({ file: odd, line: number, column: number, message: odd });
const diagnostic = fc.record(
  {
    file: odd,
    line: number,
    column: number,
    endLine: number,
    endColumn: number,
    severity: fc.constantFrom('error', 'warning', 'info'),
    ruleId: odd,
    source: fc.constantFrom('check', 'build', 'ingest', 'content'),
    message: odd,
    locale: maybe(odd),
    namespace: fc.oneof(odd, fc.constant(undefined), fc.constant(null)),
    key: maybe(odd),
    related: maybe(fc.array(related, { maxLength: 3 })),
  },
  { requiredKeys: ['file', 'line', 'column', 'endLine', 'endColumn', 'severity', 'ruleId', 'source', 'message'] },
) as fc.Arbitrary<Diagnostic>;

// Shapes the checker never makes: wrong types, extra or reordered related fields, missing fields.
const unusual = fc.oneof(
  diagnostic.map((d) => ({ ...d, line: String(d.line) }) as unknown as Diagnostic),
  diagnostic.map((d) => ({ ...d, related: [{ line: 1, file: 'a', column: 2, message: 'm' }] }) as unknown as Diagnostic),
  diagnostic.map(
    (d) => ({ ...d, related: [{ file: 'a', line: 1, column: 2, message: 'm', extra: [1, { b: null }] }] }) as unknown as Diagnostic,
  ),
  diagnostic.map((d) => ({ ...d, file: undefined, locale: { nested: d.message } }) as unknown as Diagnostic),
);

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
