import type { Config } from '../config/schema.js';
import { discoverBundles } from '../bundles/load-bundles.js';
import { loadContentProject } from './content-rules/load-content-check.js';
import { mergeContent } from './content-rules/merge-content.js';
import { runContentCheck } from './content-rules/run-content-check.js';
import { checkProjectInParallel } from './load-check.js';
import type { CheckOptions, CheckResult } from './run-check.js';

/**
 * What `l10n check` reports: every bundle (on two threads when the project is large) and
 * every article, in one result. Shared by `check`, `start` and the watcher's first pass.
 */
export async function checkEverything(root: string, config: Config, options: CheckOptions & { jobs?: number } = {}): Promise<CheckResult> {
  const bundles = await checkProjectInParallel(root, config, options);
  const content = loadContentProject(root, config, config.locales ?? discoverBundles(root, config).locales);
  const scope = options.locales ? { locales: options.locales } : {};
  return mergeContent(bundles, runContentCheck(content, scope), content.articles.length);
}
