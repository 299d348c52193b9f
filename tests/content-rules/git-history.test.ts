import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { parseGitLog } from '../../src/content/git-history.js';
import { sourceHash } from '../../src/content/source-hash.js';
import { runCli } from '../support/run-cli.js';

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const identity = { GIT_AUTHOR_NAME: 'T', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 'T', GIT_COMMITTER_EMAIL: 't@example.com' };

/** Runs git in `cwd` with a fixed identity and, for a commit, fixed dates. */
function git(cwd: string, args: string[], date?: string): string {
  const dates = date ? { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date } : {};
  return execFileSync('git', ['-c', 'commit.gpgsign=false', ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, ...identity, ...dates },
  }).trim();
}

function write(root: string, files: Record<string, string>): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
}

const article = (title: string, body: string): string => `---\ntitle: ${title}\n---\n\n${body}\n`;
const B_BODY = "import { Card } from './card';\n\n<Card>Bee.</Card>";

/**
 * A project whose translations have no sourceHash, in a git repository: everything committed on
 * 2024-01-01, then the source of guides/a changed on 2024-02-01 and again on 2024-03-01.
 */
function adoptedProject(): { root: string; first: string } {
  const root = mkdtempSync(join(tmpdir(), 'l10n-git-'));
  made.push(root);
  write(root, {
    'l10n.config.json': '{ "locales": ["en", "es"] }\n',
    'content/en/guides/a.md': article('A', 'Text.'),
    'content/es/guides/a.md': article('Á', 'Texto.'),
    'content/en/b.mdx': article('B', B_BODY),
    'content/es/b.mdx': article('Be', "import { Card } from './card';\n\n<Card>Abeja.</Card>"),
  });
  git(root, ['init', '-q']);
  git(root, ['add', '-A']);
  git(root, ['commit', '-qm', 'first'], '2024-01-01T00:00:00Z');
  const first = git(root, ['rev-parse', 'HEAD']);
  write(root, { 'content/en/guides/a.md': article('A', 'Text, longer.') });
  git(root, ['commit', '-qam', 'second'], '2024-02-01T00:00:00Z');
  write(root, { 'content/en/guides/a.md': article('A', 'Text, longer still.') });
  git(root, ['commit', '-qam', 'third'], '2024-03-01T00:00:00Z');
  return { root, first };
}

const findings = (stdout: string): string[] =>
  stdout
    .split('\n')
    .filter((line) => /^\S+:\d+:\d+ /.test(line) && !line.includes('undefined-key'))
    .map((line) => line.replace(/\s+/g, ' ').trim());

describe('staleness from git history when translations have no sourceHash', () => {
  it('warns about the translation behind its source, and counts the others in one info', () => {
    const { root, first } = adoptedProject();
    const { stdout } = runCli(['check'], root);
    expect(findings(stdout)).toEqual([
      `content/es/guides/a.md:1:1 warning 2 commits to content/en/guides/a.md since this translation last changed (2024-01-01, ${first.slice(0, 7)}; from git history, as it has no sourceHash). Update the translation, then run l10n mark-translated content/es/guides/a.md article-stale`,
      'content/l10n-lock.json:1:1 info 1 es translation without sourceHash is up to date by git history, which a shallow clone (as CI checks out) does not have: record their state once with l10n mark-translated --all article-stale',
    ]);
  });

  it('a translation committed after its source changed is up to date again', () => {
    const { root } = adoptedProject();
    write(root, { 'content/es/guides/a.md': article('Á', 'Texto, más largo todavía.') });
    git(root, ['commit', '-qam', 'translate'], '2024-04-01T00:00:00Z');
    expect(findings(runCli(['check'], root).stdout)).toEqual([
      'content/l10n-lock.json:1:1 info 2 es translations without sourceHash are up to date by git history, which a shallow clone (as CI checks out) does not have: record their state once with l10n mark-translated --all article-stale',
    ]);
  });

  it('in a shallow clone the lockfile is the truth: every translation without sourceHash is an error', () => {
    const { root } = adoptedProject();
    const clone = mkdtempSync(join(tmpdir(), 'l10n-shallow-'));
    made.push(clone);
    git(clone, ['clone', '-q', '--depth', '1', `file://${root}`, 'site']);
    const lines = findings(runCli(['check'], join(clone, 'site')).stdout);
    expect(lines.map((line) => line.split(' ').slice(0, 2).join(' '))).toEqual([
      'content/es/b.mdx:1:1 error',
      'content/es/guides/a.md:1:1 error',
    ]);
    expect(lines[0]).toContain('(or once for every translation: l10n mark-translated --all) front-matter');
  });

  it('mark-translated on a folder marks what git shows up to date and leaves the translation behind its source', () => {
    const { root } = adoptedProject();
    const before = readFileSync(join(root, 'content/es/guides/a.md'), 'utf8');
    const hash = sourceHash({ title: 'B', body: B_BODY });
    const marked = runCli(['mark-translated', 'content/es'], root);
    expect(marked.status).toBe(0);
    expect(marked.stdout.split('\n')).toEqual([
      `content/es/b.mdx: up to date with content/en/b.mdx (sourceHash ${hash})`,
      'content/es/guides/a.md: skipped, 2 commits to content/en/guides/a.md since it last changed (git history); update it, then mark it by name',
      'marked 1, skipped 1',
      '',
    ]);
    expect(readFileSync(join(root, 'content/es/guides/a.md'), 'utf8')).toBe(before);
    expect(readFileSync(join(root, 'content/es/b.mdx'), 'utf8')).toContain(`sourceHash: "${hash}"`);
    expect(Object.keys(JSON.parse(readFileSync(join(root, 'content/l10n-lock.json'), 'utf8')).articles)).toEqual(['content/es/b.mdx']);
    expect(findings(runCli(['check'], root).stdout).map((line) => line.split(' ').slice(0, 2).join(' '))).toEqual([
      'content/es/guides/a.md:1:1 warning',
    ]);
  });

  it('mark-translated --all without git marks every translation; paths and --all together are a usage error', () => {
    const { root } = adoptedProject();
    rmSync(join(root, '.git'), { recursive: true, force: true });
    expect(runCli(['mark-translated', '--all', 'content/es'], root)).toMatchObject({ status: 2 });
    expect(runCli(['mark-translated'], root)).toMatchObject({ status: 2 });
    const marked = runCli(['mark-translated', '--all'], root);
    expect(marked.stdout.trim().split('\n').at(-1)).toBe('marked 2, skipped 0');
    expect(findings(runCli(['check'], root).stdout)).toEqual([]);
    expect(runCli(['mark-translated', '--all'], root).stdout.trim()).toBe('marked 0, 2 already up to date, skipped 0');
  });
});

describe('parseGitLog', () => {
  const name = fc.string({ minLength: 1 }).filter((text) => !['\u0000', '\u001e', '\u001f'].some((c) => text.includes(c)));
  it('reads back every commit and path git writes with -z, whatever the names hold', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            hash: fc.stringMatching(/^[0-9a-f]{40}$/),
            date: fc.constant('2024-01-01T00:00:00+00:00'),
            files: fc.array(name, { maxLength: 4 }),
          }),
          { maxLength: 5 },
        ),
        (commits) => {
          const output = commits
            .map((c) => `\u001e${c.hash}\u001f${c.date}\u0000${c.files.length > 0 ? `\n${c.files.map((f) => `${f}\u0000`).join('')}` : ''}`)
            .join('');
          expect(parseGitLog(output).commits).toEqual(commits);
        },
      ),
    );
  });
});
