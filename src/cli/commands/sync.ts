import type { Command } from 'commander';
import { readContentLock } from '../../content/read-content-lock.js';
import { recordSyncFills } from '../../content/sync-fills.js';
import { serialiseContentLock } from '../../content/content-lock.js';
import type { ProjectWrite } from '../../files/write-project-files.js';
import { UsageError } from '../../diagnostics/usage-error.js';
import { formatSyncDiff, formatSyncSummary } from '../../sync/format-sync.js';
import { syncProject } from '../../sync/sync-project.js';
import { writeSync } from '../../sync/write-sync.js';
import { brokenBundles, reportBroken } from '../broken-inputs.js';
import { requireBundles } from '../require-bundles.js';
import { loadProjectConfig, type ProjectOptions, withProjectOptions } from '../load-project-config.js';
import { collect } from '../option-values.js';

interface SyncCommandOptions extends ProjectOptions {
  locale?: string[];
  dryRun?: boolean;
  prune?: boolean;
}

/** `l10n sync`: adds the skeleton of every missing entry to the target bundles, never touching a translator's work. */
export function registerSync(program: Command): void {
  withProjectOptions(
    program
      .command('sync')
      .description("add every missing key and every plural form a locale needs to its bundles, keeping each file's order and formatting"),
  )
    .option('--locale <lng>', 'sync only this locale (repeatable)', collect)
    .option('--dry-run', 'print a unified diff of what would change and write nothing')
    .option('--prune', 'also remove keys the source does not have (listed in the output)')
    .addHelpText(
      'after',
      '\nNew entries get the source text, so readers keep seeing what the fallback showed and `l10n check`\n(rule untranslated) and `l10n status` still count them as untranslated. A plural form a locale lacks\nbeside forms it has starts from its own `other` form instead; the lock (content/l10n-lock.json) keeps\nit as untranslated until it is changed or marked (mark-translated). Existing values are never\nchanged; a second run changes nothing. A bundle that cannot be read or parsed is left as it is and\nreported at file:line:col. Exit status: 0 done, 1 a bundle was skipped as broken, 2 usage or config error.',
    )
    .action(async (options: SyncCommandOptions) => {
      const { root, config } = await loadProjectConfig(options);
      const project = requireBundles(root, config);
      const result = syncProject(project, { ...(options.locale ? { locales: options.locale } : {}), prune: options.prune === true });
      if (options.dryRun) process.stdout.write(formatSyncDiff(result));
      else {
        // Forms copied from the locale's own text are recorded in the lock: a broken lock stops sync before any bundle is written.
        const lock: ProjectWrite[] = [];
        if (result.changes.some((change) => Object.keys(change.filled ?? {}).length > 0)) {
          const loaded = readContentLock(root, config);
          if (loaded.error)
            throw new UsageError(
              `${loaded.file}: ${loaded.error}; fix or delete it first (sync records there the plural forms it copies from a locale's own text)`,
            );
          lock.push({ path: loaded.file, text: serialiseContentLock(recordSyncFills(loaded.lock, result.changes)), before: loaded.raw });
        }
        writeSync(root, result.changes, lock);
      }
      process.stdout.write(formatSyncSummary(result, options.dryRun === true));
      if (result.skipped.length > 0)
        reportBroken(
          brokenBundles(
            project,
            options.locale ? [...options.locale, config.sourceLocale, ...Object.values(config.namespaceSourceLocale)] : undefined,
          ),
        );
    });
}
