import { linkSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { UsageError } from '../diagnostics/usage-error.js';
import { isProcessAlive } from './process-alive.js';

/** The file that marks a project whose files an l10n command is writing right now. */
export const WRITE_LOCK = '.l10n-write.lock';

/** The process id a lock file names; undefined when it is gone, unreadable or names none (an older l10n writing it right now). */
function holderOf(lock: string): number | undefined {
  try {
    const pid = Number(readFileSync(lock, 'utf8').trim());
    return Number.isSafeInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Creates the lock holding this process's id, or throws EEXIST. The id is written to a file of
 * this process's own first and linked to the lock's name (exclusive, like `wx`), so no other
 * process ever reads the lock empty and takes it for one left by a process that is gone.
 */
function createLock(lock: string): void {
  const own = `${lock}.${process.pid}`;
  writeFileSync(own, String(process.pid));
  try {
    linkSync(own, lock);
  } finally {
    unlinkSync(own);
  }
}

/** Removes the lock if it is still this process's (one taken over as stale is another's now). */
function releaseLock(lock: string): void {
  if (holderOf(lock) !== process.pid) return;
  try {
    unlinkSync(lock);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
}

/**
 * Runs `write` while holding the project's write lock (a file created exclusively in the root,
 * holding this process's id), so two commands never interleave their writes. A lock left by a
 * process that is gone (killed mid-write) is taken over; one held by a running process refuses
 * with exit 2. The lock is held only for the writes themselves, never while a command plans.
 */
export function withWriteLock<T>(root: string, write: () => T): T {
  const lock = join(root, WRITE_LOCK);
  for (let attempt = 0; ; attempt++) {
    try {
      createLock(lock);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = holderOf(lock);
      if (attempt > 2 || (holder !== undefined && isProcessAlive(holder))) {
        throw new UsageError(
          `another l10n command${holder ? ` (process ${holder})` : ''} is writing this project: nothing was written; run the command again when it is done (or delete ${WRITE_LOCK} if no such process runs)`,
        );
      }
      if (holder !== undefined) unlinkSync(lock);
    }
  }
  try {
    return write();
  } finally {
    releaseLock(lock);
  }
}
