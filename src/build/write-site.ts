import { isAbsolute, relative, resolve } from 'node:path';
import type { Config } from '../config/schema.js';
import { atFileStart, type Diagnostic } from '../diagnostics/diagnostic.js';
import { UsageError } from '../diagnostics/usage-error.js';
import { describePatterns } from '../project/bundle-pattern.js';
import { buildCacheFile, loadPreviousManifest, saveBuildCache } from './build-cache.js';
import { loadSiteInput } from './load-site-input.js';
import { loadRawHtml } from './markdown.js';
import { renderSite } from './render-site.js';
import type { Shard } from './shards.js';
import { writeOutputTree } from './write-output-tree.js';
import { loadIcuPlugin } from './icu-plugin.js';
import { assertKnownLocales } from '../locale/unknown-locales.js';

/** How to build: everything optional, the config's `build` section gives the defaults. */
export interface BuildOptions {
  /** Output folder; relative paths are resolved against the root. Default: `config.build.outDir`. */
  outDir?: string;
  /** Build only these locales (default: every configured or discovered locale). */
  locales?: string[];
  baseUrl?: string;
  /** Fail (write nothing) when there is any warning, such as a key a locale cannot resolve. */
  strict?: boolean;
  /** Render every page even when the cache says it is unchanged. */
  force?: boolean;
  /** The build's clock (the footer year); default: now. */
  now?: Date;
  onProgress?: (done: number, total: number) => void;
  /** Render only this shard's article pages, for `l10n merge` to join (see shardOf). */
  shard?: Shard;
}

/** What a build did: where, how many pages, what was wrong, and whether anything was written. */
export interface BuildSummary {
  outDir: string;
  /** Pages in the site (articles in every locale, the locale indexes and the root). */
  pages: number;
  /** Article and locale index pages rendered in this build (the rest came unchanged from the previous output). */
  rendered: number;
  reused: number;
  warnings: Diagnostic[];
  errors: Diagnostic[];
  /** False when errors (or warnings with `strict`) stopped the build before it wrote anything. */
  written: boolean;
}

/**
 * `l10n build` as a library call: reads the project, renders every page in memory, and only
 * then writes (see writeOutputTree: staged inside the output, renamed into place). Errors in user files come back
 * as diagnostics; misuse (an unknown locale, an unsafe output folder) throws a UsageError.
 */
export async function buildSite(root: string, config: Config, options: BuildOptions = {}): Promise<BuildSummary> {
  const outDir = resolve(root, options.outDir ?? config.build.outDir);
  const projectRoot = resolve(root);
  const inside = relative(outDir, projectRoot);
  if (!inside.startsWith('..') && !isAbsolute(inside))
    throw new UsageError(`the output folder ${outDir} would contain the project: choose a folder inside it, such as dist`);
  const cached = buildCacheFile(projectRoot, config, outDir);
  if (cached !== undefined && !relative(outDir, cached).startsWith('..') && !isAbsolute(relative(outDir, cached))) {
    throw new UsageError(
      `build.cacheDir (${config.build.cacheDir}) is inside the output folder ${outDir}: the cache would be published with the site; choose a folder outside it`,
    );
  }
  const found = cached === undefined ? undefined : loadPreviousManifest(cached, outDir);
  const loaded = loadSiteInput(projectRoot, config, options.force ? undefined : found?.articles);
  const available = config.locales ?? loaded.bundleLocales;
  const locales = options.locales ?? available;
  assertKnownLocales(locales, available);
  if (locales.length === 0)
    throw new UsageError(
      `nothing to build in ${projectRoot}: no locale (no bundle matches ${describePatterns(config)}, no locales in the config)`,
    );
  const summary = { outDir, pages: 0, rendered: 0, reused: 0, warnings: loaded.warnings, errors: loaded.errors, written: false };
  if (loaded.errors.length > 0) return summary;
  const previous = found && options.force ? { ...found, pages: {} } : found;
  // Any article that may be rendered with raw HTML needs rehype-raw, which is otherwise not loaded.
  if (loaded.articles.some((article) => article.rawHtml)) await loadRawHtml();
  if (config.messageFormat === 'icu') await loadIcuPlugin();
  const site = renderSite({
    config,
    locales,
    articles: loaded.articles,
    bundles: loaded.bundles,
    baseUrl: options.baseUrl ?? config.build.baseUrl,
    year: (options.now ?? new Date()).getUTCFullYear(),
    ...(previous && { previous }),
    articleCache: loaded.articleCache,
    ...(options.onProgress && { onProgress: options.onProgress }),
    ...(options.shard && { shard: options.shard }),
  });
  const warnings = [...loaded.warnings, ...site.warnings];
  const result = { ...summary, pages: site.pages, rendered: site.rendered, reused: site.unchanged, warnings };
  if (options.strict && warnings.length > 0) return result;
  writeOutputTree(outDir, site.files, site.reused, previous?.files);
  const cacheFile = buildCacheFile(projectRoot, config, outDir, true);
  const unsaved = cacheFile === undefined ? undefined : saveBuildCache(cacheFile, site.manifest, outDir, previous);
  if (cacheFile === undefined || unsaved === undefined) return { ...result, written: true };
  const file = relative(projectRoot, cacheFile);
  const warning: Diagnostic = atFileStart(file, {
    severity: 'warning',
    ruleId: 'build-cache',
    source: 'build',
    message: `the build is written, but its cache could not be (${unsaved}): the next build renders every page again`,
  });
  return { ...result, warnings: [...warnings, warning], written: true };
}
