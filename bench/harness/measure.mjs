import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Whole-process measurement: wall time from the parent's monotonic clock, peak RSS from GNU time
 * (`/usr/bin/time -f %M`, kilobytes, Debian package "time"), which sees the process itself rather
 * than the harness. When GNU time is missing the harness tries to install it once.
 */

const TIME = '/usr/bin/time';
let timeChecked = false;

/** Makes sure GNU time is present (apt-get install -y time when missing); false if it cannot be. */
export function ensureGnuTime() {
  if (timeChecked) return existsSync(TIME);
  timeChecked = true;
  if (existsSync(TIME)) return true;
  process.stderr.write('bench: /usr/bin/time is missing; trying "apt-get install -y time" for peak RSS\n');
  spawnSync('apt-get', ['install', '-y', 'time'], { stdio: 'ignore' });
  return existsSync(TIME);
}

const scratch = mkdtempSync(join(tmpdir(), 'l10n-bench-time-'));
process.on('exit', () => rmSync(scratch, { recursive: true, force: true }));

/** Runs a command once and returns its wall seconds, peak RSS in MB (or null), status and output. */
export function runOnce(command, args, { cwd, timeoutMs = 300_000 } = {}) {
  const gnu = ensureGnuTime();
  const rssFile = join(scratch, 'rss');
  const [file, argv] = gnu ? [TIME, ['-f', '%M', '-o', rssFile, command, ...args]] : [command, args];
  const start = process.hrtime.bigint();
  const result = spawnSync(file, argv, { cwd, encoding: 'utf8', maxBuffer: 1 << 30, timeout: timeoutMs });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const rss = gnu && existsSync(rssFile) ? Number(readFileSync(rssFile, 'utf8').trim().split('\n').at(-1)) / 1024 : null;
  return { seconds, rss, status: result.status, stdout: result.stdout ?? '', stderr: result.stderr ?? '' };
}

/** The median of a list of numbers. */
export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * One warm-up run (whose output is returned for scoring), then `runs` timed runs; `before` runs
 * untimed ahead of every run (to reset state). Returns median and spread (max - min) of wall time
 * and the median peak RSS.
 */
export function measure(command, args, { cwd, runs, before } = {}) {
  before?.();
  const warmup = runOnce(command, args, { cwd });
  const samples = [];
  for (let i = 0; i < runs; i++) {
    before?.();
    samples.push(runOnce(command, args, { cwd }));
  }
  const seconds = samples.map((s) => s.seconds);
  const rss = samples.map((s) => s.rss).filter((r) => r !== null);
  return {
    median: median(seconds),
    spread: Math.max(...seconds) - Math.min(...seconds),
    rss: rss.length > 0 ? median(rss) : null,
    samples: seconds,
    output: warmup,
  };
}
