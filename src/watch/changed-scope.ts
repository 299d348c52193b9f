import { isArticleName } from '../content/article-format.js';
import type { Config } from '../config/schema.js';

/** What a batch of saved files asks to re-check: bundle namespaces, and whether any article changed. */
export interface ChangedScope {
  namespaces: Set<string>;
  /** The saved locales of each namespace (`locales/es/common.json` -> common: es). */
  savedLocales: Map<string, Set<string>>;
  /** The saved bundle paths. */
  bundles: string[];
  content: boolean;
  files: string[];
  /** Other paths under the locales folder (a locale folder made, removed or renamed; an editor's swap file). */
  others: string[];
}

const trim = (dir: string): string => dir.replace(/\\/g, '/').replace(/^\.\//, '').replace(/\/$/, '');

/**
 * Maps saved paths (relative to the root, `/`-separated) to what they affect: a bundle
 * `locales/<lng>/<ns>.json` to its namespace, anything under the content folder to the articles.
 */
export function changedScope(paths: Iterable<string>, config: Pick<Config, 'localesDir' | 'contentDir'>): ChangedScope {
  const locales = `${trim(config.localesDir)}/`;
  const content = `${trim(config.contentDir)}/`;
  const scope: ChangedScope = { namespaces: new Set(), savedLocales: new Map(), bundles: [], content: false, files: [], others: [] };
  for (const path of paths) {
    if (path.startsWith(locales) && path.endsWith('.json')) {
      const rest = path.slice(locales.length);
      const slash = rest.indexOf('/');
      if (slash > 0) {
        const namespace = rest.slice(slash + 1, -'.json'.length);
        scope.namespaces.add(namespace);
        const saved = scope.savedLocales.get(namespace) ?? new Set<string>();
        saved.add(rest.slice(0, slash));
        scope.savedLocales.set(namespace, saved);
        scope.bundles.push(path);
        scope.files.push(path);
      }
    } else if (path.startsWith(locales)) {
      scope.others.push(path);
    } else if (path.startsWith(content) && (isArticleName(path) || path.endsWith('.json'))) {
      scope.content = true;
      scope.files.push(path);
    }
  }
  return scope;
}
