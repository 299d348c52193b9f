import { spawn, spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { measure, measureSideBySide, median } from './measure.mjs';

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
