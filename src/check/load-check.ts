import { readdirSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { TEMPLATE_KEYS } from '../build/template-keys.js';
import { ConfigError } from '../config/parse-config.js';
import type { Config } from '../config/schema.js';
import { discoverBundles, readBundleFiles, type BundleLayout, type BundleLocation, type BundleSource } from '../bundles/load-bundles.js';
import { UsageError } from '../diagnostics/usage-error.js';
import { compareDiagnostics } from '../diagnostics/diagnostic.js';
import { runCheck, type CheckOptions, type CheckProject, type CheckResult } from './run-check.js';

/**
 * A layout as the checker reads it: each namespace's files are read only when it is checked,
 * by `readFiles` (the watcher passes one that serves unchanged files from memory).
 */
export function layoutProject(root: string, config: Config, layout: BundleLayout, readFiles: (files: BundleLocation[]) => BundleSource[] = (files) => readBundleFiles(root, files, { reread: true })): CheckProject {
  const byNamespace = new Map<string, typeof layout.files>();
  for (const file of layout.files) {
    const list = byNamespace.get(file.namespace) ?? [];
    list.push(file);
    byNamespace.set(file.namespace, list);
  }
  const project: CheckProject = { config, locales: layout.locales, namespaces: layout.namespaces, read: (namespace) => readFiles(byNamespace.get(namespace) ?? []), skipped: layout.skipped };
  // A project with articles publishes pages: its build namespace must hold what the templates use.
  return hasArticles(root, config, layout.locales) ? { ...project, templateKeys: TEMPLATE_KEYS } : project;
}

/**
 * Whether the content holds an article, as the article reader lists them (a `.md` file directly in
 * `content/<locale>/`), without loading the markdown stack: one listing per locale.
 */
export function hasArticles(root: string, config: Config, locales: readonly string[]): boolean {
  return locales.some((locale) => {
    try {
      return readdirSync(join(root, config.contentDir, locale), { withFileTypes: true }).some((entry) => entry.isFile() && entry.name.endsWith('.md'));
    } catch {
      return false;
    }
  });
}

/** Checks the namespaces of a layout, reading each namespace's files only when it is checked. */
export function checkLayout(root: string, config: Config, layout: BundleLayout, options: CheckOptions = {}): CheckResult {
  return runCheck(layoutProject(root, config, layout), options);
}

/**
 * Checks the project at `root` with its config: finds the bundles, then reads them one
 * namespace at a time so memory holds only the namespace being checked.
 */
export function checkProject(root: string, config: Config, options: CheckOptions = {}): CheckResult {
  return checkLayout(root, config, discoverBundles(root, config), options);
}

/** What the main thread hands a check worker: the whole layout, and its share of the namespaces in `options`. */
export interface CheckWorkerInput {
  root: string;
  config: Config;
  locales: string[];
  namespaces: string[];
  files: BundleLocation[];
  options: Pick<CheckOptions, 'locales' | 'namespaces'>;
}

/** Below this many bytes of bundles (16 MiB) a second thread, with its own heap, costs more than it saves. */
export const PARALLEL_MIN_BYTES = 16 * 1024 * 1024;

/** Bytes of bundles per namespace. */
function namespaceSizes(layout: BundleLayout, root: string): Map<string, number> {
  const size = new Map<string, number>();
  for (const file of layout.files) size.set(file.namespace, (size.get(file.namespace) ?? 0) + (statSync(join(root, file.file), { throwIfNoEntry: false })?.size ?? 0));
  return size;
}

/** Splits namespaces into two shares of about equal size, largest first. */
function halves(layout: BundleLayout, size: Map<string, number>): [string[], string[]] {
  const shares: [string[], string[]] = [[], []];
  const totals = [0, 0];
  for (const namespace of [...layout.namespaces].sort((a, b) => (size.get(b) ?? 0) - (size.get(a) ?? 0))) {
    const side = (totals[0] as number) <= (totals[1] as number) ? 0 : 1;
    shares[side].push(namespace);
    totals[side] = (totals[side] as number) + (size.get(namespace) ?? 0);
  }
  return shares;
}

function merge(a: CheckResult, b: CheckResult): CheckResult {
  const diagnostics = [...a.diagnostics, ...b.diagnostics].sort(compareDiagnostics);
  const count = (s: string): number => diagnostics.filter((d) => d.severity === s).length;
  return { diagnostics, summary: { errors: count('error'), warnings: count('warning'), infos: count('info'), files: a.summary.files + b.summary.files, locales: a.summary.locales, keys: a.summary.keys + b.summary.keys } };
}

/** A worker's heap limits, in MiB (Node's `resourceLimits`). */
export interface HeapLimits {
  maxOldGenerationSizeMb: number;
  maxYoungGenerationSizeMb: number;
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

/** Checks one share of the namespaces on a worker thread; `undefined` when the worker ran out of memory. */
function checkInWorker(input: CheckWorkerInput, limits: HeapLimits): Promise<CheckResult | undefined> {
  const worker = new Worker(new URL('./load-check-worker.js', import.meta.url), { workerData: input, resourceLimits: limits });
  return new Promise<CheckResult | undefined>((resolve, reject) => {
    worker.once('message', (message: WorkerAnswer) => {
      void worker.terminate();
      if (message.ok) resolve(message.result);
      else if (message.name === 'UsageError') reject(new UsageError(message.message));
      else reject(message.name === 'ConfigError' ? Object.assign(new ConfigError('config', []), { message: message.message }) : new Error(message.message));
    });
    worker.once('error', (error: Error & { code?: string }) => (error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? resolve(undefined) : reject(error)));
    // Settled already when the worker answered; otherwise it stopped without a word, which must not hang the check.
    worker.once('exit', (code) => reject(new Error(`a check worker stopped (exit code ${code}) before it reported`)));
  });
}

/**
 * Checks a project on two worker threads when it is large: namespaces are independent, so each
 * worker checks half of them (by size) with a heap limit sized to the largest namespace, which keeps
 * peak memory near one thread's. Without `jobs` that happens past PARALLEL_MIN_BYTES on a multi-core
 * machine; `jobs: 2` asks for it at any size, `jobs: 1` keeps one thread, as does a `bundleCache`.
 * The result is the same as checkProject's, diagnostic for diagnostic. `workerHeap` replaces the
 * workers' heap limits (a tiny one shows that a share whose worker runs out is checked here instead).
 */
export async function checkProjectInParallel(root: string, config: Config, options: CheckOptions & { jobs?: number; workerHeap?: HeapLimits } = {}): Promise<CheckResult> {
  const layout = discoverBundles(root, config);
  // Parsed bundles cached for a later run (the watcher) must be parsed on this thread.
  const jobs = options.bundleCache ? 1 : Math.min(options.jobs ?? availableParallelism(), 2);
  const { jobs: _, workerHeap, ...checkOptions } = options;
  if (jobs < 2 || layout.namespaces.length < 2) return checkLayout(root, config, layout, checkOptions);
  const sizes = namespaceSizes(layout, root);
  const shares = halves(layout, sizes);
  const bytes = [...sizes.values()].reduce((sum, n) => sum + n, 0);
  if ((options.jobs === undefined && bytes < PARALLEL_MIN_BYTES) || shares[1].length === 0) return checkLayout(root, config, layout, checkOptions);
  const limits = workerHeap ?? workerHeapLimits(Math.max(...sizes.values()));
  // Each thread checks its share but knows every namespace: `$t(ns:key)` may point into the other share.
  const inputFor = (share: string[]): CheckWorkerInput => ({ root, config, locales: layout.locales, namespaces: layout.namespaces, files: layout.files, options: { ...(checkOptions.locales && { locales: checkOptions.locales }), namespaces: share } });
  const results = await Promise.all(shares.map((share) => checkInWorker(inputFor(share), limits)));
  const [first, second] = results.map((result, i) => result ?? checkLayout(root, config, layout, { ...checkOptions, namespaces: shares[i] as string[] })) as [CheckResult, CheckResult];
  return merge(first, second);
}
