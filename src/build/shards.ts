import { sha256 } from './page-inputs.js';

/** The record a shard build writes into its output, for `l10n merge`; never part of a merged site. */
export const SHARD_RECORD = '.l10n-shard.json';

/** Which part of the pages a build renders: shard `index` (1-based) of `count`. */
export interface Shard {
  index: number;
  count: number;
}

/**
 * The shard (1-based) a page belongs to among `count`: from a hash of its output path, so the
 * partition depends on the page alone, not on the order pages are found or on the other pages.
 */
export function shardOf(path: string, count: number): number {
  return (Number.parseInt(sha256(path).slice(0, 12), 16) % count) + 1;
}

/**
 * The inputs a shard was built from, by name: two shards merge only when every one is equal.
 * Short readable values where they fit (the base URL, the locales, the year), digests otherwise.
 */
export type ShardInputs = Record<string, string>;

/** What a shard records: which shard, of how many, from which inputs, and the files it wrote. */
export interface ShardRecord {
  version: 1;
  shard: number;
  count: number;
  inputs: ShardInputs;
  /** Every file of the shard's output (its article pages and the site-wide files), sorted. */
  files: string[];
}

/** The site-wide inputs of a build as the shard record names them. */
export interface FingerprintParts {
  templateVersion: number;
  baseUrl: string;
  locales: readonly string[];
  year: number;
  /** Every other setting the pages depend on, serialized. */
  settings: string;
  /** The files every shard writes alike (runtime bundles, assets), by path. */
  siteFiles: ReadonlyMap<string, string>;
  /** Each article's file and content hash. */
  articles: readonly { file: string; hash: string }[];
}

/** The fingerprint of a build's inputs (see ShardInputs). */
export function shardInputs(parts: FingerprintParts): ShardInputs {
  const bundles = [...parts.siteFiles].filter(([path]) => path.startsWith('locales/')).sort(([a], [b]) => (a < b ? -1 : 1));
  const articles = parts.articles.map(({ file, hash }) => `${file}\0${hash}`).sort();
  return {
    templates: String(parts.templateVersion),
    baseUrl: parts.baseUrl,
    locales: parts.locales.join(','),
    year: String(parts.year),
    settings: sha256(parts.settings).slice(0, 16),
    bundles: sha256(JSON.stringify(bundles)).slice(0, 16),
    articles: `${articles.length} articles, ${sha256(articles.join('\n')).slice(0, 16)}`,
  };
}
