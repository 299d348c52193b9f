import type { Diagnostic, RelatedLocation } from '../diagnostics/diagnostic.js';
import { jsonNumber, plainDiagnostic } from './json-entry.js';
import { rememberLast } from './remember-last.js';

/** SARIF's level for each severity. */
export const LEVEL = { error: 'error', warning: 'warning', info: 'note' } as const;

const location = (file: string, line: number, column: number, endLine?: number, endColumn?: number) => ({
  physicalLocation: {
    artifactLocation: { uri: encodeURI(file), uriBaseId: '%SRCROOT%' },
    region: { startLine: line, startColumn: column, ...(endLine ? { endLine, endColumn } : {}) },
  },
});

/** One diagnostic as a SARIF result object; `index` gives each rule's place in the driver's list. */
export const result = (d: Diagnostic, index: ReadonlyMap<string, number>) => ({
  ruleId: d.ruleId,
  ...(index.has(d.ruleId) ? { ruleIndex: index.get(d.ruleId) } : {}),
  level: LEVEL[d.severity],
  message: { text: d.message },
  locations: [location(d.file, d.line, d.column, d.endLine, d.endColumn)],
  ...(d.related?.length
    ? { relatedLocations: d.related.map((r, id) => ({ id, ...location(r.file, r.line, r.column), message: { text: r.message } })) }
    : {}),
  properties: { source: d.source },
});

const q = JSON.stringify;
const hasOwn = Object.prototype.hasOwnProperty;

const uri = rememberLast(
  (file: string): string => `{"physicalLocation":{"artifactLocation":{"uri":${q(encodeURI(file))},"uriBaseId":"%SRCROOT%"},"region":`,
);
const relatedUri = rememberLast((file: string): string => uri(file).slice(1));

/**
 * `JSON.stringify(result(d, index))`, written field by field: a backlog's SARIF report has
 * 25,000 results, and building each as nested objects to stringify it was most of the writer's
 * cost and garbage. A diagnostic of another shape goes through JSON.stringify itself.
 */
export function resultJson(d: Diagnostic, index: ReadonlyMap<string, number>): string {
  if (!plainDiagnostic(d) || !hasOwn.call(LEVEL, d.severity)) return q(result(d, index));
  const ruleIndex = index.get(d.ruleId);
  let out = `{"ruleId":${q(d.ruleId)}${index.has(d.ruleId) && ruleIndex !== undefined ? `,"ruleIndex":${q(ruleIndex)}` : ''},"level":"${LEVEL[d.severity]}","message":{"text":${q(d.message)}},"locations":[${uri(d.file)}{"startLine":${jsonNumber(d.line)},"startColumn":${jsonNumber(d.column)}${d.endLine ? `,"endLine":${jsonNumber(d.endLine)},"endColumn":${jsonNumber(d.endColumn)}` : ''}}}}]`;
  const related = d.related;
  if (related?.length) {
    out += ',"relatedLocations":[';
    for (let id = 0; id < related.length; id++) {
      const r = related[id] as RelatedLocation;
      out += `${id > 0 ? ',' : ''}{"id":${id},${relatedUri(r.file)}{"startLine":${jsonNumber(r.line)},"startColumn":${jsonNumber(r.column)}}},"message":{"text":${q(r.message)}}}`;
    }
    out += ']';
  }
  return `${out},"properties":{"source":${q(d.source)}}}`;
}
