import writeFileAtomic from 'write-file-atomic';
import { outputPath, type OutputProject } from './write-output.js';

/**
 * Writes a report to a file (atomically: no half-written report) or to standard output. A report
 * never replaces one of the project's inputs, a folder or a special file (`/dev/full`, a FIFO);
 * missing folders are made only inside the project root, so `--output /nonexistent/x/y` makes
 * nothing at the file system's root. Apart from write-output.ts, so that a check, which writes
 * its report piece by piece, does not load write-file-atomic.
 */
export function writeOutput(text: string, file: string | undefined, project: OutputProject): void {
  const path = outputPath(file, project);
  if (path === undefined) {
    process.stdout.write(text);
    return;
  }
  writeFileAtomic.sync(path, text);
}
