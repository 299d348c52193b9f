import type { Article } from '../content/article.js';
import { isStale, pairArticles } from '../content/translations.js';
import { atFileStart, type Diagnostic } from '../diagnostics/diagnostic.js';

/** Where the source of an outdated translation is published. */
export interface SourcePage {
  locale: string;
  slug: string;
}

/**
 * The translations that `article-stale` reports (made from an older version of their source),
 * by file, each with its source article's page: the build marks them with a notice linking there.
 */
export function outdatedTranslations(articles: readonly Article[], sourceLocale: string): Map<string, SourcePage> {
  const outdated = new Map<string, SourcePage>();
  for (const pair of pairArticles(articles, sourceLocale).translations) {
    if (pair.source && isStale(pair)) outdated.set(pair.translation.file, { locale: pair.source.locale, slug: pair.source.slug });
  }
  return outdated;
}

/**
 * One warning per outdated translation, so `--strict` refuses to publish them (without it they
 * are published with the notice). `l10n check` names the sections that changed.
 */
export function outdatedWarnings(outdated: ReadonlyMap<string, SourcePage>): Diagnostic[] {
  return [...outdated].map(([file, source]) =>
    atFileStart(file, {
      severity: 'warning',
      ruleId: 'article-stale',
      source: 'build',
      message: `translated from an older version of ${source.locale}/${source.slug}: published with a notice that it may be outdated (l10n check names the sections that changed)`,
    }),
  );
}
