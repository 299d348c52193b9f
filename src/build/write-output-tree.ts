import { copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { UsageError } from '../diagnostics/usage-error.js';
import { MANIFEST_FILE } from './render-site.js';

/**
 * Refuses to replace a folder that is not a previous build (`--out src` must never wipe
 * source code): an existing, non-empty output folder must hold the build manifest.
 */
export function assertReplaceable(outDir: string): void {
  if (!existsSync(outDir)) return;
  const entries = readdirSync(outDir);
  if (entries.length > 0 && !entries.includes(MANIFEST_FILE)) {
    throw new UsageError(`${outDir} exists and is not an l10n build output (no ${MANIFEST_FILE}): refusing to replace it; choose another --out or empty it`);
  }
}

/**
 * Writes a build next to the output folder, then swaps it in with two renames: a build that
 * fails half-way leaves the previous output as it was. Unchanged pages are hard-linked from
 * the previous output (files are never modified in place, so sharing them is safe).
 */
export function writeOutputTree(outDir: string, files: ReadonlyMap<string, string>, reused: readonly string[]): void {
  assertReplaceable(outDir);
  const stamp = `${process.pid}-${Date.now()}`;
  const staging = `${outDir}.tmp-${stamp}`;
  const retired = `${outDir}.old-${stamp}`;
  const made = new Set<string>();
  const ensureDir = (dir: string): void => {
    if (made.has(dir)) return;
    mkdirSync(dir, { recursive: true });
    made.add(dir);
  };
  try {
    for (const path of reused) {
      const target = join(staging, path);
      ensureDir(dirname(target));
      try {
        linkSync(join(outDir, path), target);
      } catch {
        copyFileSync(join(outDir, path), target);
      }
    }
    for (const [path, content] of files) {
      const target = join(staging, path);
      ensureDir(dirname(target));
      writeFileSync(target, content);
    }
    ensureDir(staging);
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    throw error;
  }
  const hadOutput = existsSync(outDir);
  if (hadOutput) renameSync(outDir, retired);
  try {
    renameSync(staging, outDir);
  } catch (error) {
    if (hadOutput) renameSync(retired, outDir);
    rmSync(staging, { recursive: true, force: true });
    throw error;
  }
  if (hadOutput) rmSync(retired, { recursive: true, force: true });
}
