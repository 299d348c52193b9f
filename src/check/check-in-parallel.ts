import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { spellingTwins } from '../locale/spelling-twins.js';
import { fallbackChain } from '../project/fallback-chain.js';
import { discoverBundles, type BundleLayout } from '../project/load-bundles.js';
import { ConfigError } from '../config/parse-config.js';
import type { Config } from '../config/schema.js';
import { compareDiagnostics } from '../diagnostics/diagnostic.js';
import { UsageError } from '../diagnostics/usage-error.js';
import { fileSize } from '../files/file-stamp.js';
import { checkLayout } from './load-check.js';
import { reportedLocales } from './reported-scope.js';
import type { CheckOptions, CheckResult } from './run-check.js';

/** What the main thread hands a check worker: the files its share needs, and the locales it reports on. */
export interface CheckWorkerInput {
  root: string;
  config: Config;
  layout: BundleLayout;
  options: Pick<CheckOptions, 'locales' | 'namespaces'>;
}

/** Below this many bytes of bundles (16 MiB) a second thread, with its own heap and its own warm-up, costs more than it saves. */
export const PARALLEL_MIN_BYTES = 16 * 1024 * 1024;

/**
 * The cores a machine needs before two check threads are the default: each thread warms up its own
 * copy of the code, and V8 compiles and marks on other threads, so on two cores the split took as
 * long as one thread at large and 18% longer on a project with 89,000 findings (their results
 * cross between threads by copy).
 */
export const PARALLEL_MIN_CORES = 4;

/** A worker's heap limits, in MiB (Node's `resourceLimits`). */
export interface HeapLimits {
  maxOldGenerationSizeMb: number;
  maxYoungGenerationSizeMb: number;
}

/** One thread's part of the work: the locales it reports on and the layout of the files those need. */
interface Share {
  locales: string[];
  layout: BundleLayout;
  /** Bytes of the largest namespace among the share's files (its heap holds one namespace at a time). */
  largest: number;
}

/**
 * The locales whose files a share's findings depend on: its own, every namespace's source, and
 * the fallback chains of both (fallback-resolved, `$t()` and missing keys resolve along them).
 * Among the project's locales (`all`), the ones that spell one of `locales` another way are read
 * too (locale-code names the other file). No rule reads a locale outside these, so the others need
 * not even be read.
 */
export function neededLocales(locales: readonly string[], config: Config, all: readonly string[] = []): Set<string> {
  const needed = new Set<string>(spellingTwins(locales, all));
  for (const locale of [...locales, config.sourceLocale, ...Object.values(config.namespaceSourceLocale)])
    for (const link of fallbackChain(locale, config)) needed.add(link);
  return needed;
}

/**
 * Splits the reported locales in two of about equal bytes, largest first. Each finding is on one
 * locale's file, so it comes from the one share that reports that locale; the project-wide
 * warnings (paths that are not bundle files) come from the first share.
 */
function shares(config: Config, layout: BundleLayout, sizeOf: ReadonlyMap<string, number>, reported: readonly string[]): [Share, Share] {
  const bytes = new Map<string, number>();
  for (const file of layout.files) bytes.set(file.locale, (bytes.get(file.locale) ?? 0) + (sizeOf.get(file.file) ?? 0));
  const halves: [string[], string[]] = [[], []];
  const totals = [0, 0];
  for (const locale of [...reported].sort((a, b) => (bytes.get(b) ?? 0) - (bytes.get(a) ?? 0))) {
    // By bytes, and by count between equals (locales without files), so neither share is empty.
    const [a, b] = totals as [number, number];
    const side = a < b || (a === b && halves[0].length <= halves[1].length) ? 0 : 1;
    halves[side].push(locale);
    totals[side] = (totals[side] as number) + (bytes.get(locale) ?? 0);
  }
  return halves.map((locales, side) => {
    const needed = neededLocales(locales, config, layout.locales);
    const files = layout.files.filter((file) => needed.has(file.locale));
    const perNamespace = new Map<string, number>();
    for (const file of files) perNamespace.set(file.namespace, (perNamespace.get(file.namespace) ?? 0) + (sizeOf.get(file.file) ?? 0));
    return {
      locales,
      layout: { ...layout, files, skipped: side === 0 ? layout.skipped : [] },
      largest: Math.max(0, ...perNamespace.values()),
    };
  }) as [Share, Share];
}

/**
 * The results of the two shares as one, as one thread would report it: each share counts the
 * files and locales it reports on (see reported-scope), and no locale is in both; each reads
 * every namespace's source, so either share's count of source keys is the run's.
 */
function merge(results: readonly [CheckResult, CheckResult]): CheckResult {
  const diagnostics = results.flatMap((result) => result.diagnostics).sort(compareDiagnostics);
  const count = (s: string): number => diagnostics.filter((d) => d.severity === s).length;
  const [first, second] = results;
  return {
    diagnostics,
    summary: {
      errors: count('error'),
      warnings: count('warning'),
      infos: count('info'),
      files: first.summary.files + second.summary.files,
      locales: first.summary.locales + second.summary.locales,
      keys: first.summary.keys,
    },
  };
}

/**
 * Heap limits for a check worker whose largest namespace has `bytes` of bundles. A namespace's
 * parsed files stay live while it is checked (about 6-9 bytes of heap per byte of JSON); without a
 * limit V8 lets garbage grow to several times that before it collects, and two threads doubled the
 * peak memory. A worker that still runs out is not an error: its share is checked again on the main thread.
 */
function workerHeapLimits(bytes: number): HeapLimits {
  return { maxOldGenerationSizeMb: Math.max(64, Math.ceil((12 * bytes) / (1024 * 1024))), maxYoungGenerationSizeMb: 12 };
}

type WorkerAnswer = { ok: true; result: CheckResult } | { ok: false; name: string; message: string };

/**
 * Checks one share on a worker thread; `undefined` when the worker ran out of memory.
 * `node:worker_threads` is loaded here, not at the top: a check on one thread (every small one)
 * would pay for loading it (about 2% of a one-key check's instructions) and never use it.
 */
async function checkInWorker(input: CheckWorkerInput, limits: HeapLimits): Promise<CheckResult | undefined> {
  const { Worker } = await import('node:worker_threads');
  const worker = new Worker(new URL('./load-check-worker.js', import.meta.url), { workerData: input, resourceLimits: limits });
  return new Promise<CheckResult | undefined>((resolve, reject) => {
    worker.once('message', (message: WorkerAnswer) => {
      void worker.terminate();
      if (message.ok) resolve(message.result);
      else if (message.name === 'UsageError') reject(new UsageError(message.message));
      else
        reject(
          message.name === 'ConfigError'
            ? Object.assign(new ConfigError('config', []), { message: message.message })
            : new Error(message.message),
        );
    });
    worker.once('error', (error: Error & { code?: string }) =>
      error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? resolve(undefined) : reject(error),
    );
    // Settled already when the worker answered; otherwise it stopped without a word, which must not hang the check.
    worker.once('exit', (code) => reject(new Error(`a check worker stopped (exit code ${code}) before it reported`)));
  });
}

/**
 * Checks on this thread. With `locales` only the files they need are read (see neededLocales),
 * as a share reads them; the summary counts the files of those locales, as a check of every file
 * would. An unknown locale is refused by the check itself, with the project's locales in its message.
 */
function checkOnOneThread(
  root: string,
  config: Config,
  layout: BundleLayout,
  options: CheckOptions,
  reported: readonly string[],
  unknown: boolean,
): CheckResult {
  if (!options.locales || unknown) return checkLayout(root, config, layout, options);
  const needed = neededLocales(reported, config, layout.locales);
  return checkLayout(root, config, { ...layout, files: layout.files.filter((file) => needed.has(file.locale)) }, options);
}

/**
 * Checks a project on two worker threads when it is large. The reported locales are split in
 * two of about equal size; each worker reads only the files its locales need (theirs, the
 * sources, the fallback chains), so each holds about half of a namespace at a time and peak
 * memory stays near one thread's. (Splitting by namespace gained nothing: every worker read
 * the namespace that `$t(common:...)` names again, and warmed up on all the locales.) Without
 * `jobs` that happens past PARALLEL_MIN_BYTES on a machine of PARALLEL_MIN_CORES or more;
 * `jobs: 2` asks for it at any size, `jobs: 1` keeps one thread, as does a `bundleCache`.
 * Either way, with `locales` only the files those locales need are read.
 * The result is the same as checkProject's, diagnostic for diagnostic. `workerHeap` replaces
 * the workers' heap limits (a tiny one shows that a share whose worker runs out is checked here
 * instead).
 */
export async function checkProjectInParallel(
  root: string,
  config: Config,
  options: CheckOptions & { jobs?: number; workerHeap?: HeapLimits; layout?: BundleLayout } = {},
): Promise<CheckResult> {
  const layout = options.layout ?? discoverBundles(root, config);
  // Parsed bundles cached for a later run (the watcher) must be parsed on this thread.
  const jobs = options.bundleCache ? 1 : Math.min(options.jobs ?? (availableParallelism() >= PARALLEL_MIN_CORES ? 2 : 1), 2);
  const { jobs: _, workerHeap, layout: __, ...checkOptions } = options;
  const reported = reportedLocales(layout.locales, checkOptions.locales && new Set(checkOptions.locales));
  // An unknown --locale is refused by the check itself, on this thread.
  const unknown = (checkOptions.locales ?? []).some((locale) => !layout.locales.includes(locale));
  if (jobs < 2 || reported.length < 2 || unknown) return checkOnOneThread(root, config, layout, checkOptions, reported, unknown);
  const sizeOf = new Map(layout.files.map((file) => [file.file, fileSize(join(root, file.file))]));
  if (options.jobs === undefined && [...sizeOf.values()].reduce((sum, n) => sum + n, 0) < PARALLEL_MIN_BYTES)
    return checkOnOneThread(root, config, layout, checkOptions, reported, unknown);
  const parts = shares(config, layout, sizeOf, reported);
  const inputFor = (share: Share): CheckWorkerInput => ({
    root,
    config,
    layout: share.layout,
    options: { locales: share.locales, ...(checkOptions.namespaces && { namespaces: checkOptions.namespaces }) },
  });
  const results = await Promise.all(parts.map((share) => checkInWorker(inputFor(share), workerHeap ?? workerHeapLimits(share.largest))));
  const checked = results.map(
    (result, i) => result ?? checkLayout(root, config, (parts[i] as Share).layout, inputFor(parts[i] as Share).options),
  ) as [CheckResult, CheckResult];
  return merge(checked);
}
