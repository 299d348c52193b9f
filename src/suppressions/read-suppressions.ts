import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { UsageError } from '../diagnostics/usage-error.js';
import { isFolder } from '../files/is-folder.js';
import { parseSuppressions } from './parse-suppressions.js';
import type { SuppressionEntry } from './suppression-entry.js';
import { SUPPRESSIBLE_RULES } from './suppressible-rules.js';

/** The file's name beside the config (or in the root), and inside a folder `--suppressions-location` names. */
export const SUPPRESSIONS_FILE = 'l10n-suppressions.json';

/** A suppressions file as read: where it is, its text (null: no file yet) and its entries. */
export interface SuppressionsFile {
  path: string;
  /** The path as messages show it: relative to the working folder. */
  shown: string;
  text: string | null;
  suppressions: Map<string, SuppressionEntry>;
}

/**
 * Where the suppressions file is: `location` (relative to the root, as `--config` is; a folder
 * gets SUPPRESSIONS_FILE inside it), else SUPPRESSIONS_FILE beside the config file, else in the root.
 */
export function suppressionsPath(root: string, configFile: string | undefined, location: string | undefined): string {
  if (location === undefined) return join(configFile ? dirname(configFile) : root, SUPPRESSIONS_FILE);
  const path = resolve(root, location);
  return isFolder(path) ? join(path, SUPPRESSIONS_FILE) : path;
}

/**
 * Reads and validates the suppressions file at `path`; no file is no suppressions. A file that
 * is not JSON, has the wrong shape or names an unknown rule is a UsageError (exit 2) at its
 * line and column, with how many more problems follow.
 */
export function readSuppressions(path: string): SuppressionsFile {
  const shown = relative(process.cwd(), path) || path;
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { path, shown, text: null, suppressions: new Map() };
    throw error;
  }
  const parsed = parseSuppressions(text, SUPPRESSIBLE_RULES);
  if (!parsed.ok) {
    const [first, ...rest] = parsed.problems;
    const more = rest.length > 0 ? ` (and ${rest.length} more problem${rest.length === 1 ? '' : 's'} after it)` : '';
    throw new UsageError(`${shown}:${first?.line ?? 1}:${first?.column ?? 1}: ${first?.message ?? 'unreadable'}${more}`);
  }
  return { path, shown, text, suppressions: parsed.suppressions };
}
