import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { UsageError } from '../diagnostics/usage-error.js';
import { isWithin, realPathOf } from '../files/real-location.js';
import { parseShardRecord, shardSetProblem, type ShardFolder } from './shard-set.js';
import { SHARD_RECORD } from './shards.js';
import { writeOutputTree } from './write-output-tree.js';

/** What a merge did: where, from how many shards, how many files. */
export interface MergeSummary {
  outDir: string;
  shards: number;
  files: number;
}

function readRecord(dir: string): ShardFolder {
  let text: string | undefined;
  try {
    text = readFileSync(join(dir, SHARD_RECORD), 'utf8');
  } catch {
    text = undefined;
  }
  const parsed = parseShardRecord(dir, text);
  if (typeof parsed === 'string') throw new UsageError(parsed);
  return parsed;
}

/** A file a shard lists, read only when its real path is inside the shard (a link out is refused). */
function readShardFile(dir: string, realDir: string, path: string): string {
  const file = join(dir, path);
  const real = realPathOf(file);
  if (real === undefined || !isWithin(realDir, real))
    throw new UsageError(`${file} is listed by ${SHARD_RECORD} but is missing or leads out of the shard: build the shard again`);
  return readFileSync(file, 'utf8');
}

/**
 * `l10n merge`: joins the outputs of `l10n build --shard i/n` into one site, byte for byte the
 * site one `l10n build` writes. The shards must be all n of one split of the same inputs; every
 * shard holds the site-wide files (sitemap, indexes, runtime bundles, report), which must agree.
 * The site is written as a build writes it (staged inside the output, renamed into place).
 */
export function mergeShards(dirs: readonly string[], outDir: string): MergeSummary {
  const out = resolve(outDir);
  const folders = dirs.map((dir) => resolve(dir));
  const inside = folders.find((dir) => dir === out || isWithin(dir, out) || isWithin(out, dir));
  if (inside !== undefined) throw new UsageError(`the merged output ${out} overlaps the shard ${inside}: choose another --out`);
  const shards = dirs.map(readRecord);
  const problem = shardSetProblem(shards);
  if (problem !== undefined) throw new UsageError(`cannot merge: ${problem}`);
  const files = new Map<string, string>();
  const from = new Map<string, string>();
  for (const { dir, record } of [...shards].sort((a, b) => a.record.shard - b.record.shard)) {
    const realDir = realPathOf(dir) ?? dir;
    for (const path of record.files) {
      const content = readShardFile(dir, realDir, path);
      const earlier = files.get(path);
      if (earlier !== undefined && earlier !== content)
        throw new UsageError(
          `cannot merge: ${path} differs between ${from.get(path)} and ${dir}, though their inputs agree: build the shards again`,
        );
      files.set(path, content);
      from.set(path, dir);
    }
  }
  writeOutputTree(out, new Map([...files].sort(([a], [b]) => (a < b ? -1 : 1))), []);
  return { outDir: out, shards: shards.length, files: files.size };
}
