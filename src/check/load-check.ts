import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { TEMPLATE_KEYS } from '../build/template-keys.js';
import type { Config } from '../config/schema.js';
import { readContentLock } from '../content/read-content-lock.js';
import { syncFillsOf } from '../content/sync-fills.js';
import { discoverBundles, readBundleFiles, type BundleLayout, type BundleLocation, type BundleSource } from '../bundles/load-bundles.js';
import { runCheck, type CheckOptions, type CheckProject, type CheckResult } from './run-check.js';

/**
 * A layout as the checker reads it: each namespace's files are read only when it is checked,
 * by `readFiles` (the watcher passes one that serves unchanged files from memory), with the
 * lock's record of the plural forms sync filled.
 */
export function layoutProject(root: string, config: Config, layout: BundleLayout, readFiles: (files: BundleLocation[]) => BundleSource[] = (files) => readBundleFiles(root, files, { reread: true })): CheckProject {
  const byNamespace = new Map<string, typeof layout.files>();
  for (const file of layout.files) {
    const list = byNamespace.get(file.namespace) ?? [];
    list.push(file);
    byNamespace.set(file.namespace, list);
  }
  // A broken lock is reported by the article checks; its fills then count for nothing here.
  const syncFills = syncFillsOf(readContentLock(root, config).lock);
  const project: CheckProject = { config, locales: layout.locales, namespaces: layout.namespaces, read: (namespace) => readFiles(byNamespace.get(namespace) ?? []), skipped: layout.skipped, syncFills };
  // A project with articles publishes pages: its build namespace must hold what the templates use,
  // and is checked even when no locale has a file of it.
  if (!hasArticles(root, config, layout.locales)) return project;
  const namespaces = layout.namespaces.includes(config.build.namespace) ? layout.namespaces : [...layout.namespaces, config.build.namespace];
  return { ...project, namespaces, templateKeys: TEMPLATE_KEYS };
}

/**
 * The locales whose content folder may hold articles: the bundle locales, and the source and
 * article locales even when no bundle of theirs exists yet (a project fresh from ingest has only
 * es-AR bundles beside its English articles).
 */
export function contentLocales(config: Config, locales: readonly string[]): string[] {
  return [...new Set([...locales, config.sourceLocale, config.ingest.articleLocale])];
}

/**
 * Whether the content holds an article, as the article reader lists them (a `.md` file directly in
 * `content/<locale>/`), without loading the markdown stack: one listing per locale of contentLocales.
 */
export function hasArticles(root: string, config: Config, locales: readonly string[]): boolean {
  return contentLocales(config, locales).some((locale) => {
    try {
      return readdirSync(join(root, config.contentDir, locale), { withFileTypes: true }).some((entry) => entry.isFile() && entry.name.endsWith('.md'));
    } catch {
      return false;
    }
  });
}

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
