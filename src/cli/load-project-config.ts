import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { loadConfig, type LoadedConfig } from '../config/load-config.js';
import { UsageError } from '../diagnostics/usage-error.js';

/** The options every project command takes. */
export interface ProjectOptions {
  root?: string;
  config?: string;
}

/**
 * Resolves `--root` (default: the working folder) and loads the config found there. A root that
 * is not a folder is refused: a mistyped `--root` must not pass a check with nothing in it.
 */
export async function loadProjectConfig(options: ProjectOptions): Promise<LoadedConfig & { root: string }> {
  const root = resolve(options.root ?? process.cwd());
  const found = statSync(root, { throwIfNoEntry: false });
  if (!found?.isDirectory()) throw new UsageError(`--root ${root}: ${found ? 'not a folder' : 'no such folder'}`);
  return { root, ...(await loadConfig(root, options.config)) };
}

/** Adds the options every project command takes, `--root` and `--config`, worded once. */
export function withProjectOptions(command: Command): Command {
  return command.option('--root <dir>', 'project root', process.cwd()).option('--config <file>', 'config file (default: l10n.config.{ts,mjs,js,json} in the root)');
}
