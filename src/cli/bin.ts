#!/usr/bin/env node
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { useCompileCache } from './compile-cache.js';

// The cache goes on before the rest of the command line is loaded, so every chunk it needs can use it.
useCompileCache(dirname(fileURLToPath(import.meta.url)));
void import('./start-cli.js').then(
  ({ startCli }) => startCli(),
  (error: unknown) => {
    // The command line itself could not be loaded (a damaged install): one line and exit 3, as reportCrash does.
    process.stderr.write(`l10n: cannot start: ${(error instanceof Error ? error.message : String(error)).split('\n')[0]}\n`);
    process.exitCode = 3;
  },
);
