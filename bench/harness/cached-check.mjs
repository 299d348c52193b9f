import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { measureSideBySide, runOnce } from './measure.mjs';

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * `l10n check --cache` after one edited file, beside the floor in the same rounds. The corpus is
 * copied (the edits must not reach the cached corpus), checked once to fill the cache, and once
 * more after the copy's files are older than the cache's timestamp margin (2 s), as a project's
 * files are between two runs; then before each timed run one value of `locales/es/account.json`
 * changes (in turn to two texts, so every run has an edit to take in).
 */
export async function cachedCheckAfterEdit(bin, floorScript, corpusRoot, runs) {
  const root = mkdtempSync(join(tmpdir(), 'l10n-bench-cache-'));
  try {
    cpSync(corpusRoot, root, { recursive: true });
    const cacheFile = join(root, '.check-cache.json');
    const args = [bin, 'check', '--root', root, '--format', 'json', '--cache', '--cache-location', cacheFile];
    const file = join(root, 'locales', 'es', 'account.json');
    const original = readFileSync(file, 'utf8');
    let turn = 0;
    const edit = () => writeFileSync(file, original.replace(/": "/, turn++ % 2 === 0 ? '": "edited ' : '": "again '));
    runOnce(process.execPath, args);
    await sleep(2100);
    runOnce(process.execPath, args);
    const [floor, cached] = measureSideBySide(
      [
        { command: process.execPath, args: [floorScript, join(root, 'locales')] },
        { command: process.execPath, args, before: edit },
      ],
      runs,
    );
    const cold = runOnce(process.execPath, [bin, 'check', '--root', root, '--format', 'json']);
    writeFileSync(file, original);
    return { floor, cached, identical: cold.stdout === runOnce(process.execPath, args).stdout };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
