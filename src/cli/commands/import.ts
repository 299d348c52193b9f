import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { UsageError } from '../../diagnostics/usage-error.js';
import { formatImportReport } from '../../exchange/format-import.js';
import { decodeExchangeFile } from '../../exchange/decode-exchange-file.js';
import { ExchangeSyntaxError } from '../../exchange/exchange-syntax-error.js';
import { exchangeFormatOf, importText } from '../../exchange/import-file.js';
import { formatSyncDiff } from '../../sync/format-sync.js';
import { writeSync } from '../../sync/write-sync.js';
import { brokenBundles, reportBroken } from '../broken-inputs.js';
import { requireBundles } from '../require-bundles.js';
import { loadProjectConfig, type ProjectOptions, withProjectOptions } from '../load-project-config.js';

interface ImportOptions extends ProjectOptions {
  locale?: string;
  dryRun?: boolean;
}

/** `l10n import FILE`: writes the translations of an XLIFF or PO file into the bundles, and says what changed. */
export function registerImport(program: Command): void {
  withProjectOptions(
    program
      .command('import')
      .description("write the translations of an XLIFF 2.0 or PO file into the locale's bundles, reporting every change")
      .argument('<file>', 'the .xlf/.xliff or .po file')
      .option(
        '--locale <lng>',
        'the target locale (default: the one the file names; it may name another of the same language, es-AR for an es file)',
      )
      .option('--dry-run', 'print a unified diff of what would change and write nothing'),
  )
    .addHelpText(
      'after',
      '\nOnly entries the file holds with a non-empty translation are written; existing values elsewhere,\nkey order and formatting stay as they are. Writes are atomic. A bundle that cannot be read or parsed is\nleft as it is and reported at file:line:col. Exit status: 0 done, 1 entries skipped for a broken bundle,\n2 usage error (a file that cannot be read, is not well formed or not in the charset it declares, at\nfile:line:col; an unknown locale) or config error.',
    )
    .action(async (file: string, options: ImportOptions) => {
      const { root, config } = await loadProjectConfig(options);
      let bytes: Buffer;
      try {
        bytes = readFileSync(resolve(file));
      } catch (error) {
        throw new UsageError(`${file}: cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
      }
      const project = requireBundles(root, config);
      let text: string;
      try {
        text = decodeExchangeFile(bytes);
      } catch (error) {
        if (error instanceof ExchangeSyntaxError) throw new UsageError(`${file}:${error.line}:${error.column}: ${error.reason}`);
        throw error;
      }
      const plan = await importText(project, text, options.locale).catch((error: unknown) => {
        if (error instanceof UsageError) throw new UsageError(`${file}: ${error.message}`);
        const format = exchangeFormatOf(text) === 'xliff' ? 'XLIFF' : 'PO (an XLIFF file starts with "<")';
        if (error instanceof ExchangeSyntaxError)
          throw new UsageError(`${file}:${error.line}:${error.column}: not valid ${format}: ${error.reason}`);
        throw new UsageError(`${file}: not valid ${format}: ${(error as Error).message}`);
      });
      if (options.dryRun) process.stdout.write(formatSyncDiff({ changes: plan.changes, skipped: [] }));
      else writeSync(root, plan.changes);
      process.stdout.write(formatImportReport(plan.report, options.dryRun === true));
      reportBroken(brokenBundles(project, [plan.locale]));
    });
}
