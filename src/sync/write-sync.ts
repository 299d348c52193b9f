import type { SyncChange } from './sync-project.js';
import { writeProjectFiles } from '../files/write-project-files.js';

/** Writes each changed bundle through the project writer: atomic, never outside the project, never over a file changed since it was read. */
export function writeSync(root: string, changes: readonly SyncChange[]): void {
  writeProjectFiles(root, changes.map((change) => ({ path: change.file, text: change.after, before: change.before ?? null })));
}
