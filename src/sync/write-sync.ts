import { dirname, join } from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import type { SyncChange } from './sync-project.js';
import { makeFolder } from '../files/make-folder.js';

/** Writes each changed bundle atomically (a temporary file renamed over it): a crash never leaves half a file. */
export function writeSync(root: string, changes: readonly SyncChange[]): void {
  for (const change of changes) {
    const path = join(root, change.file);
    makeFolder(dirname(path));
    writeFileAtomic.sync(path, change.after);
  }
}
