import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { FileFacts } from './check-cache-keys.js';

/** Bumped whenever what the cache holds, or what its keys cover, changes meaning. */
export const CHECK_CACHE_FORMAT = 1;

/** What the check cache remembers of one bundle file. */
export interface CachedFile extends FileFacts {
  /** `size:mtime:ctime:inode:device` when it was hashed. */
  stamp: string;
  /** Whether the stamp alone may stand for the hash next time (the file was older than the timestamp granularity margin). */
  settled: boolean;
}

/** The cache `l10n check --cache` keeps between runs. */
export interface CheckCacheData {
  kind: 'l10n-check-cache';
  format: number;
  /** The l10n version that wrote it. */
  version: string;
  /** A hash of the config it was written for. */
  config: string;
  /** A hash of everything every unit depends on besides its files (config, version, layout). */
  global: string;
  files: Record<string, CachedFile>;
  /** Findings per unit (see unitId), under the key they were found for. */
  units: Record<string, { key: string; diagnostics: Diagnostic[] }>;
  /** Source key counts per namespace, under the key of the namespace's source unit. */
  keys: Record<string, { key: string; count: number }>;
}

const isRecord = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);

const isFile = (value: unknown): value is CachedFile =>
  isRecord(value) &&
  typeof value.stamp === 'string' &&
  typeof value.settled === 'boolean' &&
  typeof value.hash === 'string' &&
  Array.isArray(value.mentions) &&
  value.mentions.every((name) => typeof name === 'string');

const isDiagnostic = (value: unknown): value is Diagnostic =>
  isRecord(value) &&
  typeof value.file === 'string' &&
  typeof value.ruleId === 'string' &&
  typeof value.message === 'string' &&
  typeof value.severity === 'string' &&
  ['line', 'column', 'endLine', 'endColumn'].every((field) => typeof value[field] === 'number');

const isUnit = (value: unknown): value is CheckCacheData['units'][string] =>
  isRecord(value) && typeof value.key === 'string' && Array.isArray(value.diagnostics) && value.diagnostics.every(isDiagnostic);

const isCount = (value: unknown): value is CheckCacheData['keys'][string] =>
  isRecord(value) && typeof value.key === 'string' && typeof value.count === 'number';

const allOf = <T>(record: unknown, check: (value: unknown) => value is T): record is Record<string, T> =>
  isRecord(record) && Object.values(record).every(check);

/** Reads a cache's text: the data, or why it cannot be used (never a partly trusted cache). */
export function parseCheckCache(text: string): { data: CheckCacheData } | { problem: string } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { problem: 'it is not JSON (a damaged file?)' };
  }
  if (!isRecord(data) || data.kind !== 'l10n-check-cache') return { problem: 'it is not an l10n check cache' };
  if (data.format !== CHECK_CACHE_FORMAT) return { problem: `it has format ${String(data.format)}, this l10n reads ${CHECK_CACHE_FORMAT}` };
  const valid =
    typeof data.version === 'string' &&
    typeof data.config === 'string' &&
    typeof data.global === 'string' &&
    allOf(data.files, isFile) &&
    allOf(data.units, isUnit) &&
    allOf(data.keys, isCount);
  return valid ? { data: data as unknown as CheckCacheData } : { problem: 'it is damaged (a field of the wrong kind)' };
}
