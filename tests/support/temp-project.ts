import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach } from 'vitest';

/** Writes files (path relative to the root -> content) into a new temporary folder and returns it. */
export function tempProject(files: Record<string, string | Buffer>): string {
  const root = mkdtempSync(join(tmpdir(), 'l10n-test-'));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  return root;
}

/**
 * A `project(files)` for one test file: each call makes a temporary project (as tempProject),
 * and every one made during a test is removed after it.
 */
export function tempProjectsPerTest(): (files: Record<string, string | Buffer>) => string {
  const roots: string[] = [];
  afterEach(() => {
    for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
  });
  return (files) => {
    const root = tempProject(files);
    roots.push(root);
    return root;
  };
}
