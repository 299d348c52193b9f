import { isArticleName } from '../content/article-format.js';
import type { Config } from '../config/schema.js';
import { bundlePatterns, matchBundleFile, type PatternConfig } from '../project/bundle-pattern.js';

/** What a batch of saved files asks to re-check: bundle namespaces, and whether any article changed. */
export interface ChangedScope {
  namespaces: Set<string>;
  /** The saved locales of each namespace (`locales/es/common.json` -> common: es). */
  savedLocales: Map<string, Set<string>>;
  /** The saved file of each namespace and locale, by `namespace\0locale`. */
  savedFiles: Map<string, string>;
  /** The saved bundle paths. */
  bundles: string[];
  content: boolean;
  files: string[];
  /** Other paths under the locales folder (a locale folder made, removed or renamed; an editor's swap file). */
  others: string[];
}

const trim = (dir: string): string => dir.replace(/\\/g, '/').replace(/^\.\//, '').replace(/\/$/, '');

/**
 * Maps saved paths (relative to the root, `/`-separated) to what they affect: a bundle file (by
 * the config's patterns) to its namespace, anything under the content folder to the articles.
 */
export function changedScope(paths: Iterable<string>, config: Pick<Config, 'contentDir' | 'locales'> & PatternConfig): ChangedScope {
  const patterns = bundlePatterns(config);
  const folders = patterns
    .map((pattern) => pattern.prefix)
    .filter((prefix) => prefix !== '')
    .map((prefix) => `${prefix}/`);
  const content = `${trim(config.contentDir)}/`;
  const scope: ChangedScope = {
    namespaces: new Set(),
    savedLocales: new Map(),
    savedFiles: new Map(),
    bundles: [],
    content: false,
    files: [],
    others: [],
  };
  for (const path of paths) {
    if (path.startsWith(content)) {
      if (isArticleName(path) || path.endsWith('.json')) {
        scope.content = true;
        scope.files.push(path);
      }
      continue;
    }
    const bundle = matchBundleFile(patterns, path, config.defaultNamespace, config.locales);
    if (bundle) {
      scope.namespaces.add(bundle.namespace);
      const saved = scope.savedLocales.get(bundle.namespace) ?? new Set<string>();
      saved.add(bundle.locale);
      scope.savedLocales.set(bundle.namespace, saved);
      scope.savedFiles.set(`${bundle.namespace}\0${bundle.locale}`, path);
      scope.bundles.push(path);
      scope.files.push(path);
    } else if (folders.some((folder) => path.startsWith(folder))) {
      scope.others.push(path);
    }
  }
  return scope;
}
