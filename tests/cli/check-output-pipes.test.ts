import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { BIN } from '../support/run-cli.js';

// A report of 4,000 missing keys, several times what a pipe holds (64 KiB on Linux), so the reader's pace matters.
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'l10n-output-pipes-'));
  writeFileSync(join(dir, 'l10n.config.json'), '{ "sourceLocale": "en" }\n');
  const source = Object.fromEntries(Array.from({ length: 4000 }, (_, i) => [`key${i}`, `Source text number ${i}`]));
  for (const [locale, bundle] of [
    ['en', source],
    ['es', {}],
  ] as const) {
    mkdirSync(join(dir, 'locales', locale), { recursive: true });
    writeFileSync(join(dir, 'locales', locale, 'common.json'), `${JSON.stringify(bundle, null, 2)}\n`);
  }
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs `l10n <args>` with its standard output a pipe read from `delay` ms on, or closed at its first bytes. */
async function runPiped(
  args: string[],
  options: { delay?: number; closeEarly?: boolean; nodeArgs?: string[] } = {},
): Promise<{ code: number | null; stdout: Buffer; stderr: string }> {
  const child = spawn(process.execPath, [...(options.nodeArgs ?? []), BIN, ...args], {
    cwd: dir,
    env: { ...process.env, NO_COLOR: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const chunks: Buffer[] = [];
  const closed = new Promise<number | null>((resolve) => child.on('close', resolve));
  if (options.closeEarly) child.stdout.once('data', () => child.stdout.destroy());
  else {
    child.stdout.pause();
    await sleep(options.delay ?? 0);
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk)).resume();
  }
  return { code: await closed, stdout: Buffer.concat(chunks), stderr };
}

/** The report as `--output` writes it to a file. */
async function reportFile(format: string): Promise<Buffer> {
  const file = join(dir, `report.${format}`);
  const run = spawn(process.execPath, [BIN, 'check', '--format', format, '--output', file], { cwd: dir, stdio: 'ignore' });
  await new Promise((resolve) => run.on('close', resolve));
  return readFileSync(file);
}

it('stops quietly when its reader closes the pipe early (`l10n check | head -1`): no message, the status set so far', async () => {
  for (const format of ['text', 'json']) {
    const { code, stderr } = await runPiped(['check', '--format', format], { closeEarly: true });
    expect({ format, code, stderr }).toEqual({ format, code: 0, stderr: '' });
  }
});

it('writes a report of many pipefuls whole, in order, to a reader that is slow to start', async () => {
  const expected = await reportFile('text');
  expect(expected.length).toBeGreaterThan(8 * 65_536);
  const { code, stdout, stderr } = await runPiped(['check'], { delay: 500 });
  expect({ code, stderr }).toEqual({ code: 1, stderr: '' });
  expect(stdout.equals(expected)).toBe(true);
});

it('writes every byte to a non-blocking pipe that fills up (EAGAIN), as when another Node process shares it', async () => {
  // Node's stream for a pipe sets the pipe non-blocking, for every process that shares it: a preload
  // that makes the stream leaves the check a descriptor that refuses writes while the reader waits.
  const preload = join(dir, 'stdout-stream-first.cjs');
  writeFileSync(preload, 'process.stdout;\n');
  const expected = await reportFile('json');
  const { code, stdout, stderr } = await runPiped(['check', '--format', 'json'], { delay: 500, nodeArgs: ['--require', preload] });
  expect({ code, stderr }).toEqual({ code: 1, stderr: '' });
  expect(stdout.equals(expected)).toBe(true);
});
