import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { diagnosticLine, relatedLine } from '../../src/report/diagnostic-line.js';
import { formatText } from '../../src/report/format-text.js';
import { inFileOrder } from '../../src/report/importance.js';
import { viewReport } from '../../src/report/report-view.js';
import { diagnostic } from '../support/diagnostic-arbitraries.js';

const summary = { errors: 0, warnings: 0, infos: 0, files: 1, locales: 1, keys: 1 };

describe('formatText', () => {
  it('lists each finding and its related places, those shared by many findings included (property)', () => {
    // Related lists shared between findings, as the checker shares a missing key's source location.
    const report = fc.tuple(
      fc.array(diagnostic, { minLength: 1, maxLength: 3 }),
      fc.array(fc.tuple(diagnostic, fc.nat()), { maxLength: 15 }),
    );
    fc.assert(
      fc.property(report, fc.boolean(), ([lists, picks], color) => {
        const diagnostics = picks.map(([d, pick]) => ({ ...d, related: lists[pick % lists.length]?.related }) as Diagnostic);
        const view = viewReport({ diagnostics, summary });
        const text = [...formatText(view, color)].join('');
        let file: string | undefined;
        let expected = '';
        for (const at of inFileOrder(view.order, view.listed)) {
          const d = diagnostics[at] as Diagnostic;
          if (file !== undefined && d.file !== file) expected += '\n';
          file = d.file;
          expected += `${diagnosticLine(d, { layout: 'columns', color })}\n`;
          for (const r of d.related ?? []) expected += `${relatedLine(r, color)}\n`;
        }
        expect(text.startsWith(expected)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
