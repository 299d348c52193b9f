import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { isFolder } from './is-folder.js';

/**
 * Creates a folder and its missing parents (`mkdir -p`), one level at a time. Node's own
 * `mkdirSync(path, { recursive: true })` spins forever, at full CPU, when a parent exists but
 * cannot hold the child: a dangling symlink (`dist -> /gone`) or a path under /proc. Here
 * the first level that cannot be made throws its error (ENOENT, EEXIST, EACCES...).
 */
export function makeFolder(path: string, mode?: number): void {
  const absolute = resolve(path);
  if (isFolder(absolute)) return;
  const parent = dirname(absolute);
  if (parent !== absolute) makeFolder(parent, mode);
  try {
    mkdirSync(absolute, mode === undefined ? undefined : { mode });
  } catch (error) {
    // Made meanwhile by another process: fine.
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || !isFolder(absolute)) throw error;
  }
}
