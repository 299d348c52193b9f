import { Command, InvalidArgumentError, Option } from 'commander';
import type { CheckResult } from '../../check/run-check.js';
import type { Config } from '../../config/schema.js';
import type { Severity } from '../../diagnostics/diagnostic.js';
import { describePatterns, type PatternConfig } from '../../project/bundle-pattern.js';
import { discoverBundles, type BundleLayout } from '../../project/load-bundles.js';
import { UsageError } from '../../diagnostics/usage-error.js';
import { assertSourceBundles } from '../require-bundles.js';
import { REPORT_FORMATS, reportChunks, type ReportFormat } from '../../report/format-report.js';
import { assertKnownRules, inScope, SEVERITIES, type ReportScope } from '../../report/report-scope.js';
import { type SuppressionOptions, withSuppressionOptions } from '../suppression-options.js';
import { loadProjectConfig, type ProjectOptions, withProjectOptions } from '../load-project-config.js';
import { writeOutputChunks } from '../write-output.js';
import { stdoutIsTerminal, writeStderr, writeStdout } from '../standard-output.js';
import { collect, parseCount } from '../option-values.js';
import { growHeapInSmallSteps } from '../heap-growth.js';

interface CheckOptions extends ProjectOptions, SuppressionOptions {
  locale?: string[];
  format: ReportFormat;
  output?: string;
  maxWarnings?: number;
  rule?: string[];
  severity?: Severity;
  maxDiagnostics?: number;
  watch?: boolean;
  jobs?: number;
  cache?: boolean;
  cacheLocation?: string;
}

function parsePositive(value: string): number {
  const n = parseCount(value);
  if (n < 1) throw new InvalidArgumentError('expected 1 or more');
  return n;
}

/**
 * Exit 1 on any error or on more warnings than allowed; 0 otherwise. Only findings in the scope
 * count (`--rule`, `--severity`: the exit status follows what the report is about); the
 * `--max-diagnostics` cap does not change it.
 */
export function checkExitCode(result: CheckResult, maxWarnings: number | undefined, scope: ReportScope = {}): number {
  const keep = inScope(scope);
  let warnings = 0;
  for (const d of result.diagnostics) {
    if (!keep(d)) continue;
    if (d.severity === 'error') return 1;
    if (d.severity === 'warning') warnings++;
  }
  return maxWarnings !== undefined && warnings > maxWarnings ? 1 : 0;
}

/**
 * Refuses a check that read no file: CI must not pass when `--root` or `bundles` is wrong. The
 * summary counts only the files of the locales reported on, and `--locale de` of a project whose
 * de has no file yet is a check all the same: the bundles of `layout` (the project's) say so.
 */
export function assertSomethingChecked(
  result: CheckResult,
  root: string,
  config: Pick<Config, 'contentDir'> & PatternConfig,
  layout?: BundleLayout,
): void {
  if (result.summary.files === 0 && result.diagnostics.length === 0 && !(layout && layout.files.length > 0))
    throw new UsageError(
      `nothing to check in ${root}: no bundle (${describePatterns(config)}) and no article (${config.contentDir}/<locale>/<slug>.md)`,
    );
}

/** `l10n check`: every locale bundle and translated article complete and correct, at file:line:column. */
export function registerCheck(program: Command): void {
  withSuppressionOptions(
    withProjectOptions(
      program
        .command('check')
        .description('check every locale bundle and translated article for missing, extra, stale and wrong entries, at file:line:column'),
    ),
  )
    .option('--locale <lng>', 'report only on this locale (repeatable); the summary counts its files and locales alone', collect)
    .addOption(new Option('--format <format>', 'report format').choices(REPORT_FORMATS).default('text'))
    .option('--output <file>', 'write the report to a file instead of standard output')
    .option('--max-warnings <n>', 'fail when there are more warnings than this', parseCount)
    .option('--rule <id>', 'report only this rule (repeatable); the exit status follows', collect)
    .addOption(new Option('--severity <level>', 'report only this severity and worse; the exit status follows').choices(SEVERITIES))
    .option(
      '--max-diagnostics <n>',
      'list only the N most important findings (errors first, then in rule order); the summary counts all',
      parseCount,
    )
    .option(
      '--jobs <n>',
      'threads: 1 keeps one, 2 splits the locales between two (default: 2 past 16 MiB of bundles on a machine of 4 cores or more)',
      parsePositive,
    )
    .option(
      '--cache',
      'reuse the findings of bundle files whose content and dependencies did not change since the last --cache run (not with --watch)',
    )
    .option('--cache-location <path>', 'the cache file, or a folder for it (default: node_modules/.cache/l10n)')
    .option(
      '--watch',
      'after the first report, re-check the namespaces (and articles) of each saved file and print what changed; stop with Ctrl-C',
    )
    .addHelpText(
      'after',
      '\nExit status: 0 clean, 1 errors (or too many warnings) among the findings --rule and --severity select, 2 usage or config error, or suppressions left to prune.',
    )
    .action(async (options: CheckOptions) => {
      // A json, sarif or markdown report is one document; the lines the watcher adds after it would break it.
      if (options.watch && (options.format === 'json' || options.format === 'sarif' || options.format === 'markdown'))
        throw new UsageError(
          `--watch prints what changed as text after each save, which a ${options.format} document cannot hold: use --format text or github with --watch, or run check again for each ${options.format} report`,
        );
      const { assertSuppressionOptions, checkSuppressions } = await import('../check-suppressions.js');
      assertSuppressionOptions(options, options.watch === true);
      if (options.rule) assertKnownRules(options.rule);
      const { root, config, file: configFile } = await loadProjectConfig(options);
      const layout = discoverBundles(root, config);
      assertSourceBundles(config, layout);
      growHeapInSmallSteps(root, layout);
      const { checkEverything } = await import('../../check/load-full-check.js');
      const scope = options.locale ? { locales: options.locale } : {};
      // The watcher keeps the parsed bundles of this first check, so its first re-check is as quick as the next.
      const bundleCache = options.watch ? new (await import('../../project/bundle-cache.js')).BundleCache() : undefined;
      const cacheFile = options.cache
        ? (await import('../check-cache-location.js')).checkCacheLocation(root, options.cacheLocation)
        : undefined;
      const checked = await checkEverything(root, config, {
        ...scope,
        layout,
        ...(cacheFile && {
          cache: { file: cacheFile, version: program.version() ?? '0.0.0', note: (text) => writeStderr(`l10n: ${text}\n`) },
        }),
        ...(options.jobs !== undefined && { jobs: options.jobs }),
        ...(bundleCache && { bundleCache }),
      });
      assertSomethingChecked(checked, root, config, layout);
      const { result, suppressions, unused } = await checkSuppressions(checked, { root, configFile, locales: options.locale }, options);
      const color = !options.output && options.format === 'text' && !process.env.NO_COLOR && stdoutIsTerminal();
      const reportScope: ReportScope = {
        ...(options.rule && { rules: options.rule }),
        ...(options.severity && { severity: options.severity }),
        ...(options.maxDiagnostics !== undefined && { maxDiagnostics: options.maxDiagnostics }),
      };
      const chunks = await reportChunks(result, options.format, { color, version: program.version() ?? '0.0.0', scope: reportScope });
      await writeOutputChunks(chunks, options.output, { root, config, configFile });
      process.exitCode = checkExitCode(result, options.maxWarnings, reportScope);
      // As ESLint: suppressions whose findings are gone fail the run until they are pruned.
      if (unused) {
        writeStderr(unused);
        process.exitCode = 2;
      }
      if (options.watch) {
        const { watchCheck } = await import('../../watch/watch-check.js');
        watchCheck(root, config, {
          ...scope,
          write: (text) => writeStdout(text),
          ...(bundleCache && { seed: { diagnostics: checked.diagnostics, bundleCache } }),
          ...(suppressions.size > 0 && { suppressions }),
          scope: reportScope,
        });
      }
    });
}
