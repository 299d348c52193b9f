import { createHash } from 'node:crypto';

/** The hash an article records of the page it was ingested from: line endings normalised, 16 hex digits. */
export const pageHash = (raw: string): string => createHash('sha256').update(raw.replace(/\r\n?/g, '\n')).digest('hex').slice(0, 16);
