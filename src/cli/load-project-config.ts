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
 * is not a folder is refused: a mistyped `--root` must not pass a check with nothing in it. Rule
 * settings are validated by every command, not only those that run rules: a config that names an
 * unknown rule or option is the same config error (exit 2) whether CI runs check, sync or build.
 */
export async function loadProjectConfig(options: ProjectOptions): Promise<LoadedConfig & { root: string }> {
  const root = resolve(options.root ?? process.cwd());
  const found = statSync(root, { throwIfNoEntry: false });
  if (!found?.isDirectory()) throw new UsageError(`--root ${root}: ${found ? 'not a folder' : 'no such folder'}`);
  const loaded = await loadConfig(root, options.config);
  // The rules are loaded only for a config that sets some: most runs of sync or build pay nothing.
  if (Object.keys(loaded.config.rules).length > 0)
    (await import('../check/run-check.js')).parseRuleSettings(loaded.config, [], loaded.file);
  return { root, ...loaded };
}

/** Adds the options every project command takes, `--root` and `--config`, worded once. */
export function withProjectOptions(command: Command): Command {
  return command
    .option('--root <dir>', 'project root', process.cwd())
    .option('--config <file>', 'config file (default: l10n.config.{ts,mjs,js,json} in the root)');
}
