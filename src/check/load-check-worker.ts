import { parentPort, workerData } from 'node:worker_threads';
import type { Config } from '../config/schema.js';
import type { BundleLocation } from '../bundles/load-bundles.js';
import { checkLayout } from './load-check.js';
import type { CheckOptions } from './run-check.js';

/** What the main thread hands a check worker: its share of the namespaces, and the whole layout. */
export interface CheckWorkerInput {
  root: string;
  config: Config;
  locales: string[];
  namespaces: string[];
  files: BundleLocation[];
  options: Pick<CheckOptions, 'locales'>;
}

const input = workerData as CheckWorkerInput;
try {
  const result = checkLayout(input.root, input.config, { locales: input.locales, namespaces: input.namespaces, files: input.files, skipped: [] }, input.options);
  parentPort?.postMessage({ ok: true, result });
} catch (error) {
  parentPort?.postMessage({ ok: false, name: (error as Error).name, message: (error as Error).message });
}
