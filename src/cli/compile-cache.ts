import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { Script } from 'node:vm';
import { makeFolder } from '../files/make-folder.js';
import { privateTempFolder } from '../files/cache-dir.js';
import { underStartFlags } from './run-time-flags.js';

/**
 * The bundled bin's chunks: named `<name>-<hash of the content>.js` by the build, so a cache file
 * named after a chunk can only belong to that text. The entries (`l10n.js`, the check worker)
 * carry no hash and are compiled as usual.
 */
const HASHED_CHUNK = /-[\w-]{8}\.js$/;

/**
 * A chunk that may call `import(…)`: a script compiled through `vm` has no loader for it on Node 20
 * (only an experimental one), so such a chunk is compiled as usual. The test is on the text, so a
 * string that mentions a call leaves its chunk alone too; only `import()`, which no call can be
 * (acorn's messages name it), is not counted.
 */
const DYNAMIC_IMPORT = /\bimport\s*\((?!\s*\))/;

/** What Node 22.1 and later offer themselves (`module.enableCompileCache`), absent on Node 20. */
type WithCompileCache = { enableCompileCache?: (dir?: string) => unknown };

/** The one member of Node's CommonJS loader replaced here; not in its public types. Its third argument, when given, is the file's format. */
type Compiling = { _compile(content: string, filename: string, ...rest: unknown[]): unknown };

/**
 * Where the code cache lives: `L10N_COMPILE_CACHE` when set (`0` turns the cache off), otherwise a
 * folder of this user's own in the OS temp folder, as Node 22's compile cache does. One subfolder
 * per Node version and architecture, since V8 accepts a cache only from its own build.
 */
function cacheFolder(): string | undefined {
  const setting = process.env.L10N_COMPILE_CACHE;
  if (setting === '0') return undefined;
  const base = setting || privateTempFolder('l10n-compile-cache');
  return base === undefined ? undefined : join(base, `${process.version}-${process.arch}`);
}

/**
 * Compiles the bin's own chunks from a V8 code cache kept between runs. V8 parses and compiles
 * the chunks' functions at load and then one by one as they are first called, about a sixth of a
 * small check's time; a cache written at the end of a run holds the bytecode of every function
 * that run compiled, and the next run skips that work. Node 20 has no compile cache of its own,
 * so the CommonJS loader's `_compile` is wrapped for the chunks of `binDir` (how ts-node and
 * v8-compile-cache hook it); on Node 22.1 and later Node's own cache is used instead.
 *
 * Never fails a run: a cache V8 rejects (another build, other flags, a damaged file) is compiled
 * as usual and written again, and a folder that cannot be made or written is simply not used.
 * Only files of this user's private folder (or the one they name) are read.
 */
export function useCompileCache(binDir: string): void {
  const dir = cacheFolder();
  if (dir === undefined) return;
  const nodeOwn = (Module as unknown as WithCompileCache).enableCompileCache;
  if (typeof nodeOwn === 'function') {
    nodeOwn(dir);
    return;
  }
  const loader = Module.prototype as unknown as Compiling;
  const compile = loader._compile;
  const fresh: { file: string; script: Script }[] = [];
  loader._compile = function (this: Module, content: string, filename: string, ...rest: unknown[]) {
    // Node passes a format for an ES module it loads through `require`: that stays Node's to compile.
    if (rest[0] === 'module' || dirname(filename) !== binDir || !HASHED_CHUNK.test(filename) || DYNAMIC_IMPORT.test(content)) {
      return compile.call(this, content, filename, ...rest);
    }
    const file = join(dir, `${basename(filename)}.cache`);
    const cachedData = readCache(file);
    const script = underStartFlags(() => new Script(Module.wrap(content), { filename, cachedData }));
    if (cachedData === undefined || script.cachedDataRejected === true) fresh.push({ file, script });
    const wrapper = script.runInThisContext({ displayErrors: true }) as (...args: unknown[]) => unknown;
    return wrapper.call(this.exports, this.exports, createRequire(filename), this, filename, dirname(filename));
  };
  process.once('exit', () => writeCaches(dir, fresh));
}

/** The cache file's bytes, or undefined when there is none to read. */
function readCache(file: string): Buffer | undefined {
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
}

/**
 * Writes the code cache of each chunk compiled without one, at the end of the run, so it holds the
 * functions the run compiled. Each file is written beside its final name and renamed over it, so a
 * run that starts meanwhile reads a whole cache or none. An exit handler must be synchronous.
 */
function writeCaches(dir: string, fresh: { file: string; script: Script }[]): void {
  if (fresh.length === 0) return;
  try {
    makeFolder(dir, 0o700);
  } catch {
    return;
  }
  for (const { file, script } of fresh) {
    const part = `${file}.${process.pid}`;
    try {
      // At exit the start flags are back (run-time-flags.ts), so V8 accepts this cache in every run.
      writeFileSync(part, script.createCachedData(), { mode: 0o600 });
      renameSync(part, file);
    } catch {
      // Not written (a full disk; on Windows, a file another run holds open): the next run compiles it as this one did.
      removeQuietly(part);
    }
  }
}

/** Removes a file if it can: an exit handler must not throw. */
function removeQuietly(file: string): void {
  try {
    rmSync(file, { force: true });
  } catch {
    // Left in the user's own cache folder, named after this process: harmless.
  }
}
