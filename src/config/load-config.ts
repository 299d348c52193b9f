import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { makeFolder } from '../files/make-folder.js';
import { LineIndex } from '../text/line-index.js';
import { parseJson } from '../json/parse-json.js';
import { CONFIG_ENTRY, OWN_NAME, takesDefineConfigOnly } from './own-import.js';
import { ConfigError, parseConfig } from './parse-config.js';
import { namingTheConfig } from './config-load-error.js';
import type { Config } from './schema.js';
import { loadIcuParser } from '../bundles/icu-message.js';

/** File names looked for in the root, in order. */
export const CONFIG_FILES = ['l10n.config.ts', 'l10n.config.mjs', 'l10n.config.js', 'l10n.config.json'] as const;

/** A loaded config and where it came from. */
export interface LoadedConfig {
  config: Config;
  /** Absolute path of the file, or undefined when defaults apply. */
  file: string | undefined;
}

/** A JSON config; a syntax error is reported at its line and column, as a bundle's would be. */
function readJsonConfig(file: string): unknown {
  const text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  const parsed = parseJson(text);
  if (parsed.ok) return parsed.data;
  const { line, column } = new LineIndex(text).position(parsed.offset);
  throw new ConfigError(`${file}:${line}:${column}`, [parsed.message.replace('a bundle', 'the config')]);
}

/** How long a config module may take to load before it is refused: CI must not pass on a config that hangs. */
export const CONFIG_LOAD_TIMEOUT_MS = 30_000;

/**
 * Settles as `loading` does, or fails with a ConfigError: after `ms`, or at once when the
 * process runs out of work while waiting (a top-level await on a promise nothing can settle:
 * Node would otherwise end the process with exit status 0 and the command would do nothing).
 */
function settleWithin<T>(loading: Promise<T>, file: string, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const stuck = (): void =>
      reject(new ConfigError(file, ['never finishes loading: a top-level await waits on a promise that nothing can settle']));
    const timer = setTimeout(
      () =>
        reject(
          new ConfigError(file, [`did not finish loading within ${ms / 1000} s: a top-level await is waiting on something slow or stuck`]),
        ),
      ms,
    );
    timer.unref();
    process.once('beforeExit', stuck);
    loading.then(resolve, reject).finally(() => {
      clearTimeout(timer);
      process.off('beforeExit', stuck);
    });
  });
}

/**
 * Resolves from the folder above the running file: lib/config/ of the library, or lib/bin/ of
 * the bundled bin, whose CommonJS marker (lib/bin/package.json) has no name to refer to itself
 * by, so `l10n` is found in the package's own scope either way.
 */
const ownPackage = createRequire(new URL('../', import.meta.url));

/** The file URL a bare specifier resolves to from `require`'s folder, or undefined when it resolves to nothing. */
function resolvedFrom(require: NodeJS.Require, specifier: string): string | undefined {
  try {
    return pathToFileURL(require.resolve(specifier)).href;
  } catch {
    return undefined;
  }
}

/**
 * A TypeScript config as a module Node can import: its types stripped (cached), its imports
 * made to resolve as from the config's folder, written to the cache folder (a private temporary
 * folder when that cannot be written), never into the project. The file is named by its content,
 * so that runs share it and a changed config is a new module.
 */
async function transpiledModule(file: string): Promise<{ path: string; done(): void }> {
  // Loaded here, as the helpers below: a JSON config (or none) never needs them, and node:crypto
  // and write-file-atomic (node:util, node:worker_threads, signal-exit) cost every command's start.
  const { hash } = await import('node:crypto');
  const { default: writeFileAtomic } = await import('write-file-atomic');
  const { transpileConfig } = await import('./transpile-config.js');
  const { projectCacheDir } = await import('../files/cache-dir.js');
  const { relocateConfig } = await import('./relocate-config.js');
  const cacheDir = projectCacheDir(dirname(file));
  const code = await transpileConfig(readFileSync(file, 'utf8'), file, cacheDir);
  const inProject = cacheDir?.startsWith(join(dirname(file), 'node_modules')) === true;
  const fromProject = createRequire(file);
  // From the project's node_modules, Node finds bare imports as from the config; elsewhere they are resolved here.
  // `l10n` itself (the import of defineConfig) is this running l10n when the project has not installed it (npx).
  const module = await relocateConfig(code, pathToFileURL(file).href, (specifier, statement) => {
    const found = resolvedFrom(fromProject, specifier);
    // This l10n's defineConfig from its own small module, unless the project installed another copy.
    if (
      specifier === OWN_NAME &&
      statement !== undefined &&
      takesDefineConfigOnly(statement) &&
      (found === undefined || found === resolvedFrom(ownPackage, OWN_NAME))
    )
      return resolvedFrom(ownPackage, CONFIG_ENTRY);
    if (found !== undefined) return inProject ? undefined : found;
    return specifier === OWN_NAME || specifier === CONFIG_ENTRY ? resolvedFrom(ownPackage, specifier) : undefined;
  });
  const name = `config-${hash('sha256', `${file}\0${module}`).slice(0, 32)}.mjs`;
  if (cacheDir) {
    try {
      const path = join(cacheDir, name);
      makeFolder(cacheDir);
      if (!existsSync(path)) writeFileAtomic.sync(path, module);
      return { path, done: () => undefined };
    } catch {
      // A read-only cache folder: a private temporary one below.
    }
  }
  const temp = mkdtempSync(join(tmpdir(), 'l10n-config-'));
  writeFileSync(join(temp, name), module);
  return { path: join(temp, name), done: () => rmSync(temp, { recursive: true, force: true }) };
}

/** The default export of a JavaScript or TypeScript config; a module without one is a config error. */
async function importModule(file: string, timeoutMs: number): Promise<unknown> {
  const module = file.endsWith('.ts') ? await transpiledModule(file) : { path: file, done: () => undefined };
  try {
    const mod = (await settleWithin(
      import(pathToFileURL(module.path).href).catch((error: unknown) => {
        throw namingTheConfig(error, module.path, file);
      }),
      file,
      timeoutMs,
    )) as Record<string, unknown>;
    if (!('default' in mod)) {
      const names = Object.keys(mod);
      throw new ConfigError(file, [
        `has no default export: l10n reads the config from "export default { ... }"${names.length > 0 ? ` (the file exports only ${names.join(', ')})` : ''}`,
      ]);
    }
    return mod.default;
  } finally {
    module.done();
  }
}

/**
 * Finds and loads the config: `explicit` if given, else the first of CONFIG_FILES in `root`,
 * else the defaults. Throws ConfigError for a missing explicit file, a file that fails to load
 * (or does not finish loading within `timeoutMs`), has no default export, or does not validate.
 */
export async function loadConfig(root: string, explicit?: string, options: { timeoutMs?: number } = {}): Promise<LoadedConfig> {
  const file = explicit ? resolve(root, explicit) : CONFIG_FILES.map((name) => join(root, name)).find((f) => existsSync(f));
  if (!file) return { config: parseConfig({}, '<defaults>'), file: undefined };
  if (!existsSync(file)) throw new ConfigError(explicit ?? file, ['file not found']);
  let raw: unknown;
  try {
    raw = file.endsWith('.json') ? readJsonConfig(file) : await importModule(file, options.timeoutMs ?? CONFIG_LOAD_TIMEOUT_MS);
  } catch (error) {
    if (error instanceof ConfigError) throw error;
    throw new ConfigError(file, [`cannot be loaded: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`]);
  }
  const config = parseConfig(raw, file);
  if (config.messageFormat === 'icu') await loadIcuParser();
  return { config, file };
}
