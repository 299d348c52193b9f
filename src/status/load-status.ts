import type { Config } from '../config/schema.js';
import { readArticles, type ArticleSet } from '../content/read-articles.js';
import { readContentLock } from '../content/read-content-lock.js';
import type { BundleProject } from '../project/bundle-project.js';
import { loadBundleProject } from '../project/load-bundle-project.js';
import { projectStatus, type ProjectStatus } from './project-status.js';

/**
 * Reads bundles, articles and the content lock of the project at `root`, and computes its status.
 * A caller that has the project or its articles already (the CLI reports broken ones) passes them;
 * `locales` narrows what is counted (see projectStatus).
 */
export function loadStatus(
  root: string,
  config: Config,
  project: BundleProject = loadBundleProject(root, config),
  articles: ArticleSet = readArticles(root, config, project.locales),
  locales?: readonly string[],
): ProjectStatus {
  return projectStatus(project, articles.articles, readContentLock(root, config).lock, locales);
}
