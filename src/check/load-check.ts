import type { Config } from '../config/schema.js';
import { discoverBundles, readBundleFiles } from '../bundles/load-bundles.js';
import { runCheck, type CheckOptions, type CheckResult } from './run-check.js';

/**
 * Checks the project at `root` with its config: finds the bundles, then reads them one
 * namespace at a time so memory holds only the namespace being checked.
 */
export function checkProject(root: string, config: Config, options: CheckOptions = {}): CheckResult {
  const layout = discoverBundles(root, config);
  const byNamespace = new Map<string, typeof layout.files>();
  for (const file of layout.files) {
    const list = byNamespace.get(file.namespace) ?? [];
    list.push(file);
    byNamespace.set(file.namespace, list);
  }
  return runCheck(
    {
      config,
      locales: layout.locales,
      namespaces: layout.namespaces,
      read: (namespace) => readBundleFiles(root, byNamespace.get(namespace) ?? []),
      skipped: layout.skipped,
    },
    options,
  );
}
