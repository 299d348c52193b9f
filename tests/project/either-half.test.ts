import { describe, expect, it } from 'vitest';
import { runCommand } from '../sync/run-command.js';
import { tempProjectsPerTest } from '../support/temp-project.js';

const project = tempProjectsPerTest();

describe('a project with only one of the two halves', () => {
  it('articles only: no finding about a bundle it never had, and a status of its articles alone', async () => {
    const root = project({
      'l10n.config.json': '{ "locales": ["en", "es"] }\n',
      'content/en/a.md': '---\ntitle: A\n---\n\nText.\n',
      'content/es/a.md': '---\ntitle: Á\nsource: content/en/a.md\n---\n\nTexto.\n',
    });
    const check = await runCommand(['check', '--root', root, '--format', 'json']);
    const report = JSON.parse(check.stdout) as { diagnostics: { file: string; ruleId: string }[] };
    expect(report.diagnostics.map((d) => `${d.file} ${d.ruleId}`)).toEqual(['content/es/a.md front-matter']);
    const status = await runCommand(['status', '--root', root]);
    expect(status.stdout).toBe('es articles: 1 translated, 0 missing, 0 stale\n1 locale; articles: 1 translated, 0 missing, 0 stale\n');
    expect(status.exitCode).toBe(0);
  });

  it('bundles only: status prints no article line', async () => {
    const root = project({
      'locales/en/ui.json': '{\n  "title": "Title"\n}\n',
      'locales/es/ui.json': '{\n  "title": "Título"\n}\n',
    });
    const status = await runCommand(['status', '--root', root]);
    expect(status.stdout).not.toContain('articles');
    expect(status.stdout.trimEnd().split('\n')).toEqual([
      expect.stringMatching(/^locale +namespace/),
      expect.stringMatching(/^en +ui .* source$/),
      expect.stringMatching(/^es +ui .* 100\.0%$/),
      '',
      '1 locale; 1 of 1 entries complete (100.0%)',
    ]);
    const check = await runCommand(['check', '--root', root]);
    expect(check.stdout).not.toMatch(/article/i);
  });
});
