import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import writeFileAtomic from 'write-file-atomic';

/** Writes a report to a file (atomically: no half-written report) or to standard output. */
export function writeOutput(text: string, file: string | undefined): void {
  if (!file) {
    process.stdout.write(text);
    return;
  }
  const path = resolve(file);
  mkdirSync(dirname(path), { recursive: true });
  writeFileAtomic.sync(path, text);
}
