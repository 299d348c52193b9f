import { dirname, resolve } from 'node:path';
import { createRequire } from 'node:module';
import { UsageError } from '../diagnostics/usage-error.js';
import { isFolder } from '../files/is-folder.js';
import { makeFolder } from '../files/make-folder.js';

const require = createRequire(import.meta.url);

/** Writes a report to a file (atomically: no half-written report) or to standard output. */
export function writeOutput(text: string, file: string | undefined): void {
  if (!file) {
    process.stdout.write(text);
    return;
  }
  const path = resolve(file);
  if (isFolder(path)) throw new UsageError(`--output ${file} is a folder: name a file`);
  makeFolder(dirname(path));
  // Loaded only when a report goes to a file: most runs print to standard output.
  (require('write-file-atomic') as typeof import('write-file-atomic')).sync(path, text);
}
