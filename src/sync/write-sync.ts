import type { SyncChange } from './sync-project.js';
import { writeProjectFiles, type ProjectWrite } from '../files/write-project-files.js';

/**
 * Writes each changed bundle, and any `also` (the lock), through the project writer: all vetted
 * before the first write, atomic, never outside the project, never over a file changed since it was read.
 */
export function writeSync(root: string, changes: readonly SyncChange[], also: readonly ProjectWrite[] = []): void {
  writeProjectFiles(root, [
    ...also,
    ...changes.map((change) => ({ path: change.file, text: change.after, before: change.before ?? null })),
  ]);
}
