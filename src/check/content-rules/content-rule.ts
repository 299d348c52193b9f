import type { Config } from '../../config/schema.js';
import type { Article } from '../../content/article.js';
import type { ContentLock } from '../../content/content-lock.js';
import type { HistoryStanding } from '../../content/git-history.js';
import type { ArticlePairs } from '../../content/translations.js';
import type { RelatedLocation, Severity } from '../../diagnostics/diagnostic.js';
import type { RuleMeta } from '../rule-meta.js';

/** What a content rule reports; the runner adds the rule id and severity. */
export interface ContentFinding {
  file: string;
  line: number;
  column: number;
  message: string;
  /** The locale the finding is about (the target of a missing translation), for `--locale`. */
  locale: string;
  /** The rule's grade when below its default level (see gradedSeverity). */
  severity?: Severity;
  related?: RelatedLocation[];
}

/** Everything a content rule reads: the articles, paired, with their raw text and the lockfile. */
export interface ContentContext extends ArticlePairs {
  config: Config;
  /** Locales an article should be translated into. */
  targets: readonly string[];
  articles: readonly Article[];
  lock: ContentLock;
  /** The lockfile's path relative to the root. */
  lockFile: string;
  /** The raw text of an article file (for front matter lines). */
  raw(file: string): string;
  /** Where a translation stands against its source by git history (`unknown` without history). */
  standing(translation: Article, source: Article): HistoryStanding;
}

/** A check on articles rather than bundles, in a file named by its id under `check/content-rules/`. */
export interface ContentRule extends RuleMeta {
  check(context: ContentContext, report: (finding: ContentFinding) => void): void;
}
