import { ruleLevel } from '../../config/rule-level.js';
import type { Config } from '../../config/schema.js';
import type { Article } from '../../content/article.js';
import type { ContentLock } from '../../content/content-lock.js';
import { historyStanding, indexHistory, type GitHistory } from '../../content/git-history.js';
import { articleTargets, pairArticles } from '../../content/translations.js';
import { compareDiagnostics, type Diagnostic } from '../../diagnostics/diagnostic.js';
import { gradedSeverity } from '../graded-severity.js';
import type { ContentContext, ContentRule } from './content-rule.js';
import { contentRules } from './index.js';

/** What the content checker reads: the articles, their raw text, the lockfile, and what reading them found. */
export interface ContentProject {
  config: Config;
  /** The project's locales (from the config or the bundle folders). */
  locales: readonly string[];
  articles: readonly Article[];
  raw: ReadonlyMap<string, string>;
  lock: ContentLock;
  lockFile: string;
  /** Problems found while reading (bad YAML, a missing title, a broken lockfile). */
  readDiagnostics: readonly Diagnostic[];
  /** The content folder's git history, when the project has one (not shallow): staleness without sourceHash. */
  history?: GitHistory;
}

/** Which locales to report on and which rules to run (default: every content rule). */
export interface ContentCheckOptions {
  locales?: readonly string[];
  rules?: readonly ContentRule[];
  /**
   * Only the findings in these article files: the sources among them and the translations of
   * those sources or among them are checked (see articleEditScope). Findings that count over
   * every article (git history's up-to-date count in the lockfile) are left out.
   */
  files?: ReadonlySet<string>;
}

/**
 * Runs the content rules over a project's articles. Pure: the articles come in `project`.
 * Severity comes from the config and the rule's grades as for bundle rules (gradedSeverity); reading
 * problems (filed under front-matter and article-stale) are graded so too.
 */
export function runContentCheck(project: ContentProject, options: ContentCheckOptions = {}): Diagnostic[] {
  const { config } = project;
  const every = pairArticles(project.articles, config.sourceLocale);
  const scope = options.files;
  const selected = options.locales ? new Set(options.locales) : undefined;
  // Every finding about a translation is in its locale: those of other locales are not compared at all.
  const translations = selected ? every.translations.filter((p) => selected.has(p.translation.locale)) : every.translations;
  const pairs = scope
    ? {
        sources: every.sources.filter((s) => scope.has(s.file)),
        translations: translations.filter((p) => scope.has(p.translation.file) || (p.source !== undefined && scope.has(p.source.file))),
      }
    : { sources: every.sources, translations };
  const { history } = project;
  const index = history && indexHistory(history);
  const context: ContentContext = {
    ...pairs,
    config,
    targets: articleTargets(project.locales, config.sourceLocale),
    articles: project.articles,
    lock: project.lock,
    lockFile: project.lockFile,
    raw: (file) => project.raw.get(file) ?? '',
    standing: (translation, source) =>
      history && index ? historyStanding(history, index, translation.file, source.file) : { status: 'unknown' },
  };
  const diagnostics: Diagnostic[] = [];
  const rules = options.rules ?? contentRules;
  const defaults = new Map(contentRules.map((rule) => [rule.id, rule.defaultSeverity]));
  for (const read of project.readDiagnostics) {
    if (scope && !scope.has(read.file)) continue;
    // A reading problem is its locale's; one of no locale (the lockfile's) is every run's.
    if (selected && read.locale !== undefined && !selected.has(read.locale)) continue;
    const severity = gradedSeverity(ruleLevel(config, read.ruleId), defaults.get(read.ruleId) ?? read.severity, read.severity);
    if (severity !== 'off') diagnostics.push({ ...read, severity });
  }
  for (const rule of rules) {
    if (ruleLevel(config, rule.id) === 'off') continue;
    rule.check(context, (finding) => {
      if ((selected && !selected.has(finding.locale)) || (scope && !scope.has(finding.file))) return;
      const severity = gradedSeverity(ruleLevel(config, rule.id), rule.defaultSeverity, finding.severity);
      if (severity === 'off') return;
      diagnostics.push({
        file: finding.file,
        line: finding.line,
        column: finding.column,
        endLine: finding.line,
        endColumn: finding.column,
        severity,
        ruleId: rule.id,
        source: 'check',
        message: finding.message,
        locale: finding.locale,
        ...(finding.related?.length ? { related: finding.related } : {}),
      });
    });
  }
  return diagnostics.sort(compareDiagnostics);
}
