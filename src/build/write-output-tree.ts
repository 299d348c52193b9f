import { existsSync, lstatSync, readdirSync, readFileSync, renameSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { UsageError } from '../diagnostics/usage-error.js';
import { GENERATOR } from './page-shell.js';
import { makeFolder } from '../files/make-folder.js';
import { isProcessAlive } from '../files/process-alive.js';
import { isWithin, realPathOf } from '../files/real-location.js';

/** What marked an output folder before the build cache moved out of it (an output of an earlier version). */
const LEGACY_MARKER = '.l10n-cache.json';

/** The head of a page this tool wrote: `<meta name="generator" content="l10n">` (see pageShell). */
const GENERATOR_META = `<meta name="generator" content="${GENERATOR}">`;

/** The folder, inside the output, where a build writes its files before moving them into place. */
const STAGING_PREFIX = '.l10n-staging-';

/** Whether a file is a page this tool wrote: its head names l10n as its generator. */
function isOurPage(path: string): boolean {
  try {
    const head = readFileSync(path, 'utf8');
    const end = head.indexOf('</head>');
    return end >= 0 && head.slice(0, end).includes(GENERATOR_META);
  } catch {
    return false;
  }
}

/** Whether a folder's entries are an l10n build output: its root page names l10n as its generator. */
function isBuildOutput(outDir: string, entries: readonly string[]): boolean {
  return entries.includes(LEGACY_MARKER) || (entries.includes('index.html') && isOurPage(join(outDir, 'index.html')));
}

/**
 * Refuses to replace a folder that is not a previous build (`--out src` must never wipe
 * source code): an existing, non-empty output folder must have the root page a build writes.
 */
export function assertReplaceable(outDir: string): void {
  if (!existsSync(outDir)) {
    if (lstatSync(outDir, { throwIfNoEntry: false }))
      throw new UsageError(`${outDir} is a link to nothing: remove it or choose another --out`);
    return;
  }
  const entries = readdirSync(outDir).filter((name) => !name.startsWith(STAGING_PREFIX));
  if (entries.length > 0 && !isBuildOutput(outDir, entries)) {
    throw new UsageError(
      `${outDir} exists and is not an l10n build output (no index.html with ${GENERATOR_META}): refusing to replace it; choose another --out or empty it`,
    );
  }
}

/** Whether the process that named a staging folder (`<prefix><pid>-<time>`) still runs. */
const isRunning = (name: string, prefix: string): boolean => isProcessAlive(Number(/^(\d+)-\d+$/.exec(name.slice(prefix.length))?.[1]));

/**
 * Removes the staging folders of builds that were killed: inside the output, and the
 * `<out>.tmp-*` / `<out>.old-*` siblings earlier versions staged in. A running build's are left.
 */
function removeAbandoned(outDir: string): void {
  for (const name of readdirSync(outDir)) {
    if (name.startsWith(STAGING_PREFIX) && !isRunning(name, STAGING_PREFIX)) rmSync(join(outDir, name), { recursive: true, force: true });
  }
  const parent = dirname(outDir);
  for (const prefix of [`${basename(outDir)}.tmp-`, `${basename(outDir)}.old-`]) {
    let names: string[] = [];
    try {
      names = readdirSync(parent).filter((name) => name.startsWith(prefix) && !isRunning(name, prefix));
    } catch {
      return;
    }
    for (const name of names) rmSync(join(parent, name), { recursive: true, force: true });
  }
}

function stage(staging: string, files: ReadonlyMap<string, string>): void {
  try {
    makeFolder(staging);
    let index = 0;
    for (const content of files.values()) writeFileSync(join(staging, String(index++)), content);
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    throw error;
  }
}

/** A path that is both a file and a folder can never be written: refuse it before touching anything. */
function assertNoClash(paths: readonly string[]): void {
  const files = new Set(paths);
  for (const path of paths) {
    for (let end = path.lastIndexOf('/'); end > 0; end = path.lastIndexOf('/', end - 1)) {
      const folder = path.slice(0, end);
      if (files.has(folder)) throw new Error(`${folder} would be both a file and a folder of the output`);
    }
  }
}

/**
 * Makes a folder of the output, after making sure that no link on the way leads out of the
 * output (`dist/en -> /etc`): the nearest part of it that exists must really be inside.
 */
function outputFolder(outDir: string, realOut: string, dir: string, checked: Set<string>): void {
  if (checked.has(dir)) return;
  let existing = dir;
  while (!checked.has(existing) && lstatSync(existing, { throwIfNoEntry: false }) === undefined && existing !== outDir)
    existing = dirname(existing);
  const real = checked.has(existing) ? realOut : realPathOf(existing);
  if (real === undefined || !isWithin(realOut, real))
    throw new UsageError(`${relative(outDir, existing)} in ${outDir} is a link to ${real ?? 'nothing'}, outside the output: remove it`);
  makeFolder(dir);
  checked.add(dir);
}

function removeEmptyParents(outDir: string, file: string): void {
  for (let dir = dirname(file); relative(outDir, dir) !== '' && !relative(outDir, dir).startsWith('..'); dir = dirname(dir)) {
    try {
      rmdirSync(dir);
    } catch {
      return;
    }
  }
}

/** The files an output of an earlier version lists in the cache it kept inside (LEGACY_MARKER). */
function legacyFiles(outDir: string): string[] {
  try {
    const manifest = JSON.parse(readFileSync(join(outDir, LEGACY_MARKER), 'utf8')) as { pages?: unknown; files?: unknown };
    const pages = manifest.pages !== null && typeof manifest.pages === 'object' ? Object.keys(manifest.pages) : [];
    const files = Array.isArray(manifest.files) ? manifest.files.filter((path): path is string => typeof path === 'string') : [];
    return [...pages, ...files, LEGACY_MARKER].filter((path) => !path.split('/').includes('..'));
  } catch {
    return [LEGACY_MARKER];
  }
}

/** The files of an earlier build found in the output when no build cache lists them. */
function filesOfEarlierBuild(outDir: string): string[] {
  if (existsSync(join(outDir, LEGACY_MARKER))) return legacyFiles(outDir);
  return readdirSync(outDir, { recursive: true, encoding: 'utf8' })
    .map((path) => path.split('\\').join('/'))
    .filter(
      (path) => path.endsWith('.html') && !path.split('/').some((segment) => segment.startsWith('.')) && isOurPage(join(outDir, path)),
    );
}

/**
 * Writes a build so that a failure never damages the previous output: every new file is first
 * written to a staging folder inside the output (so a read-only parent folder is no obstacle,
 * and the rename into place never crosses file systems); each staged file then replaces its
 * old version with one atomic rename, so a one-article rebuild costs a few renames, not a copy
 * of the site. Then the files of the previous build that this one no longer makes are removed:
 * those its cache lists (`previousFiles`) or, with no cache, the pages that name l10n as their
 * generator. Nothing else is ever deleted (`CNAME`, `.git/`), and no file is written through
 * a link that leads out of the output. The build cache is saved after this (see saveBuildCache).
 */
export function writeOutputTree(
  outDir: string,
  files: ReadonlyMap<string, string>,
  keep: readonly string[],
  previousFiles?: readonly string[],
): void {
  assertReplaceable(outDir);
  assertNoClash([...files.keys(), ...keep]);
  const created = !existsSync(outDir);
  makeFolder(outDir);
  const realOut = realPathOf(outDir) ?? outDir;
  removeAbandoned(outDir);
  const stale = previousFiles ?? (created ? [] : filesOfEarlierBuild(outDir));
  const staging = join(outDir, `${STAGING_PREFIX}${process.pid}-${Date.now()}`);
  try {
    stage(staging, files);
  } catch (error) {
    if (created) rmSync(outDir, { recursive: true, force: true });
    throw error;
  }
  const checked = new Set<string>();
  const paths = [...files.keys()];
  try {
    for (let index = 0; index < paths.length; index++) {
      const target = join(outDir, paths[index] as string);
      outputFolder(outDir, realOut, dirname(target), checked);
      renameSync(join(staging, String(index)), target);
    }
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
  const current = new Set([...files.keys(), ...keep]);
  for (const path of stale) {
    if (current.has(path)) continue;
    const target = join(outDir, path);
    const real = realPathOf(dirname(target));
    if (real === undefined || !isWithin(realOut, real)) continue;
    rmSync(target, { force: true });
    removeEmptyParents(outDir, target);
  }
}
