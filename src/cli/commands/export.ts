import { Option, type Command } from 'commander';
import { EXCHANGE_FORMATS, exportLocale, type ExchangeFormat } from '../../exchange/export-project.js';
import { loadBundleProject } from '../../sync/load-bundle-project.js';
import { loadProjectConfig, type ProjectOptions } from '../load-project-config.js';
import { writeOutput } from '../write-output.js';

interface ExportOptions extends ProjectOptions {
  format: ExchangeFormat;
  locale: string;
  output?: string;
}

/** `l10n export`: one locale's strings as XLIFF 2.0 or PO for a CAT tool. */
export function registerExport(program: Command): void {
  program
    .command('export')
    .description('write one locale\'s strings (source text, translation, plural forms, notes) as XLIFF 2.0 or PO for a CAT tool')
    .requiredOption('--locale <lng>', 'the target locale to export')
    .addOption(new Option('--format <format>', 'exchange format').choices(EXCHANGE_FORMATS).default('xliff'))
    .option('--output <file>', 'write to a file (atomically) instead of standard output')
    .option('--root <dir>', 'project root', process.cwd())
    .option('--config <file>', 'config file (default: l10n.config.{ts,mjs,js,json} in the root)')
    .addHelpText('after', '\nPlural keys carry every CLDR category the target needs (XLIFF: a <group> per key; PO: msgid_plural and\nmsgstr[n] in the order the Plural-Forms header gives). Bring the file back with `l10n import`.')
    .action(async (options: ExportOptions) => {
      const { root, config } = await loadProjectConfig(options);
      writeOutput(await exportLocale(loadBundleProject(root, config), options.locale, options.format), options.output);
    });
}
