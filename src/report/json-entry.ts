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

/** Whether a diagnostic's own fields (all but `related`) have the shapes the checker gives them. */
function plainFields(d: Diagnostic): boolean {
  if (!(text(d.file) && count(d.line) && count(d.column) && count(d.endLine) && count(d.endColumn))) return false;
  if (!(text(d.severity) && text(d.ruleId) && text(d.source) && text(d.message))) return false;
  return optionalText(d.locale) && optionalText(d.namespace) && optionalText(d.key);
}

/** Whether a diagnostic has the shape the checker gives it, so a writer may write it field by field. */
export function plainDiagnostic(d: Diagnostic): boolean {
  return plainFields(d) && (!d.related || (Array.isArray(d.related) && d.related.every(plainRelated)));
}

/** The entry as JSON.stringify writes it, for a diagnostic of another shape (a library caller's). */
const stringified = (d: Diagnostic): string => (q(entry(d), null, 2) as string).replace(/\n/g, '\n    ');

const P = '\n      ';

/**
 * An entry's `related` field, its comma first; undefined when a location is not of the checker's
 * shape. Joined, so the text is flat: a rope kept for many entries would be walked by each.
 */
function relatedJson(related: readonly RelatedLocation[]): string | undefined {
  if (!Array.isArray(related) || !related.every(plainRelated)) return undefined;
  const items = related.map(
    (r) =>
      `${P}  {${P}    "file": ${relatedFile(r.file)},${P}    "line": ${jsonNumber(r.line)},${P}    "column": ${jsonNumber(r.column)},${P}    "message": ${q(r.message)}${P}  }`,
  );
  return [`,${P}"related": [`, items.join(','), related.length > 0 ? `${P}]` : ']'].join('');
}

/**
 * The texts of `related` fields already written in one report, by list: the checker gives every
 * locale that lacks a key the same list (its source location), so each is written once.
 */
export type RelatedTexts = WeakMap<readonly RelatedLocation[], string>;

/**
 * A diagnostic's entry as `JSON.stringify(entry(d), null, 2)` writes it two levels deep in the
 * report, written field by field: a backlog's report has tens of thousands of entries, and
 * stringifying each with indentation and indenting it again cost twice as much. A diagnostic of
 * another shape (a library caller's) goes through JSON.stringify itself. `relatedTexts`, kept by
 * the caller for one report, spares writing a shared list of related locations again.
 */
export function entryJson(d: Diagnostic, relatedTexts?: RelatedTexts): string {
  const related = d.related;
  let tail = '';
  if (related) {
    const known = relatedTexts?.get(related);
    if (known === undefined) {
      const written = relatedJson(related);
      if (written === undefined) return stringified(d);
      relatedTexts?.set(related, written);
      tail = written;
    } else tail = known;
  }
  if (!plainFields(d)) return stringified(d);
  return `{${P}"file": ${file(d.file)},${P}"line": ${jsonNumber(d.line)},${P}"column": ${jsonNumber(d.column)},${P}"endLine": ${jsonNumber(d.endLine)},${P}"endColumn": ${jsonNumber(d.endColumn)},${P}"severity": ${severity(d.severity)},${P}"ruleId": ${ruleId(d.ruleId)},${P}"source": ${source(d.source)},${P}"message": ${q(d.message)},${P}"locale": ${locale(d.locale ?? null)},${P}"namespace": ${namespace(d.namespace ?? null)},${P}"key": ${q(d.key ?? null)}${tail}\n    }`;
}
