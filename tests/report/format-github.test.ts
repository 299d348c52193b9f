import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { ANNOTATIONS_PER_KIND, formatGithub } from '../../src/report/format-github.js';
import { viewReport } from '../../src/report/report-view.js';

const finding = (ruleId: string, line: number, severity: Diagnostic['severity'] = 'error'): Diagnostic => ({
  file: 'locales/de/ui.json',
  line,
  column: 3,
  endLine: line,
  endColumn: 9,
  severity,
  ruleId,
  source: 'check',
  message: `${ruleId} at ${line}`,
});

/** The rule ids of the annotations formatGithub prints, in order. */
function annotatedRules(diagnostics: Diagnostic[]): string[] {
  const summary = { errors: 0, warnings: 0, infos: 0, files: 1, locales: 2, keys: 40 };
  const text = [...formatGithub(viewReport({ diagnostics, summary }))].join('');
  return [...text.matchAll(/^::(?:error|warning|notice) file=[^\n]*title=([\w-]+)::/gm)].map((match) => match[1] as string);
}

describe('github annotations', () => {
  it('take one finding of each rule in turn, so many missing keys leave room for the rest', () => {
    const diagnostics = [
      ...Array.from({ length: 30 }, (_, i) => finding('missing-key', i + 1)),
      finding('interpolation-mismatch', 40),
      finding('empty-value', 41),
      ...Array.from({ length: 12 }, (_, i) => finding('untranslated', 50 + i, 'warning')),
    ];
    const rules = annotatedRules(diagnostics);
    expect(rules.filter((id) => id !== 'untranslated')).toHaveLength(ANNOTATIONS_PER_KIND);
    expect(rules).toContain('interpolation-mismatch');
    expect(rules).toContain('empty-value');
    expect(rules.filter((id) => id === 'missing-key')).toHaveLength(ANNOTATIONS_PER_KIND - 2);
    expect(rules.filter((id) => id === 'untranslated')).toHaveLength(ANNOTATIONS_PER_KIND);
  });

  it('annotates every finding when there are few', () => {
    const diagnostics = [finding('missing-key', 1), finding('missing-key', 2), finding('untranslated', 3, 'warning')];
    expect(annotatedRules(diagnostics).sort()).toEqual(['missing-key', 'missing-key', 'untranslated']);
  });
});
