import { statSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { CONFIG_FILES } from '../config/load-config.js';
import type { Config } from '../config/schema.js';
import { UsageError } from '../diagnostics/usage-error.js';
import { isFolder } from '../files/is-folder.js';
import { makeFolder } from '../files/make-folder.js';
import { utf8Batches } from '../files/utf8-batches.js';
import { isWithin, realPathOf } from '../files/real-location.js';
import { stdoutDrained, writeStdout } from './standard-output.js';
import { bundlePatterns, matchPattern, type PatternConfig } from '../project/bundle-pattern.js';

/** The project a report is written for: its inputs are never overwritten by a report. */
export interface OutputProject {
  root: string;
  config: Pick<Config, 'contentDir'> & PatternConfig;
  /** The config file that was loaded, if any. */
  configFile?: string | undefined;
}

/** The real location `path` would have once written: its nearest existing folder resolved, the rest appended. */
function realTarget(path: string): string {
  const real = realPathOf(path);
  if (real !== undefined) return real;
  const parent = dirname(path);
  return parent === path ? path : join(realTarget(parent), basename(path));
}

/** Why a report may not be written to `path`, or undefined when it may. */
function refusal(path: string, project: OutputProject): string | undefined {
  const target = realTarget(path);
  const found = statSync(target, { throwIfNoEntry: false });
  if (found?.isDirectory()) return 'is a folder: name a file';
  if (found && !found.isFile()) return 'is not a regular file (a FIFO, socket or device): name a file';
  const real = (p: string): string => realTarget(resolve(project.root, p));
  const patterns = bundlePatterns(project.config);
  const folders = [...patterns.map((pattern) => pattern.prefix).filter((prefix) => prefix !== ''), project.config.contentDir];
  if (folders.map(real).some((folder) => isWithin(folder, target)))
    return `is inside the project's ${folders.map((folder) => `${folder}/`).join(' or ')}, whose files are inputs: name a file elsewhere`;
  const inRoot = relative(real('.'), target).split(sep).join('/');
  const bundle = patterns.find((pattern) => matchPattern(pattern, inRoot, project.config.defaultNamespace));
  if (bundle) return `is a bundle file of the project (${bundle.text}): name a file elsewhere`;
  const configs = [...CONFIG_FILES.map((name) => real(name)), ...(project.configFile ? [real(project.configFile)] : [])];
  if (configs.includes(target)) return "is the project's config file: name a file elsewhere";
  return undefined;
}

/** Where a report goes: the path to write (its folder made when it may be), or undefined for standard output. */
export function outputPath(file: string | undefined, project: OutputProject): string | undefined {
  if (!file) return undefined;
  const path = resolve(file);
  const reason = refusal(path, project);
  if (reason) throw new UsageError(`--output ${file} ${reason}`);
  const folder = dirname(path);
  if (!isFolder(folder)) {
    if (!isWithin(resolve(project.root), folder))
      throw new UsageError(`--output ${file}: the folder ${folder} does not exist; l10n makes missing folders only inside the project`);
    makeFolder(folder);
  }
  return path;
}

/**
 * Writes a report given piece by piece (a check of a hundred thousand findings) to a file
 * (atomically: no half-written report) or to standard output. The pieces are written as they
 * come, in batches, at the pace of standard output's reader (standard-output.ts), so memory does
 * not grow with the report. The file writer (and node:crypto, for its temporary name) is loaded
 * only for `--output`.
 */
export async function writeOutputChunks(chunks: Iterable<string>, file: string | undefined, project: OutputProject): Promise<void> {
  const path = outputPath(file, project);
  if (path !== undefined) {
    const { writeChunksAtomically } = await import('../files/write-chunks-atomically.js');
    writeChunksAtomically(path, chunks);
    return;
  }
  for (const batch of utf8Batches(chunks)) if (!writeStdout(batch)) await stdoutDrained();
}
