import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli.js';

const FIXTURE = fileURLToPath(new URL('../fixtures/content-rules/nested-mdx', import.meta.url));

const findings = (stdout: string): string[] =>
  stdout
    .split('\n')
    .filter((line) => /^\S+:\d+:\d+ /.test(line))
    .map((line) => line.replace(/\s+/g, ' ').trim());

describe('articles in nested folders, as .md and .mdx', () => {
  it('pairs translations by their path below the locale folder, whichever extension each locale uses', () => {
    const { status, stdout, stderr } = runCli(['check'], FIXTURE);
    expect(stderr).toBe('');
    expect(status).toBe(1);
    expect(findings(stdout)).toEqual([
      'content/en/reference/api.md:1:1 info "reference/api" has no es translation (content/es/reference/api.md) article-missing',
      'content/en/reference/twin.md:1:1 info "reference/twin" has no es translation (content/es/reference/twin.md) article-missing',
      'content/en/reference/twin.mdx:1:1 error has the slug "reference/twin" of content/en/reference/twin.md: keep one of the two files front-matter',
      'content/es/guides/setup/install.mdx:3:1 warning translated from an older content/en/guides/setup/install.mdx (sourceHash 0000000000000000, now 425808f4e25ec8d7); content/l10n-lock.json has no snapshot of that version to show what changed. Update the translation, then run l10n mark-translated content/es/guides/setup/install.mdx article-stale',
      'content/es/reference/api.mdx:10:1 error MDX does not parse: Expected a closing tag for `<Card>` (10:1-10:20) mdx-syntax',
    ]);
  });

  it('status lists nested slugs', () => {
    const { stdout } = runCli(['status'], FIXTURE);
    expect(stdout).toContain('es articles: 0 translated, 2 missing, 1 stale');
    expect(stdout).toContain('stale    guides/setup/install  (content/es/guides/setup/install.mdx)');
  });
});
