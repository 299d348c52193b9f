import type { Config } from '../config/schema.js';
import { discoverBundles, type BundleLayout } from '../project/load-bundles.js';
import { checkProjectInParallel } from './check-in-parallel.js';
import { articleScope } from '../project/load-bundle-project.js';
import type { CheckOptions, CheckResult } from './run-check.js';
import { loadIcuParser } from '../bundles/icu-message.js';
import { reportedFiles, reportedLocales } from './reported-scope.js';
import { assertKnownLocales } from '../locale/unknown-locales.js';

/** `check --cache`: where the cache is, the version writing it, and where its notes go. */
export interface BundleCheckCache {
  file: string;
  version: string;
  note: (text: string) => void;
}

/** The bundle findings through the check cache (loaded only with --cache), its notes handed on. */
async function cachedBundleCheck(
  root: string,
  config: Config,
  cache: BundleCheckCache,
  locales: readonly string[] | undefined,
  layout: BundleLayout,
): Promise<CheckResult> {
  const { checkWithCache } = await import('./load-cached-check.js');
  const { result, notes } = checkWithCache(root, config, {
    cacheFile: cache.file,
    version: cache.version,
    layout,
    ...(locales && { locales }),
  });
  for (const note of notes) cache.note(note);
  return result;
}

/**
 * What `l10n check` reports: every bundle (on two threads when the project is large) and
 * every article, in one result. Shared by `check`, `start` and the watcher's first pass.
 * The article checks (gray-matter, remark) are loaded only when there are articles.
 * `layout`: the bundle files when the caller has found them already.
 */
export async function checkEverything(
  root: string,
  config: Config,
  options: CheckOptions & { jobs?: number; cache?: BundleCheckCache; layout?: BundleLayout } = {},
): Promise<CheckResult> {
  // A config parsed by the caller (parseConfig) has not loaded the ICU parser, as loadConfig does.
  if (config.messageFormat === 'icu') await loadIcuParser();
  // The bundle files are found once, for the bundle check and for the locales whose articles are read.
  const layout = options.layout ?? discoverBundles(root, config);
  const locales = config.locales ?? layout.locales;
  const articleLocales = articleScope(root, config, locales);
  // A locale with articles and no bundle (an articles-only project's) is one --locale may name: the bundle check reports nothing for it.
  assertKnownLocales(options.locales, [...new Set([...layout.locales, ...(articleLocales ?? [])])]);
  const bundleOptions = options.locales ? { ...options, locales: options.locales.filter((l) => layout.locales.includes(l)) } : options;
  // The watcher's first check must leave every parsed bundle in its cache: the check cache parses only what changed.
  const bundles =
    options.cache && !options.bundleCache
      ? await cachedBundleCheck(root, config, options.cache, bundleOptions.locales, layout)
      : await checkProjectInParallel(root, config, { ...bundleOptions, layout });
  if (!articleLocales) return bundles;
  const { loadContentProject } = await import('./content-rules/load-content-check.js');
  const { runContentCheck } = await import('./content-rules/run-content-check.js');
  const { mergeContent } = await import('./content-rules/merge-content.js');
  const content = loadContentProject(root, config, articleLocales);
  const scope = options.locales ? { locales: options.locales } : {};
  // Every article is read (a translation is compared with its source); the files of the locales reported on, readable or not, are counted.
  const articleFiles = reportedFiles(content.files, options.locales && new Set(options.locales));
  const withArticles = [...new Set([...locales, ...content.files.map((file) => file.locale)])];
  const reported = reportedLocales(withArticles, options.locales && new Set(options.locales)).length;
  return mergeContent(bundles, runContentCheck(content, scope), articleFiles, reported);
}
