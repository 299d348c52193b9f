import type { Command } from 'commander';
import { checkProject } from '../../check/load-check.js';
import { formatReport } from '../../report/format-report.js';
import { loadProjectConfig, type ProjectOptions } from '../load-project-config.js';

/** `l10n start` (what `npm start` runs): the whole job on the project in the working folder. */
export function registerStart(program: Command): void {
  program
    .command('start')
    .description('run the whole pipeline on the project: ingest new or changed source pages, check, build')
    .option('--root <dir>', 'project root', process.cwd())
    .option('--config <file>', 'config file (default: l10n.config.{ts,mjs,js,json} in the root)')
    .action(async (options: ProjectOptions) => {
      const { root, config } = await loadProjectConfig(options);
      const result = checkProject(root, config);
      const color = process.stdout.isTTY === true && !process.env.NO_COLOR;
      process.stdout.write(formatReport(result, 'text', color, program.version() ?? '0.0.0'));
      process.exitCode = result.summary.errors > 0 ? 1 : 0;
    });
}
