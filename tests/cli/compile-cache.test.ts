import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { BIN } from '../support/run-cli.js';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  dirs.push(dir);
  return dir;
}

/** A project whose check reports something in every report section: a missing key, an extra one, a broken variable. */
function smallProject(): string {
  const dir = tempDir('l10n-compile-cache-project-');
  writeFileSync(join(dir, 'l10n.config.json'), '{ "sourceLocale": "en" }\n');
  const bundles = {
    en: { greeting: 'Hello {{name}}', farewell: 'Bye', items_one: '{{count}} item', items_other: '{{count}} items' },
    es: {
      greeting: 'Hola {{nombre}}',
      extra: 'Sobra',
      items_one: '{{count}} cosa',
      items_many: '{{count}} cosas',
      items_other: '{{count}} cosas',
    },
  };
  for (const [locale, messages] of Object.entries(bundles)) {
    mkdirSync(join(dir, 'locales', locale), { recursive: true });
    writeFileSync(join(dir, 'locales', locale, 'common.json'), `${JSON.stringify(messages, null, 2)}\n`);
  }
  return dir;
}

/** `l10n check --format json` in `project`, with the compile cache in `cache` ('0': off). */
function check(project: string, cache: string): { status: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, [BIN, 'check', '--format', 'json', '--jobs', '1'], {
    cwd: project,
    encoding: 'utf8',
    env: { ...process.env, L10N_COMPILE_CACHE: cache },
    timeout: 60_000,
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** Every file under `dir` with its inode: a file written again (written aside and renamed) gets a new one. */
function filesOf(dir: string): Map<string, number> {
  const files = new Map<string, number>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) files.set(join(entry.parentPath, entry.name), statSync(join(entry.parentPath, entry.name)).ino);
  }
  return files;
}

it('a second check compiles from the cache the first wrote, reports the same, and writes nothing', () => {
  const project = smallProject();
  const cache = tempDir('l10n-compile-cache-');
  const without = check(project, '0');
  expect(without.status).toBe(1);
  expect(readdirSync(cache)).toEqual([]);
  const first = check(project, cache);
  expect(first).toEqual(without);
  const written = filesOf(cache);
  expect(written.size).toBeGreaterThan(5);
  const second = check(project, cache);
  expect(second).toEqual(without);
  // The same files, not one written again: V8 accepted every cache the first run wrote.
  expect(filesOf(cache)).toEqual(written);
});

it('a damaged cache file is compiled as usual, written again, and changes nothing in the report', () => {
  const project = smallProject();
  const cache = tempDir('l10n-compile-cache-');
  const first = check(project, cache);
  const [damaged] = [...filesOf(cache).keys()].sort((a, b) => statSync(b).size - statSync(a).size);
  const garbage = Buffer.alloc(statSync(damaged as string).size, 0x5a);
  writeFileSync(damaged as string, garbage);
  const second = check(project, cache);
  expect(second).toEqual(first);
  expect(readFileSync(damaged as string).equals(garbage)).toBe(false);
  expect(check(project, cache)).toEqual(first);
});

it('a cache folder that cannot be made is not used, and the check runs as without one', () => {
  const project = smallProject();
  const blocker = join(tempDir('l10n-compile-cache-'), 'a-file');
  writeFileSync(blocker, 'not a folder\n');
  const run = check(project, join(blocker, 'cache'));
  expect(run).toEqual(check(project, '0'));
  expect(run.stderr).toBe('');
});

it("a check of 2 MiB or more (which changes V8's heap flag) uses the cache and leaves one a small check accepts", () => {
  const large = smallProject();
  // 2 MiB of messages in the source and the same keys in es: past HEAP_GROWTH_MIN_BYTES.
  for (const locale of ['en', 'es']) {
    const messages = Object.fromEntries(Array.from({ length: 20_000 }, (_, i) => [`key${i}`, `${locale} message number ${i} `.repeat(3)]));
    writeFileSync(join(large, 'locales', locale, 'large.json'), JSON.stringify(messages));
  }
  const cache = tempDir('l10n-compile-cache-');
  const first = check(large, cache);
  const written = filesOf(cache);
  // The chunks the check loads after changing the flag were compiled from the cache too: nothing written again.
  expect(check(large, cache)).toEqual(first);
  expect(filesOf(cache)).toEqual(written);
  const small = smallProject();
  expect(check(small, cache)).toEqual(check(small, '0'));
  // V8 accepts a cache only under the flags it was written with: the large check put its flag back first.
  const after = filesOf(cache);
  for (const [file, inode] of written) expect(after.get(file), file).toBe(inode);
});

it('a bin whose command line cannot be loaded (a damaged install) says so in one line, exit 3', () => {
  const bin = join(tempDir('l10n-damaged-bin-'), 'bin');
  cpSync(dirname(BIN), bin, { recursive: true });
  for (const name of readdirSync(bin)) if (name.startsWith('start-cli-')) rmSync(join(bin, name));
  const run = spawnSync(process.execPath, [join(bin, 'l10n.js'), '--version'], {
    encoding: 'utf8',
    env: { ...process.env, L10N_COMPILE_CACHE: '0' },
  });
  expect(run.status).toBe(3);
  expect(run.stdout).toBe('');
  expect(run.stderr).toMatch(/^l10n: cannot start: Cannot find module '.*start-cli-[\w-]+\.js'\n/);
  expect(run.stderr.split('\n').filter(Boolean)).toHaveLength(1);
});
