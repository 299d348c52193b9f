import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { inFileOrder } from './importance.js';
import { entryJson, type RelatedTexts } from './json-entry.js';
import type { ReportView } from './report-view.js';

/** `value` as 2-space JSON nested `depth` levels deep in the document. */
const nested = (value: unknown, depth: number): string => JSON.stringify(value, null, 2).replace(/\n/g, `\n${'  '.repeat(depth)}`);

/**
 * The machine report, version 1: the contract scripts and CI depend on, written entry by entry
 * (the same bytes as one JSON.stringify of the whole, without holding it). Fields appear in a
 * fixed order; `source` says what found it (check, build, ingest, content) beside its rule;
 * `related` lists the source location of a missing key. The summary counts every finding in
 * scope, listed or not, per locale and rule in `byLocaleRule`, suppressed ones apart.
 */
export function* formatJson(view: ReportView): Generator<string> {
  const { diagnostics, summary, tally } = view;
  const listed = inFileOrder(view.order, view.listed);
  yield listed.length === 0 ? '{\n  "version": 1,\n  "diagnostics": [],\n' : '{\n  "version": 1,\n  "diagnostics": [\n';
  const related: RelatedTexts = new WeakMap();
  for (let i = 0; i < listed.length; i++)
    yield `    ${entryJson(diagnostics[listed[i] as number] as Diagnostic, related)}${i < listed.length - 1 ? ',' : ''}\n`;
  if (listed.length > 0) yield '  ],\n';
  const out = {
    errors: tally.errors,
    warnings: tally.warnings,
    infos: tally.infos,
    files: summary.files,
    locales: summary.locales,
    keys: summary.keys,
    suppressed: tally.suppressed,
    outOfScope: tally.outOfScope,
    listed: listed.length,
    byLocaleRule: tally.rows,
  };
  yield `  "summary": ${nested(out, 1)}\n}\n`;
}
