// The modules an i18next setup imports its options from, as its bundler resolves a relative specifier, read as text.
import { posix } from 'node:path';
import { escapeName } from './script-text.js';

/** A name a script imports: the module it names and the name the binding has there (`default` for a default import). */
export interface ImportedName {
  specifier: string;
  imported: string;
}

/** The extensions a bundler tries, in its order, for a specifier without one (and for an index file). */
const EXTENSIONS = ['.ts', '.tsx', '.js', '.jsx', '.mjs', '.cjs', '.mts', '.cts'];

/** A script's name (`.ts`, `.mjs`, `.tsx`, ...): where an app's i18next setup and the modules it imports can be. */
export const SCRIPT = /\.(?:[cm]?[jt]s|[jt]sx)$/;

/** The file a relative specifier of `from` names, from the root; undefined for a package or an alias (`@/locales`), which is the bundler's. */
export const relativeFile = (from: string, specifier: string): string | undefined =>
  /^\.\.?\//.test(specifier) ? posix.normalize(posix.join(posix.dirname(from), specifier)) : undefined;

/** TypeScript's spelling of an import that names the compiled file (`./options.js` for `options.ts`). */
const COMPILED = { '.js': ['.ts', '.tsx'], '.jsx': ['.tsx'], '.mjs': ['.mts'], '.cjs': ['.cts'] } as Record<string, string[]>;

/** Every static import declaration of a text: its bindings as written, and its specifier. */
const IMPORTS = /\bimport\s+(?:type\s+)?([^'";]*?)\s*from\s*["']([^"']+)["']/g;

/**
 * The import that binds `local` in a script (`import sharedConfig from './shared.mjs'`, `import {
 * i18nOptions as options } from './options'`, `import * as all from './options'` as `*`), if one does.
 */
export function importedName(text: string, local: string): ImportedName | undefined {
  for (const [, bindings = '', specifier = ''] of text.matchAll(IMPORTS)) {
    const braces = /\{([^}]*)\}/.exec(bindings)?.[1];
    const outside = bindings.replace(/\{[^}]*\}/, '');
    if (new RegExp(`^\\s*${escapeName(local)}\\s*(?:,|$)`).test(outside)) return { specifier, imported: 'default' };
    if (new RegExp(`\\*\\s*as\\s+${escapeName(local)}\\b`).test(outside)) return { specifier, imported: '*' };
    for (const item of braces?.split(',') ?? []) {
      const [name, alias] = item
        .replace(/^\s*type\s+/, '')
        .split(/\s+as\s+/)
        .map((part) => part.trim());
      if ((alias ?? name) === local && name) return { specifier, imported: name };
    }
  }
  return undefined;
}

/** The relative specifiers of a script's static imports, but a JSON file's (a bundle, not options). */
export function relativeSpecifiers(text: string): string[] {
  return [...text.matchAll(IMPORTS)]
    .map((match) => match[2] ?? '')
    .filter((specifier) => /^\.\.?\//.test(specifier) && !/\.json$/.test(specifier));
}

/**
 * The script a relative specifier of `from` names among the files `exists` knows, as a bundler
 * resolves it: the path as written, its TypeScript source (`./options.js` for `options.ts`), the
 * path with each extension, then its index file; undefined for a package or alias (`@app/`), or a
 * module outside the project.
 */
export function resolveModule(from: string, specifier: string, exists: (path: string) => boolean): string | undefined {
  const path = relativeFile(from, specifier)?.replace(/\/$/, '');
  if (path === undefined || path.startsWith('../')) return undefined;
  const extension = posix.extname(path);
  const candidates = [
    path,
    ...(COMPILED[extension] ?? []).map((source) => path.slice(0, -extension.length) + source),
    ...EXTENSIONS.map((each) => path + each),
    ...EXTENSIONS.map((each) => `${path}/index${each}`),
  ];
  return candidates.find((candidate) => SCRIPT.test(candidate) && exists(candidate));
}

/**
 * The modules the setup scripts among `files` import by a relative specifier (headlamp's
 * `import sharedConfig from './i18nextSharedConfig.mjs'`), one level, that are not among them: init
 * reads them too, for the option values a setup takes from them.
 */
export function importedModules(files: readonly string[], texts: ReadonlyMap<string, string>, paths: readonly string[]): string[] {
  const known = new Set(paths);
  const modules = new Set<string>();
  for (const file of files.filter((each) => SCRIPT.test(each)))
    for (const specifier of relativeSpecifiers(texts.get(file) ?? '')) {
      const module = resolveModule(file, specifier, (path) => known.has(path));
      if (module !== undefined && !texts.has(module)) modules.add(module);
    }
  return [...modules];
}
