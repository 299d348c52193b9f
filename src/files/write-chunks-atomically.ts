import { closeSync, fchmodSync, fsyncSync, openSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { utf8Batches } from './utf8-batches.js';

/**
 * Writes text given piece by piece to `path` atomically: into a temporary file beside it, flushed
 * to disk, then renamed over it, so a reader never sees half a report and a failed write leaves
 * the old file. Memory stays one batch, however long the text. An existing file keeps its mode.
 */
export function writeChunksAtomically(path: string, chunks: Iterable<string>): void {
  const temp = `${path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  const mode = statSync(path, { throwIfNoEntry: false })?.mode;
  const fd = openSync(temp, 'wx', 0o666);
  try {
    if (mode !== undefined) fchmodSync(fd, mode & 0o7777);
    for (const batch of utf8Batches(chunks)) writeSync(fd, batch);
    fsyncSync(fd);
    closeSync(fd);
    renameSync(temp, path);
  } catch (error) {
    try {
      closeSync(fd);
    } catch {
      // Already closed: the rename failed.
    }
    rmSync(temp, { force: true });
    throw error;
  }
}
