import { spawn, spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { measure, measureSideBySide, median, runOnce } from './measure.mjs';

/**
 * Measurements of the commands other than check (watch, build, ingest). Each is measured only
 * when the compiled bin has it; otherwise the row says "n/a (not built)".
 */

/** Whether `l10n <command>` exists: its --help must be its own (commander shows the program's help for unknown commands). */
export function hasCommand(bin, command) {
  const result = spawnSync(process.execPath, [bin, command, '--help'], { encoding: 'utf8' });
  return result.status === 0 && result.stdout.includes(`Usage: l10n ${command}`) ? result.stdout : undefined;
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * `l10n check --watch` on a corpus: after the first report, a value of one file is changed
 * `runs` times; the latency is from the write to the first byte of the new report.
 */
export async function watchLatency(bin, root, runs) {
  const file = join(root, 'locales', 'es', 'common.json');
  const original = readFileSync(file, 'utf8');
  // github: one line per finding (the watcher refuses json and sarif, whose documents its lines would break).
  const child = spawn(process.execPath, [bin, 'check', '--watch', '--root', root, '--format', 'github'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let last = 0;
  let chunks = 0;
  let stderr = '';
  let exited = false;
  child.stdout.on('data', () => {
    chunks++;
    last = performance.now();
  });
  child.stderr.on('data', (data) => (stderr += data));
  child.on('exit', () => (exited = true));
  // Waits until output has been quiet for 300 ms (after at least one new chunk when `fresh`).
  const settle = async (timeoutMs, fresh) => {
    const start = performance.now();
    const before = chunks;
    while (performance.now() - start < timeoutMs) {
      await sleep(20);
      if (exited) return false;
      if ((!fresh || chunks > before) && performance.now() - last > 300) return true;
    }
    return false;
  };
  const latencies = [];
  try {
    if (!(await settle(120_000, true)))
      return { error: exited ? `the watcher exited: ${stderr.trim() || 'no message'}` : 'no first report within 120 s' };
    for (let i = 0; i < runs; i++) {
      const before = chunks;
      const firstByte = new Promise((resolve) => child.stdout.once('data', () => resolve(performance.now())));
      const start = performance.now();
      writeFileSync(file, i % 2 === 0 ? original.replace(/": "/, '": " ') : original);
      const end = await Promise.race([firstByte, sleep(30_000).then(() => undefined)]);
      if (end === undefined || chunks === before) return { error: 'no new report within 30 s of a save' };
      latencies.push((end - start) / 1000);
      await settle(30_000, false);
    }
  } finally {
    child.kill();
    writeFileSync(file, original);
  }
  return { median: median(latencies), spread: Math.max(...latencies) - Math.min(...latencies), samples: latencies };
}

function countPages(dir) {
  if (!existsSync(dir)) return 0;
  return readdirSync(dir, { recursive: true }).filter((name) => String(name).endsWith('.html')).length;
}

/**
 * `l10n build` of the site next to the bare unified floor, and a rebuild after a change to one
 * article, side by side in the same rounds: the floor and the full build from clean output
 * folders (and no build cache), then the rebuild over the output the full build just wrote. The machine's pace
 * varies from minute to minute, so the rebuild is compared with full builds of the same rounds.
 */
export function buildThroughput(bin, floorScript, siteRoot, runs) {
  const outDir = join(siteRoot, 'dist');
  const floorOut = join(siteRoot, 'dist-floor');
  const build = { command: process.execPath, args: [bin, 'build', '--root', siteRoot], cwd: siteRoot };
  const article = join(siteRoot, 'content', 'en', readdirSync(join(siteRoot, 'content', 'en')).sort()[0]);
  const text = readFileSync(article, 'utf8');
  const [floor, full, rebuild] = measureSideBySide(
    [
      {
        command: process.execPath,
        args: [floorScript, siteRoot, floorOut],
        before: () => rmSync(floorOut, { recursive: true, force: true }),
      },
      // --force: the build cache (outside the output) would otherwise spare it parsing the articles.
      { ...build, args: [...build.args, '--force'], before: () => rmSync(outDir, { recursive: true, force: true }) },
      { ...build, before: () => appendFileSync(article, '\nOne more sentence.\n') },
    ],
    runs,
  );
  writeFileSync(article, text);
  const counts = { floor: countPages(floorOut), full: countPages(outDir) };
  return { floor: { ...floor, pages: counts.floor }, full: { ...full, pages: counts.full }, rebuild };
}

/** `l10n ingest` of the shipped source pages, each run in a fresh copy of the project's inputs. */
export function ingestTime(bin, repoRoot, runs, help) {
  const root = mkdtempSync(join(tmpdir(), 'l10n-bench-ingest-'));
  const fresh = () => {
    for (const name of readdirSync(root)) rmSync(join(root, name), { recursive: true, force: true });
    cpSync(join(repoRoot, 'content', 'sources'), join(root, 'content', 'sources'), { recursive: true });
    cpSync(join(repoRoot, 'locales'), join(root, 'locales'), { recursive: true });
    cpSync(join(repoRoot, 'l10n.config.ts'), join(root, 'l10n.config.ts'));
  };
  try {
    const pages = readdirSync(join(repoRoot, 'content', 'sources')).map((name) => join(root, 'content', 'sources', name));
    const args = [bin, 'ingest', ...(help.includes('--root') ? ['--root', root] : []), ...pages];
    return measure(process.execPath, args, { cwd: root, runs, before: fresh });
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

/** Every file under a folder with its bytes, for comparing two outputs. */
function treeOf(dir) {
  const files = new Map();
  for (const name of readdirSync(dir, { recursive: true, withFileTypes: true }))
    if (name.isFile()) files.set(join(name.parentPath, name.name).slice(dir.length + 1), readFileSync(join(name.parentPath, name.name)));
  return files;
}

/**
 * A single `l10n build --force` against `count` shard builds run one after another plus
 * `l10n merge` (bench/harness/sharded-build.mjs), alternating for `runs` rounds, each from clean
 * output folders; then whether the merged site is byte-identical to the single build's. No
 * warm-up round: each run takes minutes, so a warm file cache is not what decides it.
 */
export function shardedVersusSingle(bin, siteRoot, count, runs) {
  const work = mkdtempSync(join(tmpdir(), 'l10n-bench-shards-'));
  try {
    const single = join(work, 'single');
    const script = join(import.meta.dirname, 'sharded-build.mjs');
    const clean = (own) => {
      for (const name of readdirSync(work).filter(own)) rmSync(join(work, name), { recursive: true, force: true });
    };
    const samples = { single: [], sharded: [] };
    for (let round = 0; round < runs; round++) {
      clean((name) => name === 'single');
      samples.single.push(
        runOnce(process.execPath, [bin, 'build', '--root', siteRoot, '--force', '--quiet', '--out', single], { timeoutMs: 3_600_000 }),
      );
      clean((name) => name !== 'single');
      samples.sharded.push(runOnce(process.execPath, [script, bin, siteRoot, work, String(count)], { timeoutMs: 3_600_000 }));
    }
    const merged = treeOf(join(work, 'merged'));
    const expected = treeOf(single);
    const identical = merged.size === expected.size && [...expected].every(([path, bytes]) => merged.get(path)?.equals(bytes));
    return { single: { ...summarize(samples.single), pages: countPages(single) }, sharded: summarize(samples.sharded), identical };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** Median and spread of wall time, median peak RSS, and the last run's output. */
function summarize(runs) {
  const seconds = runs.map((r) => r.seconds);
  const rss = runs.map((r) => r.rss).filter((r) => r !== null);
  return {
    median: median(seconds),
    spread: Math.max(...seconds) - Math.min(...seconds),
    rss: rss.length > 0 ? median(rss) : null,
    output: runs.at(-1),
  };
}
