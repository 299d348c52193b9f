/**
 * The public API of l10n. Re-exports only: each module documents itself.
 */
export type { Config, ConfigInput, RuleSetting } from './config/schema.js';
export { configSchema } from './config/schema.js';
export { parseConfig, ConfigError } from './config/parse-config.js';
export { loadConfig, CONFIG_FILES, type LoadedConfig } from './config/load-config.js';
export type { Diagnostic, Severity, Position, RelatedLocation } from './diagnostics/diagnostic.js';
export { fallbackChain, bcp47Parents, languageOf } from './bundles/fallback-chain.js';
export { loadBundles, bundlePath, type BundleSet, type BundleSource } from './bundles/load-bundles.js';
