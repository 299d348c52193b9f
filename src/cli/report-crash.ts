import { ConfigError } from '../config/parse-config.js';
import { UsageError } from '../diagnostics/usage-error.js';
import { terminalSafe } from '../report/terminal-safe.js';
import { writeStderr } from './standard-output.js';

/**
 * Last line of defence: a config error, or a path the file system refuses, is the user's (exit 2,
 * message only); anything else is our bug, reported in one line with a hint, and the stack only
 * with L10N_DEBUG=1.
 */
export function reportCrash(error: unknown): void {
  if (error instanceof UsageError) {
    writeStderr(`l10n: ${terminalSafe(error.message)}\n`);
    process.exitCode = 2;
    return;
  }
  if (error instanceof ConfigError) {
    writeStderr(`${error.message}\n`);
    process.exitCode = 2;
    return;
  }
  const system = error as NodeJS.ErrnoException;
  if (system instanceof Error && typeof system.code === 'string' && typeof system.syscall === 'string' && typeof system.path === 'string') {
    // The file system refused a path the user gave or the project holds (a folder in the way,
    // no permission, a full disk): theirs to fix, so one line and no stack, like a usage error.
    writeStderr(
      `l10n: cannot ${system.syscall} ${terminalSafe(system.path)}: ${system.code} (${terminalSafe(system.message.replace(/^[A-Z]+: /, '').split(',')[0] ?? '')})\n`,
    );
    process.exitCode = 2;
    return;
  }
  const message = error instanceof Error ? error.message : String(error);
  writeStderr(`l10n: internal error: ${terminalSafe(message)}\n`);
  if (process.env.L10N_DEBUG && error instanceof Error && error.stack) writeStderr(`${error.stack}\n`);
  else writeStderr('(set L10N_DEBUG=1 for details; please report this)\n');
  process.exitCode = 3;
}
