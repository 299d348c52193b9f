import { runProgram } from './program.js';
import { reportCrash } from './report-crash.js';
import { whenStreamMade } from './standard-output.js';

/** Runs the `l10n` command line of this process, and reports what goes wrong as one message. */
export function startCli(): void {
  // A reader that stops early (`l10n status | head`) closes the pipe: stop quietly, as Unix tools do,
  // with the status the command has set so far. A check writes without the streams (standard-output.ts),
  // so the handler goes on each stream when a command or a library first makes it, not at start.
  whenStreamMade((stream) =>
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE') reportCrash(error);
      process.exit();
    }),
  );
  runProgram(process.argv).catch(reportCrash);
}
