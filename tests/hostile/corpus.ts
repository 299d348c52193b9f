import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { generators } from './generators.js';
import { CORPUS, expectSurvived, makeSandbox, runInSandbox, type Outcome, type Sandbox } from './sandbox.js';

/** What one command must do with one case: its exit status, a pattern its output shows, the project paths it may change. */
export interface CommandExpectation {
  exit: number;
  /** A regular expression over stdout + stderr: the diagnostic, usually `file:line:col`. */
  says?: string;
  /** A regular expression that must never match the output (a secret a linked file holds). */
  never?: string;
  /** Project paths (prefixes) the command may write; build may always write `dist`. */
  writes?: string[];
  /** The command line, when not the command's usual one (see commandArgs): `import incoming/x.xlf`. */
  args?: string[];
}

/** A case of the corpus: `tests/fixtures/hostile/<kind>/<name>/expected.json` beside its files. */
export interface HostileCase {
  kind: string;
  name: string;
  dir: string;
  description: string;
  /** The hostile file, relative to the project root (what mark-translated is pointed at). */
  input: string;
  /** A generator (see generators.ts) for inputs too big or too strange to commit. */
  generate?: keyof typeof generators;
  expect: Record<string, CommandExpectation>;
}

/** Every case of one kind, in name order. */
export function casesOf(kind: string): HostileCase[] {
  const root = join(CORPUS, kind);
  return readdirSync(root)
    .filter((name) => existsSync(join(root, name, 'expected.json')))
    .sort()
    .map((name) => ({
      kind,
      name,
      dir: join(root, name),
      ...(JSON.parse(readFileSync(join(root, name, 'expected.json'), 'utf8')) as Omit<HostileCase, 'kind' | 'name' | 'dir'>),
    }));
}

/** The arguments of each command that reads bundles, articles, source pages or the config. */
export function commandArgs(command: string, input: string): string[] {
  switch (command) {
    case 'export':
      return ['export', '--locale', 'es-AR'];
    case 'import':
      return ['import', '../es-AR.po', '--locale', 'es-AR'];
    case 'mark-translated':
      return ['mark-translated', input];
    case 'ingest':
      return ['ingest', input];
    default:
      return [command];
  }
}

/** A fresh sandbox for a case: base project, the case's files, its generator, and `po` beside the project for import. */
export function caseSandbox(item: HostileCase, po: string): Sandbox {
  const box = makeSandbox(item.dir);
  if (item.generate) generators[item.generate](box.root);
  writeFileSync(join(box.dir, 'es-AR.po'), po);
  return box;
}

/**
 * Runs one command on one case and checks everything the corpus promises: it finished, no stack
 * trace, the expected exit status and diagnostic, and no path written but the allowed ones.
 */
export function runCase(item: HostileCase, command: string, box: Sandbox, options: { asUser?: number } = {}): Outcome {
  const expected = item.expect[command];
  if (!expected) throw new Error(`${item.kind}/${item.name}: no expectation for ${command}`);
  const what = `${item.kind}/${item.name}: l10n ${command}`;
  const outcome = runInSandbox(box, expected.args ?? commandArgs(command, item.input), {
    ...options,
    timeout: item.generate?.startsWith('huge') ? 300_000 : 120_000,
  });
  expectSurvived(outcome, what);
  expect(outcome.status, `${what}: exit status\n${outcome.stdout.slice(0, 1500)}\n${outcome.stderr.slice(0, 1500)}`).toBe(expected.exit);
  if (expected.says) expect(`${outcome.stdout}\n${outcome.stderr}`, what).toMatch(new RegExp(expected.says, 'm'));
  if (expected.never) expect(`${outcome.stdout}\n${outcome.stderr}`, what).not.toMatch(new RegExp(expected.never, 'm'));
  // A build writes its output; any command may write l10n's cache in the user's temp folder (the
  // sandbox has no node_modules): the build's, a TypeScript config's transpiled module.
  const allowed = [...[...(expected.writes ?? []), ...(command === 'build' ? ['dist'] : [])].map((p) => `project/${p}`), 'tmp/l10n-cache-'];
  const unexpected = outcome.changed.filter(
    (path) => !allowed.some((prefix) => path === prefix || path.startsWith(prefix.endsWith('-') ? prefix : `${prefix}/`)),
  );
  expect(unexpected, `${what}: changed files it should not`).toEqual([]);
  return outcome;
}
