import { createHash } from 'node:crypto';
import { join, resolve, sep } from 'node:path';
import type { Config } from '../config/schema.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { readCacheEntry, writeCacheEntry } from '../files/cache-entry.js';
import { projectCacheDir } from '../files/cache-dir.js';
import { fileStamp } from '../files/file-stamp.js';
import type { BuildManifest } from './render-site.js';
import { missingKeyWarning } from './translator.js';

/**
 * Where the cache of the builds into `outDir` is kept: in `build.cacheDir` (relative to the root)
 * or the project's cache folder, one file per output folder. It lives outside the output, so a
 * deploy of the output publishes only the site. Undefined when there is no safe place for it
 * (every build then renders every page), or, unless `create`, no place yet.
 */
export function buildCacheFile(root: string, config: Pick<Config, 'build'>, outDir: string, create = false): string | undefined {
  const dir = config.build.cacheDir === undefined ? projectCacheDir(resolve(root), create) : resolve(root, config.build.cacheDir);
  return dir && join(dir, `build-${createHash('sha256').update(resolve(outDir)).digest('hex').slice(0, 16)}.json`);
}

/** The warnings a manifest keeps, as the translator made them; undefined unless every one is well formed. */
function storedWarnings(value: unknown): Diagnostic[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const warnings: Diagnostic[] = [];
  for (const item of value as Partial<Record<keyof Diagnostic, unknown>>[]) {
    const { file, message, locale, namespace, key } = item ?? {};
    if (
      typeof file !== 'string' ||
      typeof message !== 'string' ||
      typeof locale !== 'string' ||
      typeof namespace !== 'string' ||
      typeof key !== 'string'
    )
      return undefined;
    warnings.push(missingKeyWarning(file, locale, namespace, key, message));
  }
  return warnings;
}

/** A `..` segment: a path of the manifest that would lead out of the output folder is ignored. */
const PARENT_SEGMENT = /(?:^|\/)\.\.(?:\/|$)/;

/**
 * The manifest of the previous build into `outDir`, keeping only the pages whose file is still
 * the one that build wrote (same size and modification time): a page is reused only when it is
 * really there, so an output deleted, replaced or edited by hand is rendered again.
 */
export function loadPreviousManifest(cacheFile: string, outDir: string): BuildManifest | undefined {
  const text = readCacheEntry(cacheFile);
  if (text === undefined) return undefined;
  try {
    const manifest = JSON.parse(text) as BuildManifest;
    if (typeof manifest.version !== 'number' || manifest.pages === null || typeof manifest.pages !== 'object') return undefined;
    const stamps = manifest.stamps !== null && typeof manifest.stamps === 'object' ? manifest.stamps : {};
    const pages = Object.create(null) as Record<string, string>;
    const kept = Object.create(null) as Record<string, string>;
    for (const path in manifest.pages) {
      const hash = manifest.pages[path];
      const stamp = stamps[path];
      if (
        typeof hash !== 'string' ||
        typeof stamp !== 'string' ||
        PARENT_SEGMENT.test(path) ||
        fileStamp(`${outDir}${sep}${path}`) !== stamp
      )
        continue;
      pages[path] = hash;
      kept[path] = stamp;
    }
    const listed = Array.isArray(manifest.files) ? manifest.files.filter((path): path is string => typeof path === 'string') : [];
    // Every page of the previous build is one of its files too: a page it no longer makes is removed.
    const files = [...Object.keys(manifest.pages), ...listed].filter((path) => !PARENT_SEGMENT.test(path));
    const articles = manifest.articles !== null && typeof manifest.articles === 'object' ? manifest.articles : undefined;
    const site = typeof manifest.site === 'string' ? manifest.site : undefined;
    const warnings = storedWarnings(manifest.warnings);
    return {
      version: manifest.version,
      pages,
      stamps: kept,
      files,
      ...(site && { site }),
      ...(articles && { articles }),
      ...(warnings && { warnings }),
    };
  } catch {
    return undefined;
  }
}

/**
 * Saves the manifest of a build just written to `outDir`: each page with the stamp of its file
 * (a kept page keeps its stamp, a new one is read from the disk). Written atomically, after the
 * output: a build stopped half-way leaves the old cache, whose stamps no longer match the pages
 * already replaced, so those are rendered again. Returns why it could not be written, if so.
 */
export function saveBuildCache(
  cacheFile: string,
  manifest: BuildManifest,
  outDir: string,
  previous: BuildManifest | undefined,
): string | undefined {
  const stamps = Object.create(null) as Record<string, string>;
  for (const path of Object.keys(manifest.pages)) {
    const stamp = previous?.pages[path] === manifest.pages[path] ? previous?.stamps?.[path] : undefined;
    const current = stamp ?? fileStamp(join(outDir, path));
    if (current !== undefined) stamps[path] = current;
  }
  // No fsync: a cache lost to a crash only means a full build.
  return writeCacheEntry(cacheFile, `${JSON.stringify({ ...manifest, stamps })}\n`, { fsync: false });
}
