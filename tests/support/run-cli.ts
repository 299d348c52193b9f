import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** The compiled bin, as users run it (built by `npm install` / `npm test`). */
export const BIN = fileURLToPath(new URL('../../lib/bin/l10n.js', import.meta.url));

/** Runs `l10n <args>` with plain node in `cwd` and returns its exit code and output. */
export function runCli(
  args: string[],
  cwd: string,
  env: Record<string, string> = {},
): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', ...env },
    timeout: 60_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
