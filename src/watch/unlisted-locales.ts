import type { Config } from '../config/schema.js';

const trim = (dir: string): string => dir.replace(/\\/g, '/').replace(/^\.\//, '').replace(/\/$/, '');

/**
 * One note per locale folder a burst of saves touched that the project does not check (the
 * config lists its locales and this is not one): the watcher says so instead of staying silent.
 * `paths` are relative to the root, `/`-separated: bundles and the locale folders themselves.
 */
export function unlistedLocales(
  paths: readonly string[],
  locales: readonly string[],
  config: Pick<Config, 'localesDir' | 'locales'>,
): string[] {
  if (!config.locales) return [];
  const prefix = `${trim(config.localesDir)}/`;
  const noted = new Map<string, string>();
  for (const path of paths) {
    if (!path.startsWith(prefix)) continue;
    const locale = path.slice(prefix.length).split('/')[0] ?? '';
    if (locale === '' || locales.includes(locale) || noted.has(locale)) continue;
    noted.set(
      locale,
      `${path}: "${locale}" is not one of the locales of the config (${locales.join(', ')}): not checked; add it to "locales" in the config and restart l10n check --watch`,
    );
  }
  return [...noted.values()];
}
