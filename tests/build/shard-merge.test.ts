import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateSite } from '../../bench/generate-site.mjs';
import { SHARD_RECORD, shardOf, type ShardRecord } from '../../src/build/shards.js';
import { mergeShards } from '../../src/build/write-merged-site.js';
import { buildSite, type BuildOptions } from '../../src/build/write-site.js';
import { loadConfig } from '../../src/config/load-config.js';
import type { Config } from '../../src/config/schema.js';
import { runCli } from '../support/run-cli.js';

const now = new Date('2026-01-15T00:00:00Z');
let work: string;
let root: string;
let config: Config;

/** Every file under a folder, by relative path, as bytes. */
function tree(dir: string): Map<string, Buffer> {
  const paths = (readdirSync(dir, { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[])
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(dir.length + 1))
    .sort();
  return new Map(paths.map((path) => [path, readFileSync(join(dir, path))]));
}

async function build(out: string, options: BuildOptions = {}): Promise<void> {
  const summary = await buildSite(root, config, { now, outDir: resolve(work, out), ...options });
  expect(summary.errors).toEqual([]);
  expect(summary.written).toBe(true);
}

async function shards(name: string, count: number, options: BuildOptions = {}): Promise<string[]> {
  const dirs = Array.from({ length: count }, (_, i) => join(work, `${name}-${i + 1}-of-${count}`));
  for (const [i, dir] of dirs.entries()) await build(dir, { ...options, shard: { index: i + 1, count } });
  return dirs;
}

const record = (dir: string): ShardRecord => JSON.parse(readFileSync(join(dir, SHARD_RECORD), 'utf8')) as ShardRecord;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'l10n-shards-'));
  root = join(work, 'site');
  await generateSite({ root, articles: 24, seed: 7 });
  ({ config } = await loadConfig(root));
  await build('single');
});

afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

describe('sharded builds merged', () => {
  it.each([1, 2, 3, 7])('%i shard(s) merge into the same bytes as one build', async (count) => {
    const dirs = await shards('site', count);
    const pages = dirs.map((dir) => record(dir).files.filter((path) => /^(en|es-AR)\/[^/]+\/index\.html$/.test(path)));
    // Each article page is in exactly one shard, the one its path hashes to.
    expect(pages.flat().sort()).toEqual(
      [...tree(join(work, 'single')).keys()].filter((path) => /^(en|es-AR)\/[^/]+\/index\.html$/.test(path)),
    );
    pages.forEach((paths, index) => {
      expect(paths.length).toBeGreaterThan(0);
      for (const path of paths) expect(shardOf(path, count)).toBe(index + 1);
    });
    const merged = join(work, `merged-${count}`);
    expect(mergeShards([...dirs].reverse(), merged)).toMatchObject({ shards: count });
    expect(tree(merged)).toEqual(tree(join(work, 'single')));
  });

  it('makes the same shard, byte for byte, from the same inputs', async () => {
    const [first] = await shards('again', 3);
    expect(record(first as string)).toEqual(record(join(work, 'site-1-of-3')));
    expect(tree(first as string)).toEqual(tree(join(work, 'site-1-of-3')));
  });
});

describe('merge refuses', () => {
  it('shards built from different inputs, naming which differ', async () => {
    const dirs = await shards('base', 2);
    await build('other-2', { shard: { index: 2, count: 2 }, baseUrl: 'https://elsewhere.example/' });
    expect(() => mergeShards([dirs[0] as string, join(work, 'other-2')], join(work, 'refused'))).toThrow(
      /different inputs.*baseUrl differs \(.*base-1-of-2: https:\/\/sharded\.example\/; .*other-2: https:\/\/elsewhere\.example\/\)/,
    );
    const article = join(root, 'content/en', readdirSync(join(root, 'content/en'))[0] as string);
    const text = readFileSync(article, 'utf8');
    writeFileSync(article, `${text}\nOne more line.\n`);
    try {
      await build('edited-2', { shard: { index: 2, count: 2 } });
    } finally {
      writeFileSync(article, text);
    }
    expect(() => mergeShards([dirs[0] as string, join(work, 'edited-2')], join(work, 'refused'))).toThrow(/articles differs/);
    expect(existsSync(join(work, 'refused'))).toBe(false);
  });

  it('a missing shard, a shard given twice, shards of different splits, and a folder that is no shard', async () => {
    const two = await shards('split', 2);
    const three = await shards('site', 3);
    const out = join(work, 'refused');
    expect(() => mergeShards([three[0] as string, three[2] as string], out)).toThrow(/shard 2\/3 is missing: merge needs all 3/);
    expect(() => mergeShards([...three, three[1] as string], out)).toThrow(/shard 2\/3 is given twice/);
    expect(() => mergeShards([two[0] as string, ...three.slice(1)], out)).toThrow(/split the site differently/);
    expect(() => mergeShards([join(work, 'single')], out)).toThrow(/is not a shard build \(no \.l10n-shard\.json\)/);
    expect(() => mergeShards(three, three[0] as string)).toThrow(/overlaps the shard/);
    expect(existsSync(out)).toBe(false);
  });

  it('a record that lists a path out of the shard', () => {
    const dir = join(work, 'site-1-of-1');
    const file = join(dir, SHARD_RECORD);
    const text = readFileSync(file, 'utf8');
    writeFileSync(file, JSON.stringify({ ...record(dir), files: ['../site/l10n.config.json'] }));
    try {
      expect(() => mergeShards([dir], join(work, 'refused'))).toThrow(/is not a shard record/);
    } finally {
      writeFileSync(file, text);
    }
  });
});

describe('l10n merge and build --shard on the command line', () => {
  it('merges, refuses with exit 2 and a message, and explains itself in --help', () => {
    const built = ['1/2', '2/2'].map((shard, i) => {
      const result = runCli(['build', '--root', root, '--quiet', '--shard', shard, '--out', join(work, `cli-${i + 1}`)], work, { CI: '' });
      expect(result.status, result.stderr).toBe(0);
      return join(work, `cli-${i + 1}`);
    });
    const merged = runCli(['merge', ...built, '--out', join(work, 'cli-merged')], work, { CI: '' });
    expect(merged.status, merged.stderr).toBe(0);
    expect(merged.stdout).toMatch(/^Merged 2 shards \(\d+ files\) into /);
    expect(tree(join(work, 'cli-merged'))).toEqual(tree(join(work, 'single')));
    const refused = runCli(['merge', built[0] as string, '--out', join(work, 'cli-refused')], work);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toBe('l10n: cannot merge: shard 2/2 is missing: merge needs all 2\n');
    expect(runCli(['build', '--root', root, '--shard', '3/2'], work).status).toBe(2);
    const help = runCli(['merge', '--help'], work);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('Usage: l10n merge [options] <dirs...>');
  });
});
