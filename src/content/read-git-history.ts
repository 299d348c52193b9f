import { spawnSync } from 'node:child_process';
import type { GitHistory, NoHistory } from './git-history.js';
import { parseGitLog } from './git-history.js';

/** The content folder's history, or why there is none. */
export type ReadHistory = { history: GitHistory } | { none: NoHistory };

const git = (root: string, args: string[]) =>
  spawnSync('git', ['-C', root, ...args], { encoding: 'utf8', maxBuffer: 512 * 1024 * 1024, env: { ...process.env, GIT_OPTIONAL_LOCKS: '0' } });

/**
 * Reads the history of the content folder with one `git log` over the folder (not one per
 * file): every commit that touched it, newest first, with the files it changed. Without git on
 * PATH, outside a repository, or in a shallow clone (whose oldest commit would look like the
 * first change of every file), there is no history and the lockfile stays the truth.
 */
export function readGitHistory(root: string, contentDir: string): ReadHistory {
  const probe = git(root, ['rev-parse', '--is-inside-work-tree', '--is-shallow-repository']);
  if (probe.error) return { none: 'no-git' };
  const [inside, shallow] = probe.stdout.split('\n');
  if (probe.status !== 0 || inside !== 'true') return { none: 'not-a-repository' };
  if (shallow === 'true') return { none: 'shallow' };
  const folder = contentDir.replace(/\\/g, '/').replace(/\/$/, '');
  const log = git(root, ['log', '-z', '--no-renames', '--relative', '--name-only', '--format=%x1e%H%x1f%cI', '--', folder]);
  if (log.error || log.status !== 0) return { none: 'not-a-repository' };
  return { history: parseGitLog(log.stdout) };
}
