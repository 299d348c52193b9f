import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bundleRules } from '../../src/check/rules/index.js';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { formatSarif } from '../../src/report/format-sarif.js';
import { viewReport } from '../../src/report/report-view.js';
import { resultJson } from '../../src/report/sarif-result.js';
import { diagnostic } from '../support/diagnostic-arbitraries.js';

const summary = { errors: 0, warnings: 0, infos: 0, files: 1, locales: 1, keys: 1 };
// File names come from the file system, never with a lone surrogate (which encodeURI refuses).
const wellFormed = (text: string): string => text.replace(/\p{Cs}/gu, '');
const located = diagnostic.map(
  (d) => ({ ...d, file: wellFormed(d.file), related: d.related?.map((r) => ({ ...r, file: wellFormed(r.file) })) }) as Diagnostic,
);

describe('formatSarif', () => {
  it('writes its results, batch after batch, as one text of every result a line (property)', () => {
    // Enough long messages that the results span several of the batches the upload size is measured by.
    const long = located.map((d) => ({ ...d, message: d.message.repeat(1000) }) as Diagnostic);
    fc.assert(
      fc.property(fc.array(fc.oneof(located, long), { maxLength: 60 }), (diagnostics) => {
        const view = viewReport({ diagnostics, summary });
        const index = new Map(bundleRules.map((r, i) => [r.id, i]));
        const text = [...formatSarif(view, bundleRules, '1.0.0')].join('');
        const results = [...view.order].map((at) => resultJson(diagnostics[at] as Diagnostic, index)).join(',\n');
        const start = text.indexOf('"results":[') + '"results":['.length;
        expect(text.slice(start, text.indexOf('\n],"invocations"'))).toBe(results.length > 0 ? `\n${results}` : '');
        expect((JSON.parse(text) as { runs: { results: unknown[] }[] }).runs[0]?.results).toHaveLength(diagnostics.length);
      }),
      { numRuns: 200 },
    );
  });
});
