import { dirname, isAbsolute, join, relative } from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { makeFolder } from '../files/make-folder.js';

/** A file ingest writes, by project-relative path. */
export interface IngestWrite {
  path: string;
  text: string;
}

/**
 * Writes the article and bundle files atomically (temp file and rename), so a reader never sees
 * half a file. Refuses any path that would land outside the project root.
 */
export function writeIngestFiles(root: string, writes: readonly IngestWrite[]): void {
  for (const { path, text } of writes) {
    const absolute = join(root, path);
    const inside = relative(root, absolute);
    if (inside.startsWith('..') || isAbsolute(inside)) throw new Error(`refusing to write ${path}: outside the project`);
    makeFolder(dirname(absolute));
    writeFileAtomic.sync(absolute, text);
  }
}
