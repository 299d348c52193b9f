import type { Article } from './article.js';
import type { ContentLock } from './content-lock.js';
import type { HistoryStanding } from './git-history.js';
import { sourceHash } from './source-hash.js';
import type { ArticlePairs } from './translations.js';

/** What a bulk mark-translated marks, and why it leaves the others alone (one line each). */
export interface BulkSelection {
  files: string[];
  skipped: string[];
  /** Translations already marked against the current source, with their snapshot in the lock: left untouched. */
  current: number;
}

const under = (file: string, folders: readonly string[] | 'all'): boolean =>
  folders === 'all' || folders.some((folder) => folder === '' || file.startsWith(`${folder}/`));

/**
 * The translated articles a folder (or `--all`) records as up to date, on the project's word
 * that they are: never one known to be behind, which marking would hide. Left out, each with
 * its reason: a translation whose sourceHash is stale, one without sourceHash that git history
 * shows behind its source, one whose source is not an article. Naming a file marks it anyway.
 */
export function selectForBulkMark(
  pairs: ArticlePairs,
  folders: readonly string[] | 'all',
  lock: ContentLock,
  standing: (translation: Article, source: Article) => HistoryStanding,
): BulkSelection {
  const selection: BulkSelection = { files: [], skipped: [], current: 0 };
  for (const { translation, source } of pairs.translations) {
    if (!under(translation.file, folders)) continue;
    const file = translation.file;
    if (!source) {
      selection.skipped.push(`${file}: skipped, its source "${translation.source ?? translation.slug}" is not an article; set source: in its front matter`);
      continue;
    }
    if (translation.sourceHash !== undefined) {
      const now = sourceHash(source);
      if (translation.sourceHash !== now) selection.skipped.push(`${file}: skipped, translated from an older ${source.file} (l10n check shows what changed); update it, then mark it by name`);
      else if (lock.articles[file]?.sourceHash === now) selection.current++;
      else selection.files.push(file);
      continue;
    }
    const state = standing(translation, source);
    if (state.status === 'behind')
      selection.skipped.push(
        `${file}: skipped, ${state.commits} commit${state.commits === 1 ? '' : 's'} to ${source.file} since it last changed (git history); update it, then mark it by name`,
      );
    else selection.files.push(file);
  }
  return selection;
}
