import type { Config } from '../config/schema.js';
import { discoverBundles, readBundleFiles } from '../bundles/load-bundles.js';
import type { CheckProject } from '../check/run-check.js';

/**
 * The project at `root` as the checker reads it: bundles found up front, read one namespace at
 * a time. Shared by sync, status, export and watch, so they all see what `check` sees.
 */
export function loadBundleProject(root: string, config: Config): CheckProject {
  const layout = discoverBundles(root, config);
  const byNamespace = new Map<string, typeof layout.files>();
  for (const file of layout.files) {
    const list = byNamespace.get(file.namespace) ?? [];
    list.push(file);
    byNamespace.set(file.namespace, list);
  }
  return {
    config,
    locales: layout.locales,
    namespaces: layout.namespaces,
    read: (namespace) => readBundleFiles(root, byNamespace.get(namespace) ?? []),
    skipped: layout.skipped,
  };
}
