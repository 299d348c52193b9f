#!/usr/bin/env node
/**
 * `npm run bench`: times whole processes on generated i18next projects and scores their findings.
 *
 *   node bench/run.mjs [--runs 5] [--sizes small,medium,large] [--build-runs 3] [--seed 1] [--quick]
 *                      [--only start,check,bounds,cache,sync,watch,build,ingest,ingest-pages,backlog,shards,lsp] [--backlog test|bench] [--shard-articles 10000]
 *
 * Rows: a small project's start against `node -e 0` (the bin's `--version`, `check` of the shipped
 * project, of the small corpus (with the bin's compile cache and without), and of it with the TypeScript config `l10n init` writes, in the same rounds), the floor (read + JSON.parse every file), `l10n check --format json` (compiled bin),
 * @lingual/i18n-check, the same corpora and the backlog project checked with fewer rules beside the
 * floor (bounds: what the cold-check targets leave room for), then `l10n check --watch` latency, `l10n build` against the bare unified
 * pipeline, `l10n ingest` of the shipped page, `l10n ingest` scored on unseen pages with
 * truth files, `l10n check` in every report format on a project with a backlog (tens of
 * thousands of findings) against the floor of the same files, and a single `l10n build` of a
 * 20,000-page site against two shard builds run one after the other plus `l10n merge`, and
 * `l10n lsp --stdio` latency (didChange -> publishDiagnostics) on the shipped and the medium
 * project, each only when the bin has the command. `--only` runs some of these groups (the
 * machine may be shared). Prints one table and writes the same figures to bench/results/latest.json
 * (latest-<groups>.json for an --only run).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { backlogCorpus, corpus, shardSite, site, smallWithInitConfig } from './harness/corpus-cache.mjs';
import { measureSideBySide, runOnce } from './harness/measure.mjs';
import { ingestUnseenPages, unseenPagesRow } from './harness/ingest-pages.mjs';
import { cachedCheckAfterEdit } from './harness/cached-check.mjs';
import { flatSyncAndImport } from './harness/flat-sync.mjs';
import { buildThroughput, hasCommand, ingestTime, shardedVersusSingle, watchLatency } from './harness/pipeline-commands.mjs';
import { eslintFindings, eslintI18nJson } from './harness/eslint-i18n-json.mjs';
import { lspLatency } from './harness/lsp-latency.mjs';
import { lowerBounds } from './harness/lower-bounds.mjs';
import { i18nCheckFindings, l10nFindings, score } from './harness/score.mjs';
import { formatTable, missedKinds } from './harness/table.mjs';
import { formatTargets, targetResults } from './harness/targets.mjs';

const benchDir = dirname(fileURLToPath(import.meta.url));
const repoRoot = dirname(benchDir);
const bin = join(repoRoot, 'lib', 'bin', 'l10n.js');
const floorScript = join(benchDir, 'floor.mjs');
const walkFloorScript = join(benchDir, 'walk-floor.mjs');
const i18nCheck = join(repoRoot, 'node_modules', '@lingual', 'i18n-check', 'dist', 'bin', 'index.js');

const GROUPS = ['start', 'check', 'bounds', 'cache', 'sync', 'watch', 'build', 'ingest', 'ingest-pages', 'backlog', 'shards', 'lsp'];
const BACKLOG_FORMATS = ['text', 'json', 'github', 'sarif', 'markdown'];
const usage = `usage: node bench/run.mjs [--runs 5] [--sizes small,medium,large] [--build-runs 3] [--seed 1] [--quick] [--only ${GROUPS.join(',')}] [--backlog test|bench] [--shard-articles 10000]`;
let parsed;
try {
  parsed = parseArgs({
    options: {
      runs: { type: 'string' },
      sizes: { type: 'string' },
      'build-runs': { type: 'string' },
      seed: { type: 'string', default: '1' },
      quick: { type: 'boolean', default: false },
      only: { type: 'string' },
      backlog: { type: 'string', default: 'bench' },
      'shard-articles': { type: 'string', default: '10000' },
      help: { type: 'boolean', default: false },
    },
  });
} catch (error) {
  process.stderr.write(`bench: ${error.message}\n${usage}\n`);
  process.exit(2);
}
if (parsed.values.help) {
  process.stdout.write(`${usage}\n`);
  process.exit(0);
}
const { values } = parsed;
const only = new Set((values.only ?? GROUPS.join(',')).split(',').map((s) => s.trim()));
const unknown = [...only].filter((group) => !GROUPS.includes(group));
if (unknown.length > 0) {
  process.stderr.write(`bench: --only takes ${GROUPS.join(', ')}; not ${unknown.join(', ')}\n${usage}\n`);
  process.exit(2);
}
const quick = values.quick;
const runs = Number(values.runs ?? (quick ? 1 : 5));
const buildRuns = Number(values['build-runs'] ?? (quick ? 1 : Math.min(runs, 3)));
const sizes = (values.sizes ?? (quick ? 'small,medium' : 'small,medium,large')).split(',').map((s) => s.trim());
const seed = Number(values.seed);
const log = (text) => process.stderr.write(`bench: ${text}\n`);

log('compiling src/ (npm run compile: lib/ and the bundled lib/bin/l10n.js)');
const tsc = spawnSync('npm', ['run', '-s', 'compile'], { cwd: repoRoot, encoding: 'utf8' });
if (tsc.status !== 0) log(`compile reported errors; measuring whatever lib/ holds\n${tsc.stdout.slice(0, 800)}`);

const rows = [];
const row = (fields) => {
  rows.push(fields);
  log(`${fields.tool} ${fields.size}: ${fields.median == null ? fields.notes : `${fields.median.toFixed(3)} s`}`);
};
const notBuilt = (tool, size) => row({ tool, size, notes: 'n/a (not built)' });
const relative = (m, floor) => ({
  median: m.median,
  spread: m.spread,
  rss: m.rss,
  ratio: m.median / floor.median,
  rssRatio: m.rss && floor.rss ? m.rss / floor.rss : null,
});
const corpora = {};

// Target 1's last clause: a small project's check starts in at most twice `node -e 0`.
if (only.has('start')) {
  const small = corpus('small', seed).root;
  const jobs = [
    { tool: 'node -e 0', size: 'start', args: ['-e', '0'] },
    { tool: 'l10n --version', size: 'start', args: [bin, '--version'] },
    { tool: 'l10n check', size: 'shipped project', args: [bin, 'check', '--root', repoRoot] },
    { tool: 'l10n check', size: 'small', args: [bin, 'check', '--root', small], target: true },
    // The same with the compile cache off: every start as the first after an install or a Node upgrade.
    { tool: 'l10n check', size: 'small, no compile cache', args: [bin, 'check', '--root', small], env: { L10N_COMPILE_CACHE: '0' } },
    { tool: 'l10n check', size: "small, init's config", args: [bin, 'check', '--root', smallWithInitConfig(seed, bin)] },
  ];
  const measured = measureSideBySide(
    jobs.map((job) => ({ command: process.execPath, args: job.args, env: job.env })),
    Math.max(runs, 9),
  );
  const node = measured[0];
  jobs.forEach((job, i) => {
    const m = measured[i];
    const cpu = m.cpu === null ? '' : `CPU ${(m.cpu * 1000).toFixed(0)} ms, ${(m.cpu / node.cpu).toFixed(2)}x node -e 0's`;
    const notes = [
      cpu,
      job.target ? 'x floor is x node -e 0 here (target 2x)' : i > 0 ? 'x floor is x node -e 0 here' : 'the base of this group',
    ];
    const targets = job.target ? [{ name: 'issue 24.1: a small check <= 2x node -e 0', of: 'ratio', limit: 2 }] : undefined;
    row({ tool: job.tool, size: job.size, ...relative(m, node), cpu: m.cpu, targets, notes: notes.filter(Boolean).join('; ') });
  });
}

// The check rows need the corpora; the cache and watch rows need the largest one.
for (const size of only.has('check') || only.has('watch') || only.has('cache') ? sizes : []) {
  const { root, defects, stats } = corpus(size, seed);
  corpora[size] = root;
  if (!only.has('check')) continue;
  const locales = join(root, 'locales');
  const base = [i18nCheck, '--locales', 'locales', '--source', 'en', '--format', 'i18next'];
  const probe = runOnce(process.execPath, base, { cwd: root });
  const crashed = /SyntaxError/.test(probe.stderr);
  const broken = defects.filter((d) => d.kind === 'json-syntax').map((d) => d.file);
  const namespaces = readdirSync(join(locales, 'en')).map((name) => name.replace(/\.json$/, ''));
  // ESLint diffs every file's whole key structure: 16 s a run at medium, minutes at large.
  const lint = size !== 'large';
  const [floor, check, lingual, eslint] = measureSideBySide(
    [
      { command: process.execPath, args: [floorScript, locales] },
      { command: process.execPath, args: [bin, 'check', '--root', root, '--format', 'json'] },
      { command: process.execPath, args: crashed ? [...base, '--exclude', ...broken] : base, cwd: root },
      ...(lint ? [{ ...eslintI18nJson(repoRoot, namespaces, 'en'), cwd: root }] : []),
    ],
    runs,
  );
  const mib = (stats.bytes / 2 ** 20).toFixed(1);
  row({
    tool: 'floor (read + JSON.parse)',
    size,
    ...relative(floor, floor),
    notes: `${stats.files} files, ${stats.messages.toLocaleString('en')} messages, ${mib} MiB`,
  });

  try {
    const recall = score(l10nFindings(check.output.stdout), defects);
    const limit = { medium: 2, large: 1.5 }[size];
    row({
      tool: 'l10n check',
      size,
      ...relative(check, floor),
      recall,
      ...(limit && { targets: [{ name: `issue 24.1: cold check <= ${limit}x the floor`, of: 'ratio', limit }] }),
      notes: missedKinds(recall) && `misses ${missedKinds(recall)}`,
    });
  } catch {
    row({
      tool: 'l10n check',
      size,
      ...relative(check, floor),
      notes: `no JSON report (exit ${check.output.status}): ${check.output.stderr.split('\n')[0]}`,
    });
  }

  const recall = score(i18nCheckFindings(lingual.output.stdout), defects);
  const missed = missedKinds(recall);
  const notes = [
    crashed ? 'crashes on the broken file (names no file), so timed with --exclude of it' : '',
    missed ? `misses ${missed}` : '',
  ];
  row({ tool: '@lingual/i18n-check', size, ...relative(lingual, floor), recall, notes: notes.filter(Boolean).join('; ') });

  if (!eslint) {
    row({ tool: 'eslint-plugin-i18n-json', size, notes: 'not run at this size (16 s a run at medium; ten times the messages here)' });
    continue;
  }
  const linted = score(eslintFindings(eslint.output.stdout, root), defects);
  const eslintMissed = missedKinds(linted);
  row({
    tool: 'eslint-plugin-i18n-json',
    size,
    ...relative(eslint, floor),
    recall: linted,
    notes: ['ESLint 9, identical-keys + identical-placeholders per namespace, valid-json', eslintMissed && `misses ${eslintMissed}`]
      .filter(Boolean)
      .join('; '),
  });
}

// What the cold-check targets leave room for: rule sets from none to all beside the floor (issue 24).
if (only.has('bounds')) {
  const targetOf = { small: '2x node -e 0', medium: '2x', large: '1.5x', backlog: '3x' };
  // A quick run leaves the backlog project out: it alone takes about a minute and a half here.
  const backlog = quick ? [] : [['backlog', backlogCorpus(values.backlog, seed).root]];
  const projects = [...sizes.map((size) => [size, corpus(size, seed).root]), ...backlog];
  for (const [size, root] of projects) {
    const small = size === 'small';
    const m = await lowerBounds({ bin, floorScript, walkFloorScript, root, runs, withNode: small });
    const label = size === 'backlog' ? `backlog (${values.backlog})` : size;
    const against = (measured) => (small ? `; ${(measured.median / m.node.median).toFixed(2)}x node -e 0` : '');
    const bound = (tool, measured, note) =>
      row({ tool, size: label, ...relative(measured, m.floor), notes: `${note}${against(measured)}` });
    if (small) row({ tool: 'node -e 0', size: label, ...relative(m.node, m.floor), notes: 'the base of the small target' });
    bound('floor (read + JSON.parse)', m.floor, 'the base of the ratios');
    bound('floor + key comparison', m.walk, 'bench/walk-floor.mjs: each locale beside the source, no positions, no findings');
    bound('l10n check, parse rules only', m.parsed, 'json-syntax and duplicate-key on, every other rule off');
    bound('l10n check, key rules only', m.keys, 'and missing-key and extra-key');
    bound('l10n check, every rule', m.full, `the corpus's config; the cold-check target is ${targetOf[size]}`);
  }
}

const largest = sizes.at(-1);
if (only.has('cache') && hasCommand(bin, 'check')?.includes('--cache')) {
  const { floor, cached, identical } = await cachedCheckAfterEdit(bin, floorScript, corpora[largest], runs);
  row({
    tool: 'l10n check --cache (1 file edited)',
    size: largest,
    ...relative(cached, floor),
    // A cached report that differs from a cold one fails the target whatever its speed.
    failed: !identical,
    targets: [{ name: 'issue 24.2: check --cache after one edit <= 0.5x the floor', of: 'ratio', limit: 0.5 }],
    notes: [
      `floor ${floor.median.toFixed(3)} s in the same rounds`,
      cached.cpu !== null &&
        floor.cpu !== null &&
        `CPU ${cached.cpu.toFixed(2)} s against the floor's ${floor.cpu.toFixed(2)} s (${(cached.cpu / floor.cpu).toFixed(2)}x)`,
      `report ${identical ? 'identical to' : 'DIFFERENT from'} a check without the cache (target 0.5x)`,
    ]
      .filter(Boolean)
      .join('; '),
  });
} else if (only.has('cache')) notBuilt('l10n check --cache (1 file edited)', largest);
if (only.has('sync') && hasCommand(bin, 'sync') && hasCommand(bin, 'import')) {
  const flat = flatSyncAndImport(bin, runs);
  const size = '2,700 keys, 830 new';
  row({
    tool: 'l10n check --locale es',
    size,
    ...relative(flat.check, flat.check),
    notes: 'one flat file: the baseline of the two rows below',
  });
  for (const [tool, m] of [
    ['l10n sync --locale es', flat.sync],
    ['l10n import (PO)', flat.imported],
  ])
    row({
      tool,
      size,
      ...relative(m, flat.check),
      targets: [{ name: 'issue 24.4: sync and import <= 3x check --locale', of: 'ratio', limit: 3 }],
      notes: `x check --locale es in the same rounds (target 3x); the file has ${flat.keys} keys after the last run`,
    });
} else if (only.has('sync')) notBuilt('l10n sync --locale es', '2,700 keys, 830 new');

if (only.has('watch') && hasCommand(bin, 'check')?.includes('--watch')) {
  const latency = await watchLatency(bin, corpora[largest], Math.max(runs, 3));
  if (latency.error) row({ tool: 'l10n check --watch (save -> report)', size: largest, notes: latency.error });
  else
    row({
      tool: 'l10n check --watch (save -> report)',
      size: largest,
      median: latency.median,
      spread: latency.spread,
      targets: [{ name: 'issue 24.5: watch, save to report < 50 ms', of: 'median', limit: 0.05 }],
      notes: 'first byte of the new report after a save',
    });
} else if (only.has('watch')) notBuilt('l10n check --watch (save -> report)', largest);

if (only.has('build') && hasCommand(bin, 'build')) {
  const siteRoot = site(seed, repoRoot);
  const b = buildThroughput(bin, join(benchDir, 'unified-floor.mjs'), siteRoot, buildRuns);
  const pps = (m) => (m.pages && m.median ? `${Math.round(m.pages / m.median)} pages/s (${m.pages} pages)` : '');
  row({ tool: 'unified (bare remark -> rehype)', size: '2,000 articles', ...relative(b.floor, b.floor), notes: pps(b.floor) });
  const fullNote = b.full.output.status === 0 ? pps(b.full) : `exit ${b.full.output.status}: ${b.full.output.stderr.split('\n')[0]}`;
  row({ tool: 'l10n build', size: '2,000 articles', ...relative(b.full, b.floor), notes: fullNote });
  const share = `${((100 * b.rebuild.median) / b.full.median).toFixed(1)}% of the full build (target 5%)`;
  row({
    tool: 'l10n build (1 article changed)',
    size: '2,000 articles',
    ...relative(b.rebuild, b.floor),
    notes: `rebuild after one change: ${share}`,
  });
} else if (only.has('build')) notBuilt('l10n build', '2,000 articles');

const ingestHelp = hasCommand(bin, 'ingest');
if (only.has('ingest') && ingestHelp) {
  const ingest = ingestTime(bin, repoRoot, runs, ingestHelp);
  const note =
    ingest.output.status === 0
      ? 'shipped source page, language model loading included'
      : `exit ${ingest.output.status}: ${ingest.output.stderr.split('\n')[0]}`;
  row({ tool: 'l10n ingest', size: 'source page', median: ingest.median, spread: ingest.spread, rss: ingest.rss, notes: note });
} else if (only.has('ingest')) notBuilt('l10n ingest', 'source page');

if (only.has('ingest-pages')) {
  if (ingestHelp?.includes('--root')) row(unseenPagesRow(ingestUnseenPages(bin, repoRoot)));
  else notBuilt('l10n ingest (unseen pages)', 'truth files');
}

if (only.has('backlog')) {
  const { root, stats } = backlogCorpus(values.backlog, seed);
  const jobs = BACKLOG_FORMATS.map((format) => ({ command: process.execPath, args: [bin, 'check', '--root', root, '--format', format] }));
  const [floor, ...checks] = measureSideBySide([{ command: process.execPath, args: [floorScript, join(root, 'locales')] }, ...jobs], runs);
  const findings = (() => {
    try {
      return JSON.parse(checks[BACKLOG_FORMATS.indexOf('json')].output.stdout).summary;
    } catch {
      return undefined;
    }
  })();
  const found = findings ? `, ${(findings.errors + findings.warnings + findings.infos).toLocaleString('en')} findings` : '';
  const size = `backlog (${values.backlog})`;
  row({
    tool: 'floor (read + JSON.parse)',
    size,
    ...relative(floor, floor),
    notes: `${stats.files} files, ${stats.messages.toLocaleString('en')} messages, ${(stats.bytes / 2 ** 20).toFixed(1)} MiB${found}`,
  });
  checks.forEach((check, i) => {
    const out = check.output;
    const notes =
      out.status === 1
        ? `${(Buffer.byteLength(out.stdout) / 2 ** 20).toFixed(1)} MiB of report`
        : `exit ${out.status}: ${out.stderr.split('\n')[0]}`;
    const targets = [
      { name: 'issue 24.3: backlog time <= 3x the floor', of: 'ratio', limit: 3 },
      { name: 'issue 24.3: backlog peak RSS <= 3x the floor', of: 'rssRatio', limit: 3 },
    ];
    row({ tool: `l10n check --format ${BACKLOG_FORMATS[i]}`, size, ...relative(check, floor), failed: out.status !== 1, targets, notes });
  });
}

if (only.has('shards') && hasCommand(bin, 'merge')) {
  const articles = Number(values['shard-articles']);
  const siteRoot = await shardSite(seed, articles);
  const size = `${(articles * 2).toLocaleString('en')} pages`;
  const s = shardedVersusSingle(bin, siteRoot, 2, buildRuns);
  log(`the sharded run printed:\n${s.sharded.output.stdout}`);
  const status = (m) => (m.output.status === 0 ? '' : `exit ${m.output.status}: ${m.output.stderr.split('\n')[0]}`);
  row({
    tool: 'l10n build (single)',
    size,
    ...relative(s.single, s.single),
    notes: status(s.single) || `${s.single.pages} pages, --force`,
  });
  row({
    tool: 'l10n build --shard 1/2, 2/2 + merge',
    size,
    ...relative(s.sharded, s.single),
    notes:
      status(s.sharded) ||
      `one after another on this machine; merged site ${s.identical ? 'byte-identical to' : 'DIFFERS from'} the single build`,
  });
} else if (only.has('shards')) notBuilt('l10n build --shard + merge', 'shard site');

if (only.has('lsp') && hasCommand(bin, 'lsp')) {
  // A keystroke's diagnostics: 50 ms on the shipped project, 300 ms on the medium one (issue targets).
  const projects = [
    { size: 'shipped project', root: repoRoot, file: 'locales/es-AR/ui.json', target: 0.05 },
    {
      size: 'shipped project',
      root: repoRoot,
      file: 'content/en/zelenskyy-accuses-chinese-nationals-working-russian-drone-factories.md',
      target: 0.05,
    },
    { size: 'medium', root: corpus('medium', seed).root, file: 'locales/es/common.json', target: 0.3 },
  ];
  for (const { size, root, file, target } of projects) {
    const latency = await lspLatency(bin, root, file, Math.max(runs, 5) * 2);
    const tool = 'l10n lsp (didChange -> diagnostics)';
    if (latency.error) row({ tool, size, notes: latency.error });
    else
      row({
        tool,
        size,
        median: latency.median,
        spread: latency.spread,
        targets: [{ name: `issue 26.6: a keystroke's diagnostics <= ${target * 1000} ms`, of: 'median', limit: target }],
        notes: `an edit of ${file}; target ${target * 1000} ms`,
      });
  }
} else if (only.has('lsp')) notBuilt('l10n lsp (didChange -> diagnostics)', 'shipped project');

const table = formatTable(rows);
const targets = targetResults(rows);
process.stdout.write(`${table}\n`);
if (targets.length > 0) process.stdout.write(`\n${formatTargets(targets)}\n`);
const results = {
  date: new Date().toISOString(),
  node: process.version,
  cpus: cpus().length,
  cpu: cpus()[0]?.model,
  loadAverageAtEnd: loadavg().map((l) => Number(l.toFixed(2))),
  seed,
  runs,
  buildRuns,
  rssSource: '/usr/bin/time -f %M (peak RSS of the measured process)',
  rows,
  table,
  targets,
};
mkdirSync(join(benchDir, 'results'), { recursive: true });
// A run of some groups only keeps its own file, so the full run's figures stay as they were.
const resultsFile = only.size === GROUPS.length ? 'latest.json' : `latest-${[...only].sort().join('+')}.json`;
writeFileSync(
  join(benchDir, 'results', resultsFile),
  `${JSON.stringify({ ...results, only: [...only] }, (k, v) => (k === 'output' || k === 'samples' ? undefined : v), 2)}\n`,
);
log(`wrote bench/results/${resultsFile}`);
