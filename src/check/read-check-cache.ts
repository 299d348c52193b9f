import type { BundleReading } from '../project/parse-source.js';
import { readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Config } from '../config/schema.js';
import { readContentLock } from '../content/read-content-lock.js';
import { hasArticles } from '../project/load-bundle-project.js';
import { toBundle, type Bundle } from '../project/bundle.js';
import { readBundleFiles, type BundleLayout } from '../project/load-bundles.js';
import { CHECK_CACHE_FORMAT, parseCheckCache, type CheckCacheData } from './check-cache-file.js';
import { hashOf, hashOfInput, type FileFacts } from './check-cache-keys.js';

/** A file's size, times, inode and device, as a string; undefined when it is not a file. */
export function stampOf(path: string): { stamp: string; changedMs: number } | undefined {
  const stat = statSync(path, { bigint: true, throwIfNoEntry: false });
  if (!stat?.isFile()) return undefined;
  const changedMs = Number((stat.mtimeNs > stat.ctimeNs ? stat.mtimeNs : stat.ctimeNs) / 1_000_000n);
  return { stamp: `${stat.size}:${stat.mtimeNs}:${stat.ctimeNs}:${stat.ino}:${stat.dev}`, changedMs };
}

/** The cache as last written, or undefined with a note when it exists but cannot be used. */
export function readCheckCache(file: string, notes: string[]): CheckCacheData | undefined {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'ENOENT') notes.push(`cannot read the check cache ${file} (${code ?? String(error)}): checking every file`);
    return undefined;
  }
  const parsed = parseCheckCache(text);
  if ('problem' in parsed) {
    notes.push(`ignoring the check cache ${file}: ${parsed.problem}; checking every file`);
    return undefined;
  }
  return parsed.data;
}

/** What every unit depends on besides bundle files: the format, version, code, config, layout, articles and lock. */
export function globalKeyOf(root: string, config: Config, layout: BundleLayout, version: string, configKey: string): string {
  // This module and its folder: a rebuilt bundle writes new chunk files there, whatever the version says.
  const here = fileURLToPath(import.meta.url);
  const folder = statSync(dirname(here), { bigint: true, throwIfNoEntry: false });
  const code = `${stampOf(here)?.stamp ?? ''}:${folder?.mtimeNs ?? ''}`;
  const lock = readContentLock(root, config).raw ?? '';
  const files = layout.files.map((f) => `${f.file}\u0001${f.locale}\u0001${f.namespace}\u0001${f.refused ?? ''}`);
  return hashOf([
    String(CHECK_CACHE_FORMAT),
    version,
    code,
    configKey,
    JSON.stringify(layout.locales),
    JSON.stringify(layout.namespaces),
    ...files,
    JSON.stringify(layout.skipped),
    String(hasArticles(root, config, layout.locales)),
    lock,
  ]);
}

/** What each bundle file holds now, and its stamp: whether it is settled, and `size:times:inode:device`. */
export interface FileFactsNow {
  facts: Map<string, FileFacts>;
  stamps: Map<string, { stamp: string; settled: boolean }>;
}

/**
 * What each file of a layout holds now: taken from the cache when its stamp is the one the cache
 * recorded and the file was then settled (last changed before `since`), otherwise read, hashed,
 * and (when the hash is new) parsed for the namespaces it names. Without a cache no file is read
 * here: the check reads and hashes them.
 */
export function readFileFacts(
  root: string,
  layout: BundleLayout,
  cache: CheckCacheData | undefined,
  options: { since: number; reading: BundleReading; mentionsIn: (bundle: Bundle) => string[] },
): FileFactsNow {
  const facts = new Map<string, FileFacts>();
  const stamps = new Map<string, { stamp: string; settled: boolean }>();
  for (const location of layout.files) {
    if (location.refused) {
      facts.set(location.file, { hash: `-${location.refused}`, mentions: [] });
      continue;
    }
    const now = stampOf(join(root, location.file));
    if (!now) continue;
    stamps.set(location.file, { stamp: now.stamp, settled: now.changedMs < options.since });
    const known = cache?.files[location.file];
    if (known?.settled && known.stamp === now.stamp) facts.set(location.file, { hash: known.hash, mentions: known.mentions });
    else if (cache) {
      const [input] = readBundleFiles(root, [location]);
      if (!input) continue;
      const hash = hashOfInput(input);
      facts.set(location.file, {
        hash,
        mentions: known?.hash === hash ? known.mentions : options.mentionsIn(toBundle(input, options.reading)),
      });
    }
  }
  return { facts, stamps };
}
