import { rmSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { rangeOf, toLspDiagnostic } from '../../src/lsp/lsp-diagnostic.js';
import { runCli } from '../support/run-cli.js';
import { tempProject } from '../support/temp-project.js';

describe('l10n lsp', () => {
  let root: string | undefined;
  afterEach(() => {
    if (root) rmSync(root, { recursive: true, force: true });
  });

  it('refuses to start without --stdio, the only transport (exit 2, no stack)', () => {
    root = tempProject({ 'locales/en/ui.json': '{}\n' });
    const result = runCli(['lsp'], root);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe('l10n: l10n lsp talks to an editor over standard input and output: run it as l10n lsp --stdio\n');
    expect(result.stdout).toBe('');
  });

  it('documents itself in --help', () => {
    root = tempProject({});
    const result = runCli(['lsp', '--help'], root);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Usage: l10n lsp [options]');
    expect(result.stdout).toContain('--stdio');
  });
});

describe('diagnostics as the editor gets them', () => {
  it('turns 1-based line and column into 0-based positions, an empty span into one character', () => {
    expect(rangeOf({ line: 3, column: 5, endLine: 3, endColumn: 9 })).toEqual({
      start: { line: 2, character: 4 },
      end: { line: 2, character: 8 },
    });
    expect(rangeOf({ line: 1, column: 1, endLine: 1, endColumn: 1 })).toEqual({
      start: { line: 0, character: 0 },
      end: { line: 0, character: 1 },
    });
  });

  it('carries the rule id as code, the severity, the source key as related information and what a fix needs', () => {
    const lsp = toLspDiagnostic(
      {
        file: 'locales/es/ui.json',
        line: 1,
        column: 1,
        endLine: 1,
        endColumn: 2,
        severity: 'warning',
        ruleId: 'extra-key',
        source: 'check',
        message: 'extra key "x"',
        locale: 'es',
        namespace: 'ui',
        key: 'x',
        related: [{ file: 'locales/en/ui.json', line: 2, column: 3, message: 'the en source' }],
      },
      (file) => `file:///p/${file}`,
    );
    expect(lsp).toEqual({
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } },
      severity: 2,
      code: 'extra-key',
      source: 'l10n',
      message: 'extra key "x"',
      data: { locale: 'es', namespace: 'ui', key: 'x' },
      relatedInformation: [
        {
          location: { uri: 'file:///p/locales/en/ui.json', range: { start: { line: 1, character: 2 }, end: { line: 1, character: 3 } } },
          message: 'the en source',
        },
      ],
    });
  });
});
