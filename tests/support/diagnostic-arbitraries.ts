import fc from 'fast-check';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';

// Strings with quotes, backslashes, controls, line separators, emoji and lone surrogates.
const odd = fc.oneof(
  fc.string({ unit: 'binary' }),
  fc.string({ unit: fc.constantFrom('"', '\\', '\n', '\u2028', '\u0000', '\u001f', '\ud800', '\udc00', '😀', 'é', '/', 'a') }),
);
const number = fc.oneof(fc.integer(), fc.double(), fc.constantFrom(-0, Number.NaN, Number.POSITIVE_INFINITY));
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
const related = fc.record({ file: odd, line: number, column: number, message: odd });
/** Diagnostics of the shape the checker makes, with odd strings and numbers. */
export const diagnostic = fc.record(
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

/** Diagnostics of shapes the checker never makes: wrong types, extra or reordered related fields, missing fields. */
export const unusual = fc.oneof(
  diagnostic.map((d) => ({ ...d, line: String(d.line) }) as unknown as Diagnostic),
  diagnostic.map((d) => ({ ...d, related: [{ line: 1, file: 'a', column: 2, message: 'm' }] }) as unknown as Diagnostic),
  diagnostic.map(
    (d) => ({ ...d, related: [{ file: 'a', line: 1, column: 2, message: 'm', extra: [1, { b: null }] }] }) as unknown as Diagnostic,
  ),
  diagnostic.map((d) => ({ ...d, file: undefined, locale: { nested: d.message } }) as unknown as Diagnostic),
);
