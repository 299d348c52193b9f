import { existsSync, lstatSync, readdirSync, readFileSync, renameSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { UsageError } from '../diagnostics/usage-error.js';
import { GENERATOR } from './page-shell.js';
import { makeFolder } from '../files/make-folder.js';

/** What marked an output folder before the build cache moved out of it (an output of an earlier version). */
const LEGACY_MARKER = '.l10n-cache.json';

/** The head of a page this tool wrote: `<meta name="generator" content="l10n">` (see pageShell). */
const GENERATOR_META = `<meta name="generator" content="${GENERATOR}">`;

/** Whether a folder's entries are an l10n build output: its root page names l10n as its generator. */
function isBuildOutput(outDir: string, entries: readonly string[]): boolean {
  if (entries.includes(LEGACY_MARKER)) return true;
  if (!entries.includes('index.html')) return false;
  try {
    const head = readFileSync(join(outDir, 'index.html'), 'utf8');
    return head.slice(0, head.indexOf('</head>')).includes(GENERATOR_META);
  } catch {
    return false;
  }
}

/**
 * Refuses to replace a folder that is not a previous build (`--out src` must never wipe
 * source code): an existing, non-empty output folder must have the root page a build writes.
 */
export function assertReplaceable(outDir: string): void {
  if (!existsSync(outDir)) {
    if (lstatSync(outDir, { throwIfNoEntry: false })) throw new UsageError(`${outDir} is a link to nothing: remove it or choose another --out`);
    return;
  }
  const entries = readdirSync(outDir);
  if (entries.length > 0 && !isBuildOutput(outDir, entries)) {
    throw new UsageError(`${outDir} exists and is not an l10n build output (no index.html with ${GENERATOR_META}): refusing to replace it; choose another --out or empty it`);
  }
}

/** Staged name of each output path: a tree for a fresh output, flat numbered files otherwise. */
type StagedName = (path: string, index: number) => string;
const asTree: StagedName = (path) => path;
const asFlat: StagedName = (_path, index) => String(index);

function stage(staging: string, files: ReadonlyMap<string, string>, name: StagedName): void {
  const made = new Set<string>();
  try {
    makeFolder(staging);
    let index = 0;
    for (const [path, content] of files) {
      const target = join(staging, name(path, index++));
      const dir = dirname(target);
      if (!made.has(dir)) {
        makeFolder(dir);
        made.add(dir);
      }
      writeFileSync(target, content);
    }
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

function removeEmptyParents(outDir: string, file: string): void {
  for (let dir = dirname(file); relative(outDir, dir) !== '' && !relative(outDir, dir).startsWith('..'); dir = dirname(dir)) {
    try {
      rmdirSync(dir);
    } catch {
      return;
    }
  }
}

/**
 * Writes a build so that a failure never damages the previous output: every new file is
 * first written to a staging folder beside the output. With no previous build, the staging
 * folder is renamed into place. Otherwise each staged file replaces its old version with one
 * atomic rename, and files of the previous build that this build no longer produces are
 * removed; unchanged pages are not touched, so a one-article rebuild costs a few renames, not
 * a copy of the site. The build cache is saved after this (see saveBuildCache).
 */
export function writeOutputTree(outDir: string, files: ReadonlyMap<string, string>, keep: readonly string[], previousFiles?: readonly string[]): void {
  assertReplaceable(outDir);
  assertNoClash([...files.keys(), ...keep]);
  const stamp = `${process.pid}-${Date.now()}`;
  const staging = `${outDir}.tmp-${stamp}`;
  const fresh = !previousFiles || !existsSync(outDir);
  stage(staging, files, fresh ? asTree : asFlat);
  if (fresh) {
    const retired = `${outDir}.old-${stamp}`;
    const hadOutput = existsSync(outDir);
    if (hadOutput) renameSync(outDir, retired);
    try {
      renameSync(staging, outDir);
    } catch (error) {
      if (hadOutput) renameSync(retired, outDir);
      rmSync(staging, { recursive: true, force: true });
      throw error;
    }
    if (hadOutput) rmSync(retired, { recursive: true, force: true });
    return;
  }
  const made = new Set<string>();
  const paths = [...files.keys()];
  try {
    for (let index = 0; index < paths.length; index++) {
      const target = join(outDir, paths[index] as string);
      const dir = dirname(target);
      if (!made.has(dir)) {
        makeFolder(dir);
        made.add(dir);
      }
      renameSync(join(staging, asFlat('', index)), target);
    }
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
  const current = new Set([...files.keys(), ...keep]);
  for (const path of previousFiles) {
    if (current.has(path)) continue;
    rmSync(join(outDir, path), { force: true });
    removeEmptyParents(outDir, join(outDir, path));
  }
}
