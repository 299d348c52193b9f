import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadConfig } from '../../src/config/load-config.js';
import type { Config } from '../../src/config/schema.js';

/** The folder of a build fixture, `tests/fixtures/build/<name>`. */
export const fixtureDir = (name: string): string => fileURLToPath(new URL(`../fixtures/build/${name}`, import.meta.url));

/** Copies a fixture project into a temporary folder (builds never write into the repository) and loads its config. */
export async function fixtureProject(name: string): Promise<{ root: string; config: Config }> {
  const root = join(mkdtempSync(join(tmpdir(), 'l10n-build-')), name);
  cpSync(fixtureDir(name), root, { recursive: true });
  const { config } = await loadConfig(root);
  return { root, config };
}
