import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import shipped from '../../l10n.config.js';
import { configSchema, type Config } from '../../src/config/schema.js';

/** The repository root, to read shipped files (never written by tests). */
export const REPO = fileURLToPath(new URL('../../', import.meta.url));
/** The ingest fixtures folder. */
export const FIXTURES = join(REPO, 'tests/fixtures/ingest');
/** The shipped config with every default applied. */
export const CONFIG: Config = configSchema.parse(shipped);

/** A temporary copy of the shipped project (config, bundles, source page) to ingest into. */
export function shippedProject(): string {
  const root = mkdtempSync(join(tmpdir(), 'l10n-ingest-'));
  for (const path of ['l10n.config.ts', 'locales', 'content/sources']) cpSync(join(REPO, path), join(root, path), { recursive: true });
  return root;
}

/** A file of a project, as text. */
export const read = (root: string, path: string): string => readFileSync(join(root, path), 'utf8');
