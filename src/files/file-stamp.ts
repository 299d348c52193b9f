import { statSync } from 'node:fs';

/**
 * What a file is now, as `size:mtimeMs`: a cache keeps it to tell whether the file is still the
 * one it wrote. Undefined when the path is not a file.
 */
export function fileStamp(file: string): string | undefined {
  const stat = statSync(file, { throwIfNoEntry: false });
  return stat?.isFile() ? `${stat.size}:${stat.mtimeMs}` : undefined;
}

/** The size of a file in bytes; 0 when it is not there (a size only weighs work, it is never data). */
export function fileSize(file: string): number {
  return statSync(file, { throwIfNoEntry: false })?.size ?? 0;
}
