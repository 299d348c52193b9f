import { lstatSync, readFileSync, statSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { UsageError } from '../diagnostics/usage-error.js';
import { makeFolder } from './make-folder.js';
import { isWithin, realPathOf } from './real-location.js';
import { withWriteLock } from './write-lock.js';

/**
 * A file a command writes: a path (relative to the root, or absolute), its new text, and what the
 * command read there when it planned the write (`null`: no file), so that a file changed since by
 * someone else is never overwritten. Without `before`, the file is written whatever it holds.
 */
export interface ProjectWrite {
  path: string;
  text: string;
  before?: string | null;
}

/** The nearest folder of `path` (or the path itself) that exists, as it is spelled. */
function nearestExisting(path: string): string {
  let current = path;
  while (lstatSync(current, { throwIfNoEntry: false }) === undefined) {
    const parent = dirname(current);
    if (parent === current) return current;
    current = parent;
  }
  return current;
}

/**
 * Why `path` may not be written inside `root`, or undefined when it may. Refused: a path outside
 * the root; a path whose real location (every link resolved) is outside the root's; a link that
 * leads nowhere; an existing entry that is not a regular file (a folder, FIFO, device). A link
 * whose target is a file inside the root is written through, so the link stays a link.
 */
export function unwritableReason(root: string, path: string): string | undefined {
  const absolute = resolve(root, path);
  if (!isWithin(resolve(root), absolute)) return 'is outside the project';
  const realRoot = realPathOf(root) ?? resolve(root);
  const existing = nearestExisting(absolute);
  const real = realPathOf(existing);
  const where = existing === absolute ? 'is' : `is inside ${relative(root, existing)}, which is`;
  if (real === undefined) return `${where} a link to nothing`;
  if (!isWithin(realRoot, real)) return `${where} a link to ${real}, outside the project`;
  if (existing === absolute && !statSync(absolute).isFile()) return 'is not a regular file';
  return undefined;
}

/** What a file holds now, as text; null when there is no file. */
function currentText(path: string): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/**
 * Writes files of the project, each atomically (a temporary file renamed over it: a crash never
 * leaves half a file). Under the project's write lock, every path is vetted (see
 * unwritableReason) and every file compared with what the command read before the first write:
 * a committed link such as `locales/en/ui.json -> ../../../outside/package.json`, or a file
 * another command or an editor changed meanwhile, refuses the whole command with exit 2 and
 * nothing is written anywhere, so no update is ever lost.
 */
export function writeProjectFiles(root: string, writes: readonly ProjectWrite[]): void {
  if (writes.length === 0) return;
  withWriteLock(root, () => {
    for (const { path, before } of writes) {
      const shown = relative(root, resolve(root, path)) || path;
      const reason = unwritableReason(root, path);
      if (reason) throw new UsageError(`refusing to write ${shown}: it ${reason}`);
      if (before !== undefined && currentText(resolve(root, path)) !== before) {
        throw new UsageError(
          `${shown} changed since this command read it (another l10n command or an editor?): nothing was written; run the command again`,
        );
      }
    }
    for (const { path, text } of writes) {
      const absolute = resolve(root, path);
      makeFolder(dirname(absolute));
      writeFileAtomic.sync(absolute, text);
    }
  });
}
