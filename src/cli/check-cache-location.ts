import { createHash } from 'node:crypto';
import { statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { projectCacheDir } from '../files/cache-dir.js';

/** The cache file's name for a project: the temp folder fallback is shared by every project of a user. */
const fileName = (root: string): string => `check-${createHash('sha256').update(root).digest('hex').slice(0, 16)}.json`;

/**
 * Where `check --cache` keeps its cache, as ESLint's `--cache-location` reads it: a path that is a
 * folder (or ends with a slash) gets the project's cache file inside it, any other path is the
 * file; relative to the working folder. By default the project's cache folder (see projectCacheDir).
 */
export function checkCacheLocation(root: string, location: string | undefined): string {
  if (location === undefined) return join(projectCacheDir(root) ?? join(root, '.l10n-cache'), fileName(root));
  const path = resolve(location);
  const folder = /[\\/]$/.test(location) || statSync(path, { throwIfNoEntry: false })?.isDirectory() === true;
  return folder ? join(path, fileName(root)) : path;
}
