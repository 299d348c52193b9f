import { hash } from 'node:crypto';
import { join } from 'node:path';
import sucrasePackage from 'sucrase/package.json' with { type: 'json' };
import { readCacheEntry, writeCacheEntry } from '../files/cache-entry.js';

/**
 * The JavaScript of a TypeScript config: types stripped by sucrase (no type check). The result
 * is cached by a hash of the source and of sucrase's version, so an unchanged config does not
 * load the transpiler again (about 80 ms of every command). The cache is only an optimisation:
 * when it cannot be read or written, the config is transpiled as usual.
 */
export async function transpileConfig(source: string, file: string, cacheDir: string | undefined): Promise<string> {
  const entry = cacheDir && join(cacheDir, `config-${hash('sha256', `sucrase ${sucrasePackage.version} typescript\0${source}`)}.js`);
  const cached = entry ? readCacheEntry(entry) : undefined;
  if (cached !== undefined) return cached;
  const { transform } = await import('sucrase');
  const code = transform(source, { transforms: ['typescript'], filePath: file }).code;
  // Kept with fsync: a torn entry would be loaded as the config. Not written (read-only project,
  // full disk): the next run transpiles again.
  if (entry) writeCacheEntry(entry, code);
  return code;
}
