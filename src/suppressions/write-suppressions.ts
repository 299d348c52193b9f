import { writeProjectFiles } from '../files/write-project-files.js';
import { formatSuppressions } from './format-suppressions.js';
import type { SuppressionsFile } from './read-suppressions.js';
import type { Suppressions } from './suppression-entry.js';

/**
 * Writes the new entries over the file that was read, atomically and under the project's write
 * lock (a file changed since it was read is refused, so no one's edit is lost); a file that would
 * not change is left alone. Returns the text the file holds now.
 */
export function writeSuppressions(root: string, file: SuppressionsFile, next: Suppressions): string {
  const text = formatSuppressions(next);
  if (text !== file.text) writeProjectFiles(root, [{ path: file.path, text, before: file.text }]);
  return text;
}
