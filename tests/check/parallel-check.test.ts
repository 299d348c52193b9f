import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateProject } from '../../bench/generate-project.mjs';
// The compiled library: its workers run lib/check/load-check-worker.js, as they do for users.
import { checkProject, checkProjectInParallel, loadConfig, type CheckResult, type Config } from '../../lib/index.js';

let dir: string;
let config: Config;
let oneThread: CheckResult;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'l10n-parallel-'));
  generateProject({ size: 'small', seed: 11, outDir: dir });
  config = (await loadConfig(dir)).config;
  oneThread = checkProject(dir, config);
});

describe('check on two worker threads', () => {
  it('reports what one thread reports, diagnostic for diagnostic', async () => {
    expect(oneThread.diagnostics.length).toBeGreaterThan(10);
    expect(await checkProjectInParallel(dir, config, { jobs: 2 })).toEqual(oneThread);
  });

  it('checks a share again on the main thread when its worker runs out of heap, losing nothing', async () => {
    const starved = await checkProjectInParallel(dir, config, { jobs: 2, workerHeap: { maxOldGenerationSizeMb: 1, maxYoungGenerationSizeMb: 1 } });
    expect(starved).toEqual(oneThread);
  });
});
