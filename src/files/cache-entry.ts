import { readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { makeFolder } from './make-folder.js';

/** The text of a cache file; undefined when it cannot be read (not cached yet, or gone). */
export function readCacheEntry(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

/**
 * Writes a cache file atomically, making its folder. A cache is only an optimisation, so a failure
 * (a read-only project, a full disk) is returned as its message, never thrown. `fsync: false` suits
 * an entry whose loss to a crash costs only time; keep it for one whose torn content would be used.
 */
export function writeCacheEntry(file: string, text: string, options: { fsync?: boolean } = {}): string | undefined {
  try {
    makeFolder(dirname(file));
    writeFileAtomic.sync(file, text, { fsync: options.fsync ?? true });
    return undefined;
  } catch (error) {
    return (error as Error).message;
  }
}
