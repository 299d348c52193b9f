import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, lchownSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { BIN } from '../support/run-cli.js';

/** The hostile corpus, `tests/fixtures/hostile/<kind>/<case>/`. */
export const CORPUS = fileURLToPath(new URL('../fixtures/hostile/', import.meta.url));
const BASE = join(CORPUS, 'base');

/**
 * A project in a folder of its own: `dir/project` is the project (the shipped-like base plus a
 * case's files), `dir/home` and `dir/tmp` are HOME and TMPDIR for the command, so any write
 * outside the project lands inside `dir`, where the snapshot sees it.
 */
export interface Sandbox {
  dir: string;
  root: string;
}

/** Copies the base project and then each overlay folder (its `expected.json` left out) into a new sandbox. */
export function makeSandbox(...overlays: string[]): Sandbox {
  const dir = mkdtempSync(join(tmpdir(), 'l10n-hostile-'));
  const root = join(dir, 'project');
  cpSync(BASE, root, { recursive: true });
  for (const overlay of overlays) cpSync(overlay, root, { recursive: true, filter: (source) => !source.endsWith('expected.json') });
  mkdirSync(join(dir, 'home'));
  mkdirSync(join(dir, 'tmp'));
  return { dir, root };
}

/** Every path under `dir` with a fingerprint (content hash, link target, or `dir`); symlinks are not followed. */
export function snapshot(dir: string): Map<string, string> {
  const seen = new Map<string, string>();
  const walk = (path: string): void => {
    const stat = lstatSync(path);
    const name = relative(dir, path).split('\\').join('/');
    if (stat.isSymbolicLink()) seen.set(name, `link:${readlinkSync(path)}`);
    else if (stat.isDirectory()) {
      seen.set(name, 'dir');
      for (const entry of readdirSync(path)) walk(join(path, entry));
    } else {
      let content: string;
      try {
        content = createHash('sha256').update(readFileSync(path)).digest('hex');
      } catch {
        content = `unreadable:${stat.size}:${stat.mtimeMs}`;
      }
      seen.set(name, `${stat.mode}:${content}`);
    }
  };
  walk(dir);
  return seen;
}

/** Paths added, removed or changed between two snapshots. */
export function changedPaths(before: Map<string, string>, after: Map<string, string>): string[] {
  const changed = new Set<string>();
  for (const [path, print] of after) if (before.get(path) !== print) changed.add(path);
  for (const path of before.keys()) if (!after.has(path)) changed.add(path);
  return [...changed].sort();
}

/** What a command did: its exit status, output, and the paths of the sandbox it changed. */
export interface Outcome {
  status: number | null;
  stdout: string;
  stderr: string;
  changed: string[];
}

/** Runs the compiled CLI in the sandbox's project; `asUser` runs it as that uid/gid (root only). */
export function runInSandbox(box: Sandbox, args: string[], options: { asUser?: number; timeout?: number } = {}): Outcome {
  if (options.asUser !== undefined) chownTree(box.dir, options.asUser);
  const before = snapshot(box.dir);
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: box.root,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', CI: 'true', HOME: join(box.dir, 'home'), TMPDIR: join(box.dir, 'tmp') },
    maxBuffer: 1 << 30,
    timeout: options.timeout ?? 120_000,
    ...(options.asUser !== undefined ? { uid: options.asUser, gid: options.asUser } : {}),
  });
  // A timeout (a hang) shows up as an error with a null status: fail on it with the command named.
  expect(result.error?.message, `l10n ${args.join(' ')} did not finish`).toBeUndefined();
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, changed: changedPaths(before, snapshot(box.dir)) };
}

function chownTree(path: string, id: number): void {
  lchownSync(path, id, id);
  if (lstatSync(path).isDirectory()) for (const entry of readdirSync(path)) chownTree(join(path, entry), id);
}

/** The invariants of every run: it finished, no stack trace, no internal error, a known exit status. */
export function expectSurvived(outcome: Outcome, what: string): void {
  expect(outcome.stderr, `${what}: stack trace`).not.toMatch(/\n\s+at /);
  expect(`${outcome.stderr}${outcome.stdout}`, `${what}: internal error`).not.toMatch(
    /internal error|Maximum call stack|heap out of memory/,
  );
  expect([0, 1, 2], `${what}: exit status ${outcome.status}\n${outcome.stderr.slice(0, 2000)}`).toContain(outcome.status);
}
