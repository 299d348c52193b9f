import { dirname, join } from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { serialiseContentLock, type ContentLock } from './content-lock.js';
import { makeFolder } from '../files/make-folder.js';

/** Writes the lock atomically: a crash never leaves a half-written snapshot. */
export function writeContentLock(root: string, file: string, lock: ContentLock): void {
  const path = join(root, file);
  makeFolder(dirname(path));
  writeFileAtomic.sync(path, serialiseContentLock(lock));
}
