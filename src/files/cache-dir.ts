import { existsSync, statSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { makeFolder } from './make-folder.js';

/**
 * Where l10n keeps its caches for a project folder (transpiled configs, the build cache):
 * `node_modules/.cache/l10n` when the folder has a node_modules (where build tools keep their
 * caches, ignored by git and cleared by npm ci), otherwise a folder of this user's own in the OS
 * temp folder, made when `create` (a reader that finds none has nothing to read). Undefined when
 * the temp folder is not private to this user: what is found there is not trusted.
 */
export function projectCacheDir(projectDir: string, create = true): string | undefined {
  if (existsSync(join(projectDir, 'node_modules'))) return join(projectDir, 'node_modules', '.cache', 'l10n');
  return privateTempFolder('l10n-cache', create);
}

/**
 * A folder of this user's own in the OS temp folder, `<name>-<uid>` (made with mode 0700 when
 * `create`). Undefined when it cannot be made, or is not private to this user: another user could
 * have made it first, so what is found there is not trusted.
 */
export function privateTempFolder(name: string, create = true): string | undefined {
  const uid = process.getuid?.();
  const dir = join(tmpdir(), `${name}-${uid ?? userInfo().username}`);
  try {
    if (create) makeFolder(dir, 0o700);
    const stat = statSync(dir);
    return uid === undefined || (stat.uid === uid && (stat.mode & 0o077) === 0) ? dir : undefined;
  } catch {
    return undefined;
  }
}
