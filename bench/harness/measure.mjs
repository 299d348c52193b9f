import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Whole-process measurement: wall time from the parent's monotonic clock, peak RSS and CPU time
 * (user + system) from GNU time (`/usr/bin/time -f '%M %U %S'`, Debian package "time"), which sees
 * the process itself rather than the harness. When GNU time is missing the harness tries to
 * install it once.
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

/**
 * Runs a command once and returns its wall seconds, peak RSS in MB and CPU seconds (user + system;
 * both null without GNU time), status and output. Standard output goes to a file, read after the
 * clock stops: collected through a pipe by `spawnSync`, a 53 MiB report cost the harness itself
 * 0.5-1 s (`cat` of the same file: 0.76-0.98 s), which the row of the command that wrote it then
 * showed as its own.
 */
export function runOnce(command, args, { cwd, env, timeoutMs = 300_000 } = {}) {
  const gnu = ensureGnuTime();
  const timeFile = join(scratch, 'time');
  const outFile = join(scratch, 'stdout');
  const [file, argv] = gnu ? [TIME, ['-f', '%M %U %S', '-o', timeFile, command, ...args]] : [command, args];
  const out = openSync(outFile, 'w');
  const start = process.hrtime.bigint();
  const result = spawnSync(file, argv, {
    cwd,
    env: env && { ...process.env, ...env },
    stdio: ['ignore', out, 'pipe'],
    encoding: 'utf8',
    maxBuffer: 1 << 30,
    timeout: timeoutMs,
  });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  closeSync(out);
  const [kb, user, system] =
    gnu && existsSync(timeFile) ? readFileSync(timeFile, 'utf8').trim().split('\n').at(-1).split(' ').map(Number) : [];
  const rss = kb === undefined ? null : kb / 1024;
  const cpu = user === undefined ? null : user + system;
  return { seconds, rss, cpu, status: result.status, stdout: readFileSync(outFile, 'utf8'), stderr: result.stderr ?? '' };
}

/** The median of a list of numbers. */
export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function summary(samples, warmup) {
  const seconds = samples.map((s) => s.seconds);
  const rss = samples.map((s) => s.rss).filter((r) => r !== null);
  const cpu = samples.map((s) => s.cpu).filter((c) => c !== null);
  return {
    median: median(seconds),
    spread: Math.max(...seconds) - Math.min(...seconds),
    rss: rss.length > 0 ? median(rss) : null,
    cpu: cpu.length > 0 ? median(cpu) : null,
    samples: seconds,
    output: warmup,
  };
}

/**
 * Measures several commands side by side: one warm-up run of each (its output is returned for
 * scoring), then `runs` rounds that run every command once, so that load from elsewhere on a
 * shared machine falls on all of them alike. A job's `before` runs untimed ahead of each of its
 * runs (to reset state); its `env`, variables added to this process's. Each result has the median and spread (max - min) of wall time and the
 * median peak RSS.
 */
export function measureSideBySide(jobs, runs) {
  const once = (job) => {
    job.before?.();
    return runOnce(job.command, job.args, { cwd: job.cwd, env: job.env });
  };
  const warmups = jobs.map(once);
  const samples = jobs.map(() => []);
  for (let round = 0; round < runs; round++) jobs.forEach((job, i) => samples[i].push(once(job)));
  return jobs.map((_, i) => summary(samples[i], warmups[i]));
}

/** Measures one command: a warm-up, then `runs` timed runs. */
export function measure(command, args, { cwd, runs, before } = {}) {
  return measureSideBySide([{ command, args, cwd, before }], runs)[0];
}
