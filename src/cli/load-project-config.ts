import { resolve } from 'node:path';
import { loadConfig, type LoadedConfig } from '../config/load-config.js';

/** The options every project command takes. */
export interface ProjectOptions {
  root?: string;
  config?: string;
}

/** Resolves `--root` (default: the working folder) and loads the config found there. */
export async function loadProjectConfig(options: ProjectOptions): Promise<LoadedConfig & { root: string }> {
  const root = resolve(options.root ?? process.cwd());
  return { root, ...(await loadConfig(root, options.config)) };
}
