#!/usr/bin/env node
/**
 * One sharded build, as a CI matrix would run it but one shard after another on this machine:
 * `l10n build --shard i/n --out <work>/shard-i` for every i, then `l10n merge` into <work>/merged.
 * Timed as one process by the harness; prints each command and what it printed (warnings, one
 * per outdated translation, are left out); stops at the first command that fails, with its status.
 *
 *   node bench/harness/sharded-build.mjs BIN ROOT WORK N
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const [bin, root, work, n] = process.argv.slice(2);
const count = Number(n);
const run = (args) => {
  process.stdout.write(`$ l10n ${args.join(' ')}\n`);
  const result = spawnSync(process.execPath, [bin, ...args], { stdio: ['ignore', 'inherit', 'ignore'], env: { ...process.env, CI: '' } });
  if (result.status !== 0) process.exit(result.status ?? 1);
};
const dirs = Array.from({ length: count }, (_, i) => join(work, `shard-${i + 1}`));
dirs.forEach((dir, i) => run(['build', '--root', root, '--force', '--shard', `${i + 1}/${count}`, '--out', dir]));
run(['merge', ...dirs, '--out', join(work, 'merged')]);
