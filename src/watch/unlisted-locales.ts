import type { Config } from '../config/schema.js';
import { bundlePatterns, localeOfName, matchBundleFile, type PatternConfig } from '../project/bundle-pattern.js';

/** The locale a saved path belongs to: a bundle file's, or a locale folder's (`locales/fr` under `locales/{{lng}}/...`). */
function localeOfPath(path: string, config: PatternConfig): string | undefined {
  const patterns = bundlePatterns(config);
  const bundle = matchBundleFile(patterns, path, config.defaultNamespace);
  if (bundle) return bundle.locale;
  const folder = patterns.find((pattern) => pattern.localeFolder && path.startsWith(`${pattern.prefix}/`));
  const name = folder && path.slice(folder.prefix.length + 1).split('/')[0];
  return folder && name !== undefined ? localeOfName(folder, name) : undefined;
}

/**
 * One note per locale a burst of saves touched that the project does not check (the config
 * lists its locales and this is not one): the watcher says so instead of staying silent.
 * `paths` are relative to the root, `/`-separated: bundles and the locale folders themselves.
 */
export function unlistedLocales(
  paths: readonly string[],
  locales: readonly string[],
  config: Pick<Config, 'locales'> & PatternConfig,
): string[] {
  if (!config.locales) return [];
  const noted = new Map<string, string>();
  for (const path of paths) {
    const locale = localeOfPath(path, config) ?? '';
    if (locale === '' || locales.includes(locale) || noted.has(locale)) continue;
    noted.set(
      locale,
      `${path}: "${locale}" is not one of the locales of the config (${locales.join(', ')}): not checked; add it to "locales" in the config and restart l10n check --watch`,
    );
  }
  return [...noted.values()];
}
