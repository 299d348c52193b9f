import { hash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import sucrasePackage from 'sucrase/package.json' with { type: 'json' };
import writeFileAtomic from 'write-file-atomic';
import { makeFolder } from '../files/make-folder.js';

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
