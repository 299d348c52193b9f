import { writeProjectFiles, type ProjectWrite } from '../files/write-project-files.js';

/** A file ingest writes, by project-relative path. */
export type IngestWrite = ProjectWrite;

/** Writes the article and bundle files through the project writer (atomic, never outside the project). */
export function writeIngestFiles(root: string, writes: readonly IngestWrite[]): void {
  writeProjectFiles(root, writes);
}
