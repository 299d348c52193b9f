// The worker side of checkProjectInParallel: checks its share of the namespaces and posts the result.
import { parentPort, workerData } from 'node:worker_threads';
import { checkLayout, type CheckWorkerInput } from './load-check.js';

const input = workerData as CheckWorkerInput;
try {
  const result = checkLayout(input.root, input.config, { locales: input.locales, namespaces: input.namespaces, files: input.files, skipped: [] }, input.options);
  parentPort?.postMessage({ ok: true, result });
} catch (error) {
  parentPort?.postMessage({ ok: false, name: (error as Error).name, message: (error as Error).message });
}
