import type { Config } from '../config/schema.js';
import type { BundleProject } from '../project/bundle-project.js';
import { UsageError } from '../diagnostics/usage-error.js';
import { describePatterns } from '../project/bundle-pattern.js';
import { discoverBundles, type BundleLayout } from '../project/load-bundles.js';
import { layoutProject } from '../project/load-bundle-project.js';
import { sourcelessLayout } from '../project/namespace-source.js';

/** Refuses bundles none of which is of its namespace's source locale (see sourcelessLayout): a config error. */
export function assertSourceBundles(config: Config, layout: BundleLayout): void {
  const why = sourcelessLayout(config, layout);
  if (why !== undefined) throw new UsageError(why);
}

/**
 * Refuses a project without a single bundle: status, sync, export and import would otherwise
 * answer for nothing (an empty table, "every bundle already has every source key") when
 * `--root` or `bundles` is wrong.
 */
export function assertSomeBundle(project: BundleProject, root: string): BundleProject {
  if (project.locales.length === 0 || project.namespaces.length === 0)
    throw new UsageError(`no bundle in ${root}: no file matches ${describePatterns(project.config)}`);
  return project;
}

/** The project at `root` for sync, export and import: refused without a bundle, or without one of its source locale. */
export function requireBundles(root: string, config: Config): BundleProject {
  const layout = discoverBundles(root, config);
  assertSourceBundles(config, layout);
  return assertSomeBundle(layoutProject(root, config, layout), root);
}
