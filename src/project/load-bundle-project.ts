import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Config } from '../config/schema.js';
import { isArticleName } from '../content/article-format.js';
import { isKnownLocale } from '../locale/locale-tag.js';
import { readContentLock } from '../content/read-content-lock.js';
import { syncFillsOf } from '../content/sync-fills.js';
import type { BundleSource } from './bundle.js';
import type { BundleProject } from './bundle-project.js';
import { discoverBundles, readBundleFiles, type BundleLayout, type BundleLocation } from './load-bundles.js';
import { TEMPLATE_KEYS } from './template-keys.js';
import { bundlePathOf, buildNamespaceOf } from './bundle-pattern.js';

/**
 * A layout as check, sync, status and watch read it: each namespace's files are read only when
 * it is asked for, by `readFiles` (the watcher passes one that serves unchanged files from
 * memory), with the lock's record of the plural forms sync filled. The default reader reads
 * each file afresh for whoever asks, so a check may let its bytes go once parsed.
 */
export function layoutProject(
  root: string,
  config: Config,
  layout: BundleLayout,
  readFiles?: (files: BundleLocation[]) => BundleSource[],
): BundleProject {
  const read = readFiles ?? ((files: BundleLocation[]) => readBundleFiles(root, files, { reread: true }));
  const byNamespace = new Map<string, typeof layout.files>();
  for (const file of layout.files) {
    const list = byNamespace.get(file.namespace) ?? [];
    list.push(file);
    byNamespace.set(file.namespace, list);
  }
  // A broken lock is reported by the article checks; its fills then count for nothing here.
  const syncFills = syncFillsOf(readContentLock(root, config).lock);
  const project: BundleProject = {
    config,
    locales: layout.locales,
    namespaces: layout.namespaces,
    read: (namespace) => read(byNamespace.get(namespace) ?? []),
    releaseParsed: readFiles === undefined,
    skipped: layout.skipped,
    syncFills,
  };
  // A project with articles and bundles publishes pages: its build namespace must hold what the
  // templates use, and is checked even when no locale has a file of it. An articles-only project
  // has no bundle to check, and a layout with one namespace per locale file cannot hold another.
  if (layout.files.length === 0 || bundlePathOf(config, config.sourceLocale, buildNamespaceOf(config)) === undefined) return project;
  if (!hasArticles(root, config, layout.locales)) return project;
  const build = buildNamespaceOf(config);
  const namespaces = layout.namespaces.includes(build) ? layout.namespaces : [...layout.namespaces, build];
  return { ...project, namespaces, templateKeys: TEMPLATE_KEYS };
}

/** The locales the project names whose content folder may hold articles: the bundle, source and article locales. */
function namedLocales(config: Config, locales: readonly string[]): string[] {
  return [...new Set([...locales, config.sourceLocale, config.ingest.articleLocale])];
}

/**
 * Unless the config lists its locales, the other folders of the content directory named by a
 * locale CLDR knows (not `images`) that hold an article: an articles-only project has no bundle
 * to name its locales.
 */
function foundLocales(root: string, config: Config, named: readonly string[]): string[] {
  if (config.locales) return [];
  try {
    return readdirSync(join(root, config.contentDir), { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && isKnownLocale(entry.name) && !named.includes(entry.name))
      .map((entry) => entry.name)
      .sort()
      .filter((locale) => holdsArticle(root, config, locale));
  } catch {
    return [];
  }
}

/**
 * The locales whose content folder may hold articles: the bundle locales, the source and article
 * locales even when no bundle of theirs exists yet (a project fresh from ingest has only es-AR
 * bundles beside its English articles), and the content's own locale folders (see foundLocales).
 */
export function contentLocales(root: string, config: Config, locales: readonly string[]): string[] {
  const named = namedLocales(config, locales);
  return [...named, ...foundLocales(root, config, named)];
}

/** Whether a locale's content folder holds an article (a `.md` or `.mdx` file anywhere below it). */
function holdsArticle(root: string, config: Config, locale: string): boolean {
  try {
    return readdirSync(join(root, config.contentDir, locale), { recursive: true }).some((name) => isArticleName(String(name)));
  } catch {
    return false;
  }
}

/**
 * The locales of contentLocales when the content holds an article (as the article reader lists
 * them: a `.md` or `.mdx` file anywhere below `content/<locale>/`), else undefined; found without
 * loading the markdown stack, each folder listed once.
 */
export function articleScope(root: string, config: Config, locales: readonly string[]): string[] | undefined {
  const named = namedLocales(config, locales);
  const found = foundLocales(root, config, named);
  return found.length > 0 || named.some((locale) => holdsArticle(root, config, locale)) ? [...named, ...found] : undefined;
}

/** Whether the content holds an article (see articleScope). */
export function hasArticles(root: string, config: Config, locales: readonly string[]): boolean {
  return articleScope(root, config, locales) !== undefined;
}

/**
 * The project at `root` as every command reads it: bundles found up front, read one namespace at
 * a time. Shared by sync, status, export and watch, so they all see what `check` sees.
 */
export function loadBundleProject(root: string, config: Config): BundleProject {
  return layoutProject(root, config, discoverBundles(root, config));
}
