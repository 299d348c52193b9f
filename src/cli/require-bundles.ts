import type { BundleProject } from '../project/bundle-project.js';
import { UsageError } from '../diagnostics/usage-error.js';
import { describePatterns } from '../project/bundle-pattern.js';

/**
 * Refuses a project without a single bundle: status, sync, export and import would otherwise
 * answer for nothing (an empty table, "every bundle already has every source key") when
 * `--root` or `bundles` is wrong.
 */
export function requireBundles(project: BundleProject, root: string): BundleProject {
  if (project.locales.length === 0 || project.namespaces.length === 0)
    throw new UsageError(`no bundle in ${root}: no file matches ${describePatterns(project.config)}`);
  return project;
}
