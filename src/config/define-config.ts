import type { ConfigInput } from './schema.js';

export type { Config, ConfigInput, RuleSetting } from './schema.js';

/**
 * Types a config file without importing a type: `export default defineConfig({ ... })`.
 * It returns its argument unchanged; validation happens when l10n loads the file. Kept in a
 * module that imports nothing at run time (`l10n/config`): a config that takes it from there
 * loads one small file, where the package's main entry loads the whole library.
 */
export function defineConfig(config: ConfigInput): ConfigInput {
  return config;
}
