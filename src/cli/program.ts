import { Command, CommanderError } from 'commander';
import { registerBuild } from './commands/build.js';
import { registerCheck } from './commands/check.js';
import { registerIngest } from './commands/ingest.js';
import { registerServe } from './commands/serve.js';
import { registerStart } from './commands/start.js';
import { registerSync } from './commands/sync.js';
import { registerMarkTranslated } from './commands/mark-translated.js';
import { registerStatus } from './commands/status.js';
import { registerExport } from './commands/export.js';
import { registerImport } from './commands/import.js';

/** Builds the `l10n` command line: one register function per command, each in its own file. */
export function createProgram(): Command {
  const program = new Command('l10n')
    .description('Bilingual localisation pipeline: ingest scraped pages, check i18next bundles, publish localised builds.')
    .version('0.1.0')
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride()
    .configureOutput({ writeErr: (text) => process.stderr.write(text) });
  registerStart(program);
  registerCheck(program);
  registerIngest(program);
  registerBuild(program);
  registerServe(program);
  registerSync(program);
  registerMarkTranslated(program);
  registerStatus(program);
  registerExport(program);
  registerImport(program);
  for (const command of program.commands) command.exitOverride();
  return program;
}

/** Runs the program; usage errors exit 2, `--help` and `--version` exit 0. Sets process.exitCode only. */
export async function runProgram(argv: string[]): Promise<void> {
  const program = createProgram();
  try {
    await program.parseAsync(argv);
  } catch (error) {
    if (error instanceof CommanderError) {
      process.exitCode = error.exitCode === 0 ? 0 : 2;
      return;
    }
    throw error;
  }
}
