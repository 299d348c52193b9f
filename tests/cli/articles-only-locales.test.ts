import { readFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli.js';
import { tempProjectsPerTest } from '../support/temp-project.js';

const project = tempProjectsPerTest();

/**
 * An articles-only project whose config lists no locales: no bundle names them, so its locales
 * are the locale folders of the content that hold articles (`content/fr`, `content/pt-BR`), not
 * folders of other names (`content/images`).
 */
const FILES: Record<string, string> = {
  'l10n.config.json': JSON.stringify({ sourceLocale: 'en' }),
  'content/en/hello.md': '---\ntitle: Hello\n---\n\n# Hello\n\nSome text.\n\n## More\n\nAnd more.\n',
  'content/fr/hello.md': '---\ntitle: Bonjour\n---\n\n# Bonjour\n\nDu texte.\n',
  'content/pt-BR/hello.md': '---\ntitle: Olá\n---\n\n# Olá\n\nUm texto.\n\n## Mais\n\nE mais.\n',
  'content/images/hello.md': '---\ntitle: Not a locale\n---\n\nText.\n',
};

describe('an articles-only project without "locales"', () => {
  it('checks the translations in every locale folder of the content, and --locale names one of them', () => {
    const root = project(FILES);
    const all = runCli(['check', '--format', 'json'], root);
    expect(all.stderr).toBe('');
    const report = JSON.parse(all.stdout) as {
      diagnostics: { file: string; ruleId: string }[];
      summary: { files: number; locales: number };
    };
    expect(report.diagnostics.filter((d) => d.ruleId === 'structure-parity').map((d) => d.file)).toEqual(['content/fr/hello.md']);
    expect(report.diagnostics.some((d) => d.file.startsWith('content/images/'))).toBe(false);
    expect(report.summary).toMatchObject({ files: 3, locales: 3 });
    const fr = runCli(['check', '--locale', 'fr', '--format', 'json'], root);
    expect(JSON.parse(fr.stdout).summary).toMatchObject({ files: 1, locales: 1 });
    const unknown = runCli(['check', '--locale', 'de'], root);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toBe('l10n: unknown locale de (the project has en, fr, pt-BR)\n');
  });

  it('gives status an article line per locale, and mark-translated marks them', () => {
    const root = project(FILES);
    const status = runCli(['status', '--locale', 'pt-BR'], root);
    expect(status.stderr).toBe('');
    expect(status.stdout).toBe('pt-BR articles: 1 translated, 0 missing, 0 stale\n1 locale; articles: 1 translated, 0 missing, 0 stale\n');
    expect(runCli(['mark-translated', 'content/pt-BR/hello.md'], root).status).toBe(0);
    expect(readFileSync(join(root, 'content/pt-BR/hello.md'), 'utf8')).toMatch(
      /^---\ntitle: Olá\nsource: "content\/en\/hello\.md"\nsourceHash: "[0-9a-f]{16}"\n---/,
    );
  });

  it('files a problem reading an article under its locale: counted there, and left out under --locale of another', () => {
    const others = Object.entries(FILES).filter(([path]) => path !== 'content/fr/hello.md');
    const root = project({
      ...Object.fromEntries(others),
      'content/fr/.keep': '',
      'content/pt-BR/hello.md': '---\ntitle: [\n---\n\nText.\n',
    });
    symlinkSync(join(root, 'gone.md'), join(root, 'content/fr/hello.md'));
    type Report = { diagnostics: { file: string; ruleId: string; locale: string | null; message: string }[]; summary: object };
    const reading = (args: string[]): Report => JSON.parse(runCli(['check', '--format', 'json', ...args], root).stdout) as Report;
    const problems = (report: Report): string[] =>
      report.diagnostics.filter((d) => d.ruleId === 'front-matter').map((d) => `${d.file} ${d.locale} ${d.message.split(':')[0]}`);
    const all = reading([]);
    expect(problems(all)).toEqual([
      'content/fr/hello.md fr broken or looping symlink (ENOENT)',
      'content/pt-BR/hello.md pt-BR front matter is not valid YAML',
    ]);
    expect(all.summary).toMatchObject({ files: 3, locales: 3 });
    const fr = reading(['--locale', 'fr']);
    expect(problems(fr)).toEqual(['content/fr/hello.md fr broken or looping symlink (ENOENT)']);
    expect(fr.summary).toMatchObject({ files: 1, locales: 1 });
    const text = runCli(['check', '--locale', 'fr'], root).stdout;
    expect(text).toMatch(/^fr +front-matter +1 +0 +0 +0$/m);
  });
});
