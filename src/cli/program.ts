import { Command, CommanderError } from 'commander';
import { terminalLines } from '../report/terminal-safe.js';
import { writeStderr, writeStdout } from './standard-output.js';

type Register = (program: Command) => void;

/**
 * Every command, by name, loaded on demand: a command's module pulls in what it needs
 * (remark, xliff, the build), so loading only the one being run keeps startup short.
 */
const COMMANDS = new Map<string, () => Promise<Register>>([
  ['start', async () => (await import('./commands/start.js')).registerStart],
  ['init', async () => (await import('./commands/init.js')).registerInit],
  ['check', async () => (await import('./commands/check.js')).registerCheck],
  ['ingest', async () => (await import('./commands/ingest.js')).registerIngest],
  ['build', async () => (await import('./commands/build.js')).registerBuild],
  ['merge', async () => (await import('./commands/merge.js')).registerMerge],
  ['serve', async () => (await import('./commands/serve.js')).registerServe],
  ['status', async () => (await import('./commands/status.js')).registerStatus],
  ['sync', async () => (await import('./commands/sync.js')).registerSync],
  ['mark-translated', async () => (await import('./commands/mark-translated.js')).registerMarkTranslated],
  ['export', async () => (await import('./commands/export.js')).registerExport],
  ['import', async () => (await import('./commands/import.js')).registerImport],
  ['rules', async () => (await import('./commands/rules.js')).registerRules],
  ['lsp', async () => (await import('./commands/lsp.js')).registerLsp],
]);

/** The words that print the version: no command is needed for them. */
const VERSION_FLAGS = new Set(['--version', '-V']);

/**
 * The package's version. Written here, not read from package.json: the bundled bin runs on its
 * own, copied away from the package (a test holds the two equal).
 */
export const VERSION = '0.1.0';

/**
 * Builds the `l10n` command line: one register function per command, each in its own file.
 * With `only`, just that command is loaded (none for `--version`); otherwise (help, an unknown
 * word) all of them.
 */
export async function createProgram(only?: string): Promise<Command> {
  const program = new Command('l10n')
    .description('Bilingual localisation pipeline: ingest scraped pages, check i18next bundles, publish localised builds.')
    .version(VERSION)
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride()
    // commander quotes the words it was given (`unknown command '...'`): escaped like every other message.
    .configureOutput({ writeOut: (text) => writeStdout(text), writeErr: (text) => writeStderr(terminalLines(text)) });
  // A word from the command line is data: `l10n constructor` is an unknown command, not Object's constructor.
  const one = only === undefined ? undefined : COMMANDS.get(only);
  const loaders = one ? [one] : only !== undefined && VERSION_FLAGS.has(only) ? [] : [...COMMANDS.values()];
  for (const register of await Promise.all(loaders.map((load) => load()))) register(program);
  for (const command of program.commands) command.exitOverride();
  return program;
}

/** Runs the program; usage errors exit 2, `--help` and `--version` exit 0. Sets process.exitCode only. */
export async function runProgram(argv: string[]): Promise<void> {
  const program = await createProgram(argv[2]);
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
