// The worker side of checkProjectInParallel: checks its share of the locales and posts the result.
import { parentPort, workerData } from 'node:worker_threads';
import type { CheckWorkerInput } from './check-in-parallel.js';
import { checkLayout } from './load-check.js';

const input = workerData as CheckWorkerInput;
try {
  const result = checkLayout(input.root, input.config, input.layout, input.options);
  parentPort?.postMessage({ ok: true, result });
} catch (error) {
  parentPort?.postMessage({ ok: false, name: (error as Error).name, message: (error as Error).message });
}
