import type { Config } from '../config/schema.js';
import { readArticles } from '../content/read-articles.js';
import { readContentLock } from '../content/read-content-lock.js';
import { loadBundleProject } from '../sync/load-bundle-project.js';
import { projectStatus, type ProjectStatus } from './project-status.js';

/** Reads bundles, articles and the content lock of the project at `root`, and computes its status. */
export function loadStatus(root: string, config: Config): ProjectStatus {
  const project = loadBundleProject(root, config);
  const { articles } = readArticles(root, config, project.locales);
  return projectStatus(project, articles, readContentLock(root, config).lock);
}
