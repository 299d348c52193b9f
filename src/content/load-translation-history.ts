import type { Config } from '../config/schema.js';
import type { Article } from './article.js';
import { historyStanding, indexHistory, type GitHistory, type HistoryStanding, type NoHistory } from './git-history.js';
import { readGitHistory } from './read-git-history.js';

/** Git history's word on translations, for those without sourceHash. */
export interface TranslationHistory {
  /** The content folder's history, when there is one to go by. */
  history?: GitHistory;
  /** Why there is none (undefined when every translation has a sourceHash: history was not read). */
  none?: NoHistory;
  /** Where a translation stands against its source (`unknown` without history). */
  standing(translation: Article, source: Article): HistoryStanding;
}

/**
 * Reads the content folder's git history when some translation has no sourceHash (the only case
 * history decides), once for the whole folder, and answers per translation from it.
 */
export function loadTranslationHistory(root: string, config: Pick<Config, 'contentDir' | 'sourceLocale'>, articles: readonly Article[]): TranslationHistory {
  const unhashed = articles.some((article) => article.locale !== config.sourceLocale && article.sourceHash === undefined);
  const read = unhashed ? readGitHistory(root, config.contentDir) : undefined;
  if (!read || !('history' in read)) return { ...(read && { none: read.none }), standing: () => ({ status: 'unknown' }) };
  const { history } = read;
  const index = indexHistory(history);
  return { history, standing: (translation, source) => historyStanding(history, index, translation.file, source.file) };
}
