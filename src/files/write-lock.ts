import { readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { UsageError } from '../diagnostics/usage-error.js';
import { isProcessAlive } from './process-alive.js';

/** The file that marks a project whose files an l10n command is writing right now. */
export const WRITE_LOCK = '.l10n-write.lock';

/** The process id a lock file names; undefined when it is gone or unreadable. */
function holderOf(lock: string): number | undefined {
  try {
    return Number(readFileSync(lock, 'utf8').trim());
  } catch {
    return undefined;
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
      writeFileSync(lock, String(process.pid), { flag: 'wx' });
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
    unlinkSync(lock);
  }
}
