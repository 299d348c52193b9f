import { ruleLevel, ruleOptions } from '../../config/rule-level.js';
import type { Config } from '../../config/schema.js';
import type { Article } from '../../content/article.js';
import type { ContentLock } from '../../content/content-lock.js';
import { articleTargets, pairArticles } from '../../content/translations.js';
import { compareDiagnostics, type Diagnostic } from '../../diagnostics/diagnostic.js';
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
}

/** Which locales to report on and which rules to run (default: every content rule). */
export interface ContentCheckOptions {
  locales?: readonly string[];
  rules?: readonly ContentRule[];
}

/**
 * Runs the content rules over a project's articles. Pure: the articles come in `project`.
 * Severity comes from the config as for bundle rules; reading problems keep their own severity
 * unless `front-matter` is switched off.
 */
export function runContentCheck(project: ContentProject, options: ContentCheckOptions = {}): Diagnostic[] {
  const { config } = project;
  const pairs = pairArticles(project.articles, config.sourceLocale);
  const context: ContentContext = {
    ...pairs,
    config,
    targets: articleTargets(project.locales, config.sourceLocale),
    articles: project.articles,
    lock: project.lock,
    lockFile: project.lockFile,
    raw: (file) => project.raw.get(file) ?? '',
    options: (id) => ruleOptions(config, id),
  };
  const selected = options.locales ? new Set(options.locales) : undefined;
  const diagnostics: Diagnostic[] = [];
  if (ruleLevel(config, 'front-matter') !== 'off') diagnostics.push(...project.readDiagnostics);
  for (const rule of options.rules ?? contentRules) {
    if (ruleLevel(config, rule.id) === 'off') continue;
    rule.check(context, (finding) => {
      if (selected && !selected.has(finding.locale)) return;
      const severity = ruleLevel(config, rule.id) ?? finding.severity ?? rule.defaultSeverity;
      if (severity === 'off') return;
      diagnostics.push({
        file: finding.file,
        line: finding.line,
        column: finding.column,
        endLine: finding.line,
        endColumn: finding.column,
        severity,
        ruleId: rule.id,
        message: finding.message,
        locale: finding.locale,
        ...(finding.related?.length ? { related: finding.related } : {}),
      });
    });
  }
  return diagnostics.sort(compareDiagnostics);
}
