import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** A file or folder found under a pattern's fixed folder, relative to the root, `/`-separated. */
export interface WalkedEntry {
  path: string;
  folder: boolean;
  /** Whether a symbolic link was followed on the way (its real path is then checked against the root). */
  linked: boolean;
  /** How many folders below the start it is (1 for a direct child). */
  depth: number;
}

/** What a walk found: entries, and paths it could not follow (a broken link, a loop, a folder it cannot read). */
export interface Walk {
  entries: WalkedEntry[];
  skipped: { file: string; reason: string }[];
}

const toPosix = (path: string): string => path.split(sep).join('/');

/**
 * Lists the files and folders under `start` (absolute), down to `maxDepth` levels (all when
 * undefined), in name order. Dot folders, `node_modules` and the `exclude` folders (the build's
 * output) are neither listed nor entered: a pattern at the root must not read dependencies or what
 * build wrote, and no locale is named `.meta` (DocSpace keeps each key's metadata there).
 * A folder reached twice (a link back up) is a loop, noted once and not entered again.
 */
export function walkPatternFolder(
  root: string,
  start: string,
  maxDepth: number | undefined,
  exclude: readonly string[],
  linked: boolean,
): Walk {
  const walk: Walk = { entries: [], skipped: [] };
  const home = statSync(start, { throwIfNoEntry: false });
  if (!home?.isDirectory()) return walk;
  const seen = new Set([`${home.ino}:${home.dev}`]);
  const visit = (dir: string, depth: number, viaLink: boolean): void => {
    let names;
    try {
      names = readdirSync(dir, { withFileTypes: true });
    } catch (error) {
      walk.skipped.push({
        file: toPosix(relative(root, dir)),
        reason: `cannot be read: ${(error as NodeJS.ErrnoException).code ?? String(error)}`,
      });
      return;
    }
    for (const entry of names.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      const full = join(dir, entry.name);
      const path = toPosix(relative(root, full));
      let stat;
      try {
        stat = statSync(full);
      } catch (error) {
        if (entry.isSymbolicLink())
          walk.skipped.push({ file: path, reason: `broken or looping symlink (${(error as NodeJS.ErrnoException).code ?? 'error'})` });
        continue;
      }
      const link = viaLink || entry.isSymbolicLink();
      if (stat.isFile()) {
        walk.entries.push({ path, folder: false, linked: link, depth });
        continue;
      }
      if (!stat.isDirectory()) continue;
      // Never a locale's folder either (`locales/.meta/`, a tool's metadata): not listed.
      if (entry.name.startsWith('.') || entry.name === 'node_modules' || exclude.includes(path)) continue;
      walk.entries.push({ path, folder: true, linked: link, depth });
      if (maxDepth !== undefined && depth >= maxDepth) continue;
      const id = `${stat.ino}:${stat.dev}`;
      if (seen.has(id)) {
        walk.skipped.push({ file: path, reason: 'symlink loop: folder already visited' });
        continue;
      }
      seen.add(id);
      visit(full, depth + 1, link);
    }
  };
  visit(start, 1, linked);
  return walk;
}
