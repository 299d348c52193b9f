import type { Config } from '../config/schema.js';
import { discoverBundles, type BundleLayout } from '../project/load-bundles.js';
import { layoutProject } from '../project/load-bundle-project.js';
import { runCheck, type CheckOptions, type CheckResult } from './run-check.js';

/** Checks the namespaces of a layout, reading each namespace's files only when it is checked. */
export function checkLayout(root: string, config: Config, layout: BundleLayout, options: CheckOptions = {}): CheckResult {
  return runCheck(layoutProject(root, config, layout), options);
}

/**
 * Checks the project at `root` with its config: finds the bundles, then reads them one
 * namespace at a time so memory holds only the namespace being checked.
 */
export function checkProject(root: string, config: Config, options: CheckOptions = {}): CheckResult {
  return checkLayout(root, config, discoverBundles(root, config), options);
}
