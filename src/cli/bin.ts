#!/usr/bin/env node
import { runProgram } from './program.js';
import { reportCrash } from './report-crash.js';

/**
 * A reader that stops early (`l10n status | head`) closes the pipe: stop quietly, as Unix tools do,
 * with the status the command has set so far. Node makes `process.stdout` and `process.stderr` on
 * first use, and a check writes without them (standard-output.ts), so the handler is attached when
 * a command or a library first asks for the stream, not at start.
 */
function quietOnClosedPipe(name: 'stdout' | 'stderr'): void {
  const made = Object.getOwnPropertyDescriptor(process, name);
  const make = made?.get;
  if (!make) return;
  let watched = false;
  Object.defineProperty(process, name, {
    configurable: true,
    enumerable: made.enumerable === true,
    get() {
      const stream = make.call(process) as NodeJS.WriteStream;
      if (!watched) {
        watched = true;
        stream.on('error', (error: NodeJS.ErrnoException) => {
          if (error.code !== 'EPIPE') reportCrash(error);
          process.exit();
        });
      }
      return stream;
    },
  });
}

quietOnClosedPipe('stdout');
quietOnClosedPipe('stderr');
runProgram(process.argv).catch(reportCrash);
