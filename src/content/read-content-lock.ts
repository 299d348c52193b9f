import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Config } from '../config/schema.js';
import { outsideLinkReason, outsideRoot } from '../files/real-location.js';
import { CONTENT_LOCK_FILE, emptyLock, parseContentLock, type ContentLock } from './content-lock.js';

/** The lock and its path relative to the root; `error` when the file exists but cannot be used. */
export interface LoadedLock {
  file: string;
  lock: ContentLock;
  error?: string;
  /** The file's text as read (null: no lock yet), so that a write over it can tell if it changed since. */
  raw: string | null;
}

/** Reads `<contentDir>/l10n-lock.json`; a missing lock is an empty one (nothing translated yet). */
export function readContentLock(root: string, config: Pick<Config, 'contentDir' | 'outsideLinks'>): LoadedLock {
  const file = `${config.contentDir.replace(/\\/g, '/').replace(/\/$/, '')}/${CONTENT_LOCK_FILE}`;
  const outside = config.outsideLinks === 'read' ? undefined : outsideRoot(root, join(root, file));
  if (outside !== undefined) return { file, lock: emptyLock(), error: outsideLinkReason(outside), raw: null };
  let text: string;
  try {
    text = readFileSync(join(root, file), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { file, lock: emptyLock(), raw: null };
    return { file, lock: emptyLock(), error: `cannot be read: ${(error as NodeJS.ErrnoException).code ?? String(error)}`, raw: null };
  }
  const parsed = parseContentLock(text);
  return parsed.error ? { file, lock: parsed.lock, error: parsed.error, raw: text } : { file, lock: parsed.lock, raw: text };
}
