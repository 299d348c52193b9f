import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root: the shipped project. */
export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** A copy of parts of the shipped project (default: its bundles and config) in a new temporary folder, to change freely. */
export function shippedCopy(parts: readonly string[] = ['locales', 'l10n.config.ts']): string {
  const dir = mkdtempSync(join(tmpdir(), 'l10n-shipped-'));
  for (const part of parts) cpSync(join(ROOT, part), join(dir, part), { recursive: true });
  return dir;
}
