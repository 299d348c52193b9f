/** One commit that touched the content folder: its hash, its committer date, and the files it changed. */
export interface HistoryCommit {
  hash: string;
  /** Committer date, ISO 8601 as git writes it. */
  date: string;
  /** Paths relative to the project root, `/`-separated. */
  files: string[];
}

/** The content folder's history, newest commit first, as one `git log` told it. */
export interface GitHistory {
  commits: HistoryCommit[];
}

/** Why there is no history to go by: no git, not a repository, or a shallow clone (CI checkouts). */
export type NoHistory = 'no-git' | 'not-a-repository' | 'shallow';

/**
 * Parses `git log -z --name-only --format=%x1e%H%x1f%cI`: a record separator before each
 * commit, the hash and date split by a unit separator, then NUL-terminated paths (raw bytes as
 * UTF-8, never quoted, so names with spaces or accents survive).
 */
export function parseGitLog(output: string): GitHistory {
  const commits: HistoryCommit[] = [];
  for (const record of output.split('\u001e')) {
    if (record === '') continue;
    const end = record.indexOf('\u0000');
    const header = end < 0 ? record : record.slice(0, end);
    const [hash = '', date = ''] = header.split('\u001f');
    const files = end < 0 ? [] : record.slice(end + 1).replace(/^\n/, '').split('\u0000').filter((file) => file !== '');
    commits.push({ hash, date, files });
  }
  return { commits };
}

/** Where a translation stands against its source by history: unknown (a file git does not track), current, or behind. */
export type HistoryStanding =
  | { status: 'unknown' }
  | { status: 'current' }
  | { status: 'behind'; commits: number; since: { hash: string; date: string } };

/** The commits of a history by file: positions in the log, newest first. */
export type HistoryIndex = ReadonlyMap<string, readonly number[]>;

/** Indexes a history by file once, so each translation is looked up, not searched for. */
export function indexHistory(history: GitHistory): HistoryIndex {
  const index = new Map<string, number[]>();
  history.commits.forEach((commit, at) => {
    for (const file of commit.files) {
      const list = index.get(file);
      if (list) list.push(at);
      else index.set(file, [at]);
    }
  });
  return index;
}

/**
 * Whether a translation is behind its source by history, as Lunaria tells it: the source
 * commits newer than the translation's last commit. A commit that changes both keeps them
 * together. Either file unknown to git (new, untracked) gives `unknown`: the lockfile decides.
 */
export function historyStanding(history: GitHistory, index: HistoryIndex, translation: string, source: string): HistoryStanding {
  const translated = index.get(translation)?.[0];
  const changed = index.get(source);
  if (translated === undefined || changed === undefined) return { status: 'unknown' };
  const newer = changed.filter((at) => at < translated).length;
  if (newer === 0) return { status: 'current' };
  const commit = history.commits[translated] as HistoryCommit;
  return { status: 'behind', commits: newer, since: { hash: commit.hash, date: commit.date } };
}
