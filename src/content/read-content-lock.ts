import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Config } from '../config/schema.js';
import { CONTENT_LOCK_FILE, emptyLock, parseContentLock, type ContentLock } from './content-lock.js';

/** The lock and its path relative to the root; `error` when the file exists but cannot be used. */
export interface LoadedLock {
  file: string;
  lock: ContentLock;
  error?: string;
}

/** Reads `<contentDir>/l10n-lock.json`; a missing lock is an empty one (nothing translated yet). */
export function readContentLock(root: string, config: Pick<Config, 'contentDir'>): LoadedLock {
  const file = `${config.contentDir.replace(/\\/g, '/').replace(/\/$/, '')}/${CONTENT_LOCK_FILE}`;
  let text: string;
  try {
    text = readFileSync(join(root, file), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { file, lock: emptyLock() };
    return { file, lock: emptyLock(), error: `cannot be read: ${(error as NodeJS.ErrnoException).code ?? String(error)}` };
  }
  const parsed = parseContentLock(text);
  return parsed.error ? { file, lock: parsed.lock, error: parsed.error } : { file, lock: parsed.lock };
}
