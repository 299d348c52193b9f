// The worker side of checkProjectInParallel: checks its share of the locales and posts the result.
import { parentPort, workerData } from 'node:worker_threads';
import type { CheckWorkerInput } from './check-in-parallel.js';
import { checkLayout } from './load-check.js';
import { loadIcuParser } from '../bundles/icu-message.js';

const input = workerData as CheckWorkerInput;
/** Checks the worker's share; an ICU project's parser is loaded first, as the config loader does in the main thread. */
async function checkShare(): Promise<void> {
  try {
    if (input.config.messageFormat === 'icu') await loadIcuParser();
    const result = checkLayout(input.root, input.config, input.layout, input.options);
    parentPort?.postMessage({ ok: true, result });
  } catch (error) {
    parentPort?.postMessage({ ok: false, name: (error as Error).name, message: (error as Error).message });
  }
}
void checkShare();
