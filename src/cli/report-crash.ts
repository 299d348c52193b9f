import { ConfigError } from '../config/parse-config.js';
import { UsageError } from '../diagnostics/usage-error.js';

/**
 * Last line of defence: a config error is the user's (exit 2, message only); anything else is
 * our bug, reported in one line with a hint, and the stack only with L10N_DEBUG=1.
 */
export function reportCrash(error: unknown): void {
  if (error instanceof UsageError) {
    process.stderr.write(`l10n: ${error.message}\n`);
    process.exitCode = 2;
    return;
  }
  if (error instanceof ConfigError) {
    process.stderr.write(`${error.message}\n`);
    process.exitCode = 2;
    return;
  }
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`l10n: internal error: ${message}\n`);
  if (process.env.L10N_DEBUG && error instanceof Error && error.stack) process.stderr.write(`${error.stack}\n`);
  else process.stderr.write('(set L10N_DEBUG=1 for details; please report this)\n');
  process.exitCode = 3;
}
