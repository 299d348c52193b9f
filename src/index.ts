/**
 * The public API of l10n. Re-exports only: each module documents itself.
 */
export type { Config, ConfigInput, RuleSetting } from './config/schema.js';
export { configSchema } from './config/schema.js';
export { parseConfig, ConfigError } from './config/parse-config.js';
export { loadConfig, CONFIG_FILES, type LoadedConfig } from './config/load-config.js';
export type { Diagnostic, Severity, Position, RelatedLocation } from './diagnostics/diagnostic.js';
export { fallbackChain, bcp47Parents, languageOf } from './bundles/fallback-chain.js';
export { loadBundles, bundlePath, type BundleSet, type BundleSource } from './bundles/load-bundles.js';
export { runCheck, type CheckProject, type CheckResult, type CheckSummary, type CheckOptions } from './check/run-check.js';
export { checkProject, checkProjectInParallel, checkLayout } from './check/load-check.js';
export { checkEverything } from './check/load-full-check.js';
export { bundleRules } from './check/rules/index.js';
export type { Rule, RuleExample } from './check/rule.js';
export { compareBundles, type Comparison, type Pair } from './check/compare-bundles.js';
export { resolveKey, candidateKeys, type Lookup, type Resolution } from './check/resolve-key.js';
export { pluralFamily, PLURAL_CATEGORIES, type PluralCategory, type PluralFamily } from './bundles/plural-rules.js';
export { parsePluralKey, pluralFormKey } from './bundles/plural-key.js';
export { interpolationsOf, nestingOf, tagsOf } from './bundles/message-parts.js';
export { formatReport, REPORT_FORMATS, type ReportFormat } from './report/format-report.js';
export { UsageError } from './diagnostics/usage-error.js';
export { buildSite, type BuildOptions, type BuildSummary } from './build/write-site.js';
export { ingestPages, needsIngest } from './ingest/load-ingest.js';
export { syncProject, type SyncResult, type SyncChange, type SyncOptions } from './sync/sync-project.js';
export { loadBundleProject } from './sync/load-bundle-project.js';
export { projectStatus, type ProjectStatus, type LocaleStatus, type ArticleStatus } from './status/project-status.js';
export { loadStatus } from './status/load-status.js';
export { formatStatusText, formatStatusJson } from './status/format-status-text.js';
export { formatStatusHtml } from './status/format-status-html.js';
export { runContentCheck, type ContentProject } from './check/content-rules/run-content-check.js';
export { contentRules } from './check/content-rules/index.js';
export type { ContentRule } from './check/content-rules/content-rule.js';
export { sourceHash } from './content/source-hash.js';
export { markTranslated } from './content/mark-translated.js';
export { pairArticles, isStale } from './content/translations.js';
export { exportLocale, EXCHANGE_FORMATS, type ExchangeFormat } from './exchange/export-project.js';
export { importText } from './exchange/import-file.js';
