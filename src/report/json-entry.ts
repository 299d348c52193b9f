import type { Diagnostic, RelatedLocation } from '../diagnostics/diagnostic.js';
import { rememberLast } from './remember-last.js';

/** One diagnostic as the JSON report's entry: fields in a fixed order, absent ones as null. */
export const entry = (d: Diagnostic) => ({
  file: d.file,
  line: d.line,
  column: d.column,
  endLine: d.endLine,
  endColumn: d.endColumn,
  severity: d.severity,
  ruleId: d.ruleId,
  source: d.source,
  message: d.message,
  locale: d.locale ?? null,
  namespace: d.namespace ?? null,
  key: d.key ?? null,
  ...(d.related ? { related: d.related } : {}),
});

const q = JSON.stringify;
const text = (value: unknown): boolean => typeof value === 'string';
const count = (value: unknown): boolean => typeof value === 'number';
const optionalText = (value: unknown): boolean => value === undefined || value === null || typeof value === 'string';
const RELATED_FIELDS = ['file', 'line', 'column', 'message'];

/** A number as JSON.stringify writes it: its own text when finite, else null. */
export const jsonNumber = (value: number): string => (Number.isFinite(value) ? `${value}` : 'null');

const quote = (value: string | null): string => q(value) as string;
const file = rememberLast(quote);
const severity = rememberLast(quote);
const ruleId = rememberLast(quote);
const source = rememberLast(quote);
const locale = rememberLast(quote);
const namespace = rememberLast(quote);
const relatedFile = rememberLast(quote);

/** Whether a related location has exactly the fields toDiagnostic gives it, in its order. */
function plainRelated(r: RelatedLocation): boolean {
  if (r === null || typeof r !== 'object' || Object.getPrototypeOf(r) !== Object.prototype) return false;
  let i = 0;
  for (const name in r) if (RELATED_FIELDS[i++] !== name) return false;
  return i === 4 && text(r.file) && count(r.line) && count(r.column) && text(r.message);
}

/** Whether a diagnostic has the shape the checker gives it, so a writer may write it field by field. */
export function plainDiagnostic(d: Diagnostic): boolean {
  if (!(text(d.file) && count(d.line) && count(d.column) && count(d.endLine) && count(d.endColumn))) return false;
  if (!(text(d.severity) && text(d.ruleId) && text(d.source) && text(d.message))) return false;
  if (!(optionalText(d.locale) && optionalText(d.namespace) && optionalText(d.key))) return false;
  return !d.related || (Array.isArray(d.related) && d.related.every(plainRelated));
}

/**
 * A diagnostic's entry as `JSON.stringify(entry(d), null, 2)` writes it two levels deep in the
 * report, written field by field: a backlog's report has tens of thousands of entries, and
 * stringifying each with indentation and indenting it again cost twice as much. A diagnostic of
 * another shape (a library caller's) goes through JSON.stringify itself.
 */
export function entryJson(d: Diagnostic): string {
  if (!plainDiagnostic(d)) return (q(entry(d), null, 2) as string).replace(/\n/g, '\n    ');
  const p = '\n      ';
  let out = `{${p}"file": ${file(d.file)},${p}"line": ${jsonNumber(d.line)},${p}"column": ${jsonNumber(d.column)},${p}"endLine": ${jsonNumber(d.endLine)},${p}"endColumn": ${jsonNumber(d.endColumn)},${p}"severity": ${severity(d.severity)},${p}"ruleId": ${ruleId(d.ruleId)},${p}"source": ${source(d.source)},${p}"message": ${q(d.message)},${p}"locale": ${locale(d.locale ?? null)},${p}"namespace": ${namespace(d.namespace ?? null)},${p}"key": ${q(d.key ?? null)}`;
  const related = d.related;
  if (related) {
    out += `,${p}"related": [`;
    for (let i = 0; i < related.length; i++) {
      const r = related[i] as RelatedLocation;
      out += `${i > 0 ? ',' : ''}${p}  {${p}    "file": ${relatedFile(r.file)},${p}    "line": ${jsonNumber(r.line)},${p}    "column": ${jsonNumber(r.column)},${p}    "message": ${q(r.message)}${p}  }`;
    }
    out += related.length > 0 ? `${p}]` : ']';
  }
  return `${out}\n    }`;
}
