#!/usr/bin/env node
import { runProgram } from './program.js';
import { reportCrash } from './report-crash.js';

// A reader that stops early (`l10n check | head`) closes the pipe: stop quietly, as Unix tools do,
// with the status the command has set so far.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') reportCrash(error);
    process.exit();
  });
}

runProgram(process.argv).catch(reportCrash);
