import type { Config } from '../config/schema.js';
import { discoverBundles } from '../bundles/load-bundles.js';
import { layoutProject } from '../check/load-check.js';
import type { CheckProject } from '../check/run-check.js';

/**
 * The project at `root` as the checker reads it: bundles found up front, read one namespace at
 * a time. Shared by sync, status, export and watch, so they all see what `check` sees.
 */
export function loadBundleProject(root: string, config: Config): CheckProject {
  return layoutProject(root, config, discoverBundles(root, config));
}
