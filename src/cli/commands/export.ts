import { Option, type Command } from 'commander';
import { EXCHANGE_FORMATS, exportLocale, type ExchangeFormat } from '../../exchange/export-project.js';
import { brokenBundles, reportBroken } from '../broken-inputs.js';
import { requireBundles } from '../require-bundles.js';
import { loadProjectConfig, type ProjectOptions, withProjectOptions } from '../load-project-config.js';
import { writeOutput } from '../write-text-output.js';

interface ExportOptions extends ProjectOptions {
  format: ExchangeFormat;
  locale: string;
  output?: string;
}

/** `l10n export`: one locale's strings as XLIFF 2.0 or PO for a CAT tool. */
export function registerExport(program: Command): void {
  withProjectOptions(
    program
      .command('export')
      .description("write one locale's strings (source text, translation, plural forms, notes) as XLIFF 2.0 or PO for a CAT tool")
      .requiredOption('--locale <lng>', 'the target locale to export')
      .addOption(new Option('--format <format>', 'exchange format').choices(EXCHANGE_FORMATS).default('xliff'))
      .option('--output <file>', 'write to a file (atomically) instead of standard output'),
  )
    .addHelpText(
      'after',
      '\nPlural keys carry every CLDR category the target needs (XLIFF: a <group> per key; PO: msgid_plural and\nmsgstr[n] in the order the Plural-Forms header gives). Bring the file back with `l10n import`.\nExit status: 0 written, 1 a bundle of the locale or of its source cannot be read (nothing written), 2 usage or config error.',
    )
    .action(async (options: ExportOptions) => {
      const { root, config, file: configFile } = await loadProjectConfig(options);
      const project = requireBundles(root, config);
      // A broken bundle would export as untranslated units: a translator would redo work the file already holds.
      const involved = [options.locale, config.sourceLocale, ...Object.values(config.namespaceSourceLocale)];
      if (project.locales.includes(options.locale) && reportBroken(brokenBundles(project, involved))) return;
      writeOutput(await exportLocale(project, options.locale, options.format), options.output, { root, config, configFile });
    });
}
