import { hash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import sucrasePackage from 'sucrase/package.json' with { type: 'json' };
import writeFileAtomic from 'write-file-atomic';
import { makeFolder } from '../files/make-folder.js';

/**
 * Where transpiled configs are kept: `node_modules/.cache/l10n` beside the config when the
 * project has a node_modules folder (where build tools keep their caches), otherwise a folder
 * of this user's own in the OS temp folder. Undefined when the temp folder is not private to
 * this user: code found there is not run.
 */
export function configCacheDir(configDir: string): string | undefined {
  if (existsSync(join(configDir, 'node_modules'))) return join(configDir, 'node_modules', '.cache', 'l10n');
  const uid = process.getuid?.();
  const dir = join(tmpdir(), `l10n-cache-${uid ?? userInfo().username}`);
  try {
    makeFolder(dir, 0o700);
    const stat = statSync(dir);
    return uid === undefined || (stat.uid === uid && (stat.mode & 0o077) === 0) ? dir : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The JavaScript of a TypeScript config: types stripped by sucrase (no type check). The result
 * is cached by a hash of the source and of sucrase's version, so an unchanged config does not
 * load the transpiler again (about 80 ms of every command). The cache is only an optimisation:
 * when it cannot be read or written, the config is transpiled as usual.
 */
export async function transpileConfig(source: string, file: string, cacheDir: string | undefined): Promise<string> {
  const entry = cacheDir && join(cacheDir, `config-${hash('sha256', `sucrase ${sucrasePackage.version} typescript\0${source}`)}.js`);
  if (entry) {
    try {
      return readFileSync(entry, 'utf8');
    } catch {
      // Not cached yet.
    }
  }
  const { transform } = await import('sucrase');
  const code = transform(source, { transforms: ['typescript'], filePath: file }).code;
  if (entry && cacheDir) {
    try {
      makeFolder(cacheDir);
      writeFileAtomic.sync(entry, code);
    } catch {
      // A read-only project or a full disk: the next run transpiles again.
    }
  }
  return code;
}
