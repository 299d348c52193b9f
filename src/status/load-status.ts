import type { Config } from '../config/schema.js';
import { readArticles, type ArticleSet } from '../content/read-articles.js';
import { loadTranslationHistory } from '../content/load-translation-history.js';
import { readContentLock } from '../content/read-content-lock.js';
import type { BundleProject } from '../project/bundle-project.js';
import { contentLocales, loadBundleProject } from '../project/load-bundle-project.js';
import { projectStatus, type ProjectStatus } from './project-status.js';

/**
 * Reads bundles, articles, the content lock and (when a translation has no sourceHash) the
 * content folder's git history of the project at `root`, and computes its status.
 * A caller that has the project or its articles already (the CLI reports broken ones) passes them;
 * `locales` narrows what is counted (see projectStatus).
 */
export function loadStatus(
  root: string,
  config: Config,
  project: BundleProject = loadBundleProject(root, config),
  articles: ArticleSet = readArticles(root, config, contentLocales(root, config, project.locales)),
  locales?: readonly string[],
): ProjectStatus {
  const { standing } = loadTranslationHistory(root, config, articles.articles);
  return projectStatus(project, articles.articles, readContentLock(root, config).lock, locales, standing);
}
