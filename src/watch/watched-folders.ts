import type { Config } from '../config/schema.js';
import { bundlePatterns, type PatternConfig } from '../project/bundle-pattern.js';

/** A folder the watcher listens to, relative to the root (`.` for the root itself). */
export interface WatchedFolder {
  path: string;
  /** Whether its subfolders are watched too: not for `{{lng}}.json` at the root, which would take in node_modules. */
  recursive: boolean;
}

/**
 * The folders whose saves can change a check: each bundle pattern's fixed folder (`locales` for
 * `locales/{{lng}}/{{ns}}.json`) and the content folder, each once. A pattern at the root is the
 * root, watched below only when its files may be in subfolders (`{{ns}}/{{lng}}.json`).
 */
export function watchedFolders(config: Pick<Config, 'contentDir'> & PatternConfig): WatchedFolder[] {
  const folders = new Map<string, boolean>();
  for (const pattern of bundlePatterns(config)) {
    const path = pattern.prefix === '' ? '.' : pattern.prefix;
    const recursive = path !== '.' || pattern.depth !== 1;
    folders.set(path, (folders.get(path) ?? false) || recursive);
  }
  const content = config.contentDir.replace(/\\/g, '/').replace(/^\.\//, '').replace(/\/+$/, '');
  if (!folders.has(content)) folders.set(content, true);
  return [...folders].map(([path, recursive]) => ({ path, recursive }));
}
