import { type Dirent, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { filesToSample, type ProjectSample } from './infer-project.js';
import { importedModules } from './script-imports.js';
import { searchedFolder } from './searched-paths.js';

/** Past this many files the walk stops: a project root, not a disk, is what init looks at. */
const MAX_FILES = 200_000;
/** A bundle or setup file larger than this is not read (a generated dump, not a bundle). */
const MAX_TEXT_BYTES = 8 * 1024 * 1024;

function entries(dir: string): Dirent[] {
  try {
    return readdirSync(dir, { withFileTypes: true });
  } catch {
    // A folder that cannot be listed (no permission) holds nothing init can configure.
    return [];
  }
}

/**
 * Every file below `root` as a relative `/` path, in name order, outside the folders init does not
 * search (searchedFolder) and never through a symbolic link (a link may lead outside the project,
 * or around in a circle); `truncated` when the walk stopped at `limit` files.
 */
export function listProjectFiles(root: string, limit = MAX_FILES): { paths: string[]; truncated: boolean } {
  const paths: string[] = [];
  let truncated = false;
  const walk = (dir: string, prefix: string): void => {
    for (const entry of entries(dir).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      if (paths.length >= limit) {
        truncated = true;
        return;
      }
      if (entry.isFile()) paths.push(prefix + entry.name);
      else if (entry.isDirectory() && searchedFolder(entry.name)) walk(join(dir, entry.name), `${prefix}${entry.name}/`);
    }
  };
  walk(root, '');
  return { paths, truncated };
}

/** Reads each file of `paths` into `texts`, but one too large or unreadable. */
function readTexts(root: string, paths: readonly string[], texts: Map<string, string>): void {
  for (const path of paths) {
    try {
      const file = join(root, path);
      if (statSync(file).size <= MAX_TEXT_BYTES) texts.set(path, readFileSync(file, 'utf8'));
    } catch {
      // Unreadable: the inference reports the bundle as not read.
    }
  }
}

/** The project's files and the texts init reads from them (see filesToSample), with the modules the setups import options from. */
export function readProjectSample(root: string, limit = MAX_FILES): ProjectSample {
  const { paths, truncated } = listProjectFiles(root, limit);
  const texts = new Map<string, string>();
  const sampled = filesToSample(paths);
  readTexts(root, sampled, texts);
  readTexts(root, importedModules(sampled, texts, paths), texts);
  return { paths, texts, truncated };
}
