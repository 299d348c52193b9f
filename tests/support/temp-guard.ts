import { chmodSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Global setup of the test run: every test file, the library code it calls and every CLI it
 * spawns make their temporary folders under one folder of this run (TMPDIR, which the workers
 * and their children inherit), so runs of other projects on the same machine do not count.
 * Each test file removes what it made (see temp-per-file.ts); whatever is left at the end is a
 * leak, and the run fails naming it. The run's folder goes either way.
 */
export default function setup(): () => void {
  const run = mkdtempSync(join(tmpdir(), 'l10n-test-run-'));
  // Traversable by others (not listable): a test run as root runs some commands as nobody in a folder below.
  chmodSync(run, 0o711);
  const previous = process.env.TMPDIR;
  process.env.TMPDIR = run;
  // The bin's compile cache (src/cli/compile-cache.ts), shared by every CLI the tests spawn, goes with the run's folder.
  const compileCache = 'compile-cache';
  process.env.L10N_COMPILE_CACHE = join(run, compileCache);
  return () => {
    const left = readdirSync(run).filter((name) => name !== compileCache);
    delete process.env.L10N_COMPILE_CACHE;
    rmSync(run, { recursive: true, force: true });
    if (previous === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = previous;
    if (left.length === 0) return;
    // vitest reports an error thrown here but still exits 0: the exit status is set as well.
    process.exitCode = 1;
    throw new Error(
      `the tests left ${left.length} temporary folder(s) behind: ${left.slice(0, 20).join(', ')}${left.length > 20 ? ', ...' : ''} (every test removes what it creates)`,
    );
  };
}
