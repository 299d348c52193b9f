import { existsSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { LineIndex } from '../bundles/line-index.js';
import { parseBundle } from '../bundles/parse-bundle.js';
import { ConfigError, parseConfig } from './parse-config.js';
import type { Config } from './schema.js';

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
  const parsed = parseBundle(text);
  if (parsed.ok) return parsed.data;
  const { line, column } = new LineIndex(text).position(parsed.offset);
  throw new ConfigError(`${file}:${line}:${column}`, [parsed.message.replace('a bundle', 'the config')]);
}

async function importModule(file: string): Promise<unknown> {
  if (!file.endsWith('.ts')) {
    const mod = (await import(pathToFileURL(file).href)) as { default?: unknown };
    return mod.default;
  }
  // Node 20 cannot import TypeScript: strip the types into a sibling module so that relative
  // imports in the config still resolve, import it, and remove it. The transpiler's cache (hashes,
  // atomic writes) is loaded only here: a JSON or JavaScript config does not pay for it.
  const { transpileConfig } = await import('./transpile-config.js');
  const { projectCacheDir } = await import('../files/cache-dir.js');
  const code = await transpileConfig(readFileSync(file, 'utf8'), file, projectCacheDir(dirname(file)));
  const temp = join(dirname(file), `.${basename(file)}.${process.pid}.${Date.now()}.mjs`);
  writeFileSync(temp, code);
  try {
    const mod = (await import(pathToFileURL(temp).href)) as { default?: unknown };
    return mod.default;
  } finally {
    unlinkSync(temp);
  }
}

/**
 * Finds and loads the config: `explicit` if given, else the first of CONFIG_FILES in `root`,
 * else the defaults. Throws ConfigError for a missing explicit file, a file that fails to load,
 * or one that does not validate.
 */
export async function loadConfig(root: string, explicit?: string): Promise<LoadedConfig> {
  const file = explicit ? resolve(root, explicit) : CONFIG_FILES.map((name) => join(root, name)).find((f) => existsSync(f));
  if (!file) return { config: parseConfig({}, '<defaults>'), file: undefined };
  if (!existsSync(file)) throw new ConfigError(explicit ?? file, ['file not found']);
  let raw: unknown;
  try {
    raw = file.endsWith('.json') ? readJsonConfig(file) : await importModule(file);
  } catch (error) {
    if (error instanceof ConfigError) throw error;
    throw new ConfigError(file, [`cannot be loaded: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`]);
  }
  return { config: parseConfig(raw, file), file };
}
