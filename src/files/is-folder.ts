import { statSync } from 'node:fs';

/** Whether a path is a folder (following links); false when it does not exist. */
export const isFolder = (path: string): boolean => statSync(path, { throwIfNoEntry: false })?.isDirectory() === true;
