import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { BIN } from '../support/run-cli.js';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A project of one key in two locales, with a JSON config, as a small check's start is measured on. */
function oneKeyProject(): string {
  const dir = mkdtempSync(join(tmpdir(), 'l10n-start-modules-'));
  dirs.push(dir);
  writeFileSync(join(dir, 'l10n.config.json'), '{ "sourceLocale": "en" }\n');
  for (const [locale, text] of [
    ['en', 'Hello'],
    ['es', 'Hola'],
  ]) {
    mkdirSync(join(dir, 'locales', locale as string), { recursive: true });
    writeFileSync(join(dir, 'locales', locale as string, 'common.json'), `{ "greeting": "${text}" }\n`);
  }
  return dir;
}

/** Node's own modules a run of `l10n <args>` in `dir` loaded, as `process.moduleLoadList` names them at exit. */
function builtinsLoaded(dir: string, args: string[]): { status: number | null; loaded: string[] } {
  const preload = join(dir, 'record-modules.cjs');
  const list = join(dir, 'modules.json');
  writeFileSync(
    preload,
    `process.on('exit', () => require('node:fs').writeFileSync(${JSON.stringify(list)}, JSON.stringify(process.moduleLoadList)));\n`,
  );
  const run = spawnSync(process.execPath, ['--require', preload, BIN, ...args], { cwd: dir, encoding: 'utf8', timeout: 60_000 });
  return { status: run.status, loaded: JSON.parse(readFileSync(list, 'utf8')) as string[] };
}

it('a check with neither workers nor --output, --cache or suppressions to write loads no crypto and no worker threads', () => {
  const dir = oneKeyProject();
  const { status, loaded } = builtinsLoaded(dir, ['check', '--jobs', '1']);
  expect(status).toBe(0);
  // Each is a few per cent of a small check's start; only --output, --cache, a TypeScript config or workers need them.
  expect(loaded).not.toContain('NativeModule crypto');
  expect(loaded).not.toContain('NativeModule worker_threads');
});

it('a check that writes its report to a file still loads what writes it', () => {
  const dir = oneKeyProject();
  const { status, loaded } = builtinsLoaded(dir, ['check', '--jobs', '1', '--output', 'report.txt']);
  expect(status).toBe(0);
  expect(loaded).toContain('NativeModule crypto');
  expect(readFileSync(join(dir, 'report.txt'), 'utf8')).toContain('no problems');
});

it('a check writing its report to a pipe makes no stream for it: neither node:net nor node:tty is loaded', () => {
  const dir = oneKeyProject();
  // spawnSync gives the child pipes; process.stdout over a pipe is a net.Socket, a tenth of Node's own start.
  const { status, loaded } = builtinsLoaded(dir, ['check', '--jobs', '1']);
  expect(status).toBe(0);
  expect(loaded).not.toContain('NativeModule net');
  expect(loaded).not.toContain('NativeModule tty');
});

it('loads node:v8 for the heap setting only for bundles of 2 MiB or more, where a full collection can happen', () => {
  const dir = oneKeyProject();
  expect(builtinsLoaded(dir, ['check', '--jobs', '1']).loaded).not.toContain('NativeModule v8');
  // 2 MiB of messages in the source and the same keys in es: a check of the same shape, only larger.
  for (const locale of ['en', 'es']) {
    const messages = Object.fromEntries(Array.from({ length: 20_000 }, (_, i) => [`key${i}`, `${locale} message number ${i} `.repeat(3)]));
    writeFileSync(join(dir, 'locales', locale, 'large.json'), JSON.stringify(messages));
  }
  const large = builtinsLoaded(dir, ['check', '--jobs', '1']);
  expect(large.loaded).toContain('NativeModule v8');
});
