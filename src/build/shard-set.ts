import { z } from '../config/zod.js';
import { SHARD_RECORD, type ShardRecord } from './shards.js';

/** A path a shard may list: relative, `/`-separated, never leaving the shard's folder. */
const safePath = z.string().check(
  z.refine(
    (path) =>
      path !== '' &&
      !path.startsWith('/') &&
      !path.includes('\\') &&
      !path.split('/').some((part) => part === '..' || part === '' || part === '.'),
    {
      message: 'not a relative path inside the shard',
    },
  ),
);

const recordSchema = z.strictObject({
  version: z.literal(1),
  shard: z.int().check(z.positive()),
  count: z.int().check(z.positive()),
  inputs: z.record(z.string(), z.string()),
  files: z.array(safePath),
});

/** A shard's record as read from its folder. */
export interface ShardFolder {
  dir: string;
  record: ShardRecord;
}

/** The record of a shard folder from its text, or why it is not one (a message naming the folder). */
export function parseShardRecord(dir: string, text: string | undefined): ShardFolder | string {
  if (text === undefined) return `${dir} is not a shard build (no ${SHARD_RECORD}): build it with l10n build --shard i/n --out ${dir}`;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return `${dir}/${SHARD_RECORD} is not JSON: build the shard again`;
  }
  const parsed = recordSchema.safeParse(data);
  if (!parsed.success || parsed.data.shard > parsed.data.count)
    return `${dir}/${SHARD_RECORD} is not a shard record of this version of l10n: build the shard again`;
  return { dir, record: parsed.data };
}

/**
 * Why a set of shards cannot be merged into one site, or undefined when it can: they must split
 * the same pages the same way (one count), come from the same inputs (each differing input is
 * named with its value in each shard), and hold every shard exactly once.
 */
export function shardSetProblem(shards: readonly ShardFolder[]): string | undefined {
  const first = shards[0];
  if (!first) return 'no shard to merge';
  const counts = new Set(shards.map(({ record }) => record.count));
  if (counts.size > 1)
    return `the shards split the site differently: ${shards.map(({ dir, record }) => `${dir} is ${record.shard}/${record.count}`).join(', ')}`;
  const names = [...new Set(shards.flatMap(({ record }) => Object.keys(record.inputs)))].sort();
  const differing = names.filter((name) => shards.some(({ record }) => record.inputs[name] !== first.record.inputs[name]));
  if (differing.length > 0) {
    const values = (name: string): string => shards.map(({ dir, record }) => `${dir}: ${record.inputs[name] ?? '(none)'}`).join('; ');
    return `the shards were built from different inputs, so their pages do not make one site: ${differing.map((name) => `${name} differs (${values(name)})`).join('; ')}. Build every shard from the same commit, config and options`;
  }
  const count = first.record.count;
  const seen = new Map<number, string>();
  for (const { dir, record } of shards) {
    const other = seen.get(record.shard);
    if (other !== undefined) return `shard ${record.shard}/${count} is given twice: ${other} and ${dir}`;
    seen.set(record.shard, dir);
  }
  const missing = Array.from({ length: count }, (_, index) => index + 1).filter((index) => !seen.has(index));
  if (missing.length > 0)
    return `shard${missing.length > 1 ? 's' : ''} ${missing.map((index) => `${index}/${count}`).join(', ')} ${missing.length > 1 ? 'are' : 'is'} missing: merge needs all ${count}`;
  return undefined;
}
