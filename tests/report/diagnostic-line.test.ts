import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { diagnosticLine, diagnosticPlace, relatedLine } from '../../src/report/diagnostic-line.js';
import { formatText } from '../../src/report/format-text.js';
import { viewReport } from '../../src/report/report-view.js';
import { formatWatch } from '../../src/watch/format-watch.js';

const missing: Diagnostic = {
  file: 'locales/es-AR/ui.json',
  line: 35,
  column: 5,
  endLine: 35,
  endColumn: 20,
  severity: 'error',
  ruleId: 'missing-key',
  source: 'check',
  message: 'missing "nav.home"',
  related: [{ file: 'locales/en/ui.json', line: 3, column: 5, message: 'the en source: "nav.home"' }],
};

describe('diagnosticLine', () => {
  it('writes the inline form every command prints on standard error', () => {
    expect(diagnosticLine(missing)).toBe('locales/es-AR/ui.json:35:5 error missing "nav.home" [missing-key]');
    expect(diagnosticLine({ ...missing, severity: 'warning', ruleId: 'ingest-conflict', source: 'ingest' })).toBe(
      'locales/es-AR/ui.json:35:5 warning missing "nav.home" [ingest-conflict]',
    );
  });

  it('writes the columns form of the check report and the watcher, coloured only when asked', () => {
    expect(diagnosticLine({ ...missing, severity: 'info' }, { layout: 'columns' })).toBe(
      'locales/es-AR/ui.json:35:5  info     missing "nav.home"  missing-key',
    );
    expect(diagnosticLine(missing, { layout: 'columns', color: true })).toBe(
      'locales/es-AR/ui.json:35:5  \u001b[31merror  \u001b[0m  missing "nav.home"  \u001b[2mmissing-key\u001b[0m',
    );
    expect(relatedLine(missing.related![0]!)).toBe('    locales/en/ui.json:3:5  the en source: "nav.home"');
  });

  it('is the line of the check report and of the watcher', () => {
    const summary = { errors: 1, warnings: 0, infos: 0, files: 2, locales: 2, keys: 1 };
    const report = [...formatText(viewReport({ diagnostics: [missing], summary }), false)].join('').split('\n');
    expect(report.slice(0, 2)).toEqual([diagnosticLine(missing, { layout: 'columns' }), relatedLine(missing.related![0]!)]);
    const watch = formatWatch(['locales/es-AR/ui.json'], { added: [missing], fixed: [missing] }, [missing], 12).split('\n');
    expect(watch.slice(1, 3)).toEqual([
      `+ ${diagnosticLine(missing, { layout: 'columns' })}`,
      `- fixed: ${diagnosticPlace(missing)} missing-key`,
    ]);
  });

  it('keeps one finding on one line whatever the file and message hold (property)', () => {
    const text = fc.string({ unit: fc.constantFrom('\n', '\r', '\u2028', '\u001b', '\u009b', 'a', ' ', ':'), maxLength: 20 });
    fc.assert(
      fc.property(text, text, fc.constantFrom('inline' as const, 'columns' as const), (file, message, layout) => {
        const line = diagnosticLine({ ...missing, file, message }, { layout });
        expect([...line].filter((c) => '\n\r\u2028\u001b\u009b'.includes(c))).toEqual([]);
      }),
    );
  });
});
