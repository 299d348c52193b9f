import type { ContentLock } from './content-lock.js';

/** The entries sync filled in one bundle file: flat key -> the text it wrote there. */
export type SyncFills = ReadonlyMap<string, string>;

/**
 * The lock with the plural forms sync started from the locale's own text added (es `n_many`
 * copied from es `n_other`): such a copy differs from the source, so only the lock can show it
 * as not yet translated. Earlier fills of the same file are kept.
 */
export function recordSyncFills(lock: ContentLock, changes: readonly { file: string; filled?: Record<string, string> }[]): ContentLock {
  const filled = { ...lock.filled };
  for (const change of changes) {
    if (!change.filled || Object.keys(change.filled).length === 0) continue;
    filled[change.file] = { ...filled[change.file], ...change.filled };
  }
  return { ...lock, filled };
}

/** The lock without a file's fills: mark-translated says a person has read them. */
export function forgetSyncFills(lock: ContentLock, file: string): ContentLock {
  if (!Object.prototype.hasOwnProperty.call(lock.filled, file)) return lock;
  const filled = { ...lock.filled };
  delete filled[file];
  return { ...lock, filled };
}

/** A reader of the lock's fills by bundle path, as check and status take it (each file's map built once). */
export function syncFillsOf(lock: ContentLock): (file: string) => SyncFills | undefined {
  const byFile = new Map(Object.entries(lock.filled).map(([file, fills]) => [file, new Map(Object.entries(fills))]));
  return (file) => byFile.get(file);
}
