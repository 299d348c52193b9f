import { braceBlock, escapeName } from './script-text.js';

/** One call of i18next's own init in a setup's text, with its options object as written, when it is one. */
export interface InitCall {
  /** Where the call starts (its `.init` or `createInstance`). */
  at: number;
  /** Where its first argument starts. */
  argument: number;
  /** The options object literal, to its matching brace; undefined when the options are a variable. */
  options?: string;
}

/**
 * Calls that may be i18next's init: `.init(`, `i18next.init(` or `i18n.init(`, `createInstance(`,
 * with TypeScript's type arguments too (SahajAtlasWeb's `.init<HttpBackendOptions>({`).
 * findInitCalls keeps those that are.
 */
const INIT_CALL = /(?:\bi18n(?:ext)?\s*\.\s*init|\.init|\bcreateInstance)\s*(?:<[^<>()]*>\s*)?\(\s*/g;

/** A named import from i18next (`import i18next, { init, t } from 'i18next'`): the names inside its braces. */
const NAMED_IMPORT = /\bimport\s+(?:[\w$]+\s*,\s*)?\{([^}]*)\}\s*from\s*["']i18next["']/g;

/**
 * The name under which a setup imports i18next's own init as a function (`import { init } from
 * 'i18next'`, `{ init as initI18n }`), if it does.
 */
function importedInit(text: string): string | undefined {
  for (const [, names] of text.matchAll(NAMED_IMPORT))
    for (const name of (names as string).split(',')) {
      const alias = /^\s*init(?:\s+as\s+([\w$]+))?\s*$/.exec(name);
      if (alias) return alias[1] ?? 'init';
    }
  return undefined;
}

/**
 * Whether a `.init(` at `at` is called on what a `.use(...)` returns (`instance.use(initReactI18next).init(options)`):
 * i18next's plugin chain, whatever the instance is named, so options passed as a variable count too.
 */
function afterUse(text: string, at: number): boolean {
  return /\.use\s*\((?:[^()]|\([^()]*\))*\)\s*$/.test(text.slice(Math.max(0, at - 300), at));
}

/**
 * The calls of i18next's init in a setup's text (comments blanked out): `.init({...})`
 * (`i18n.use(x).init({...})`), `i18next.init(...)`, `i18n.init(...)` or `.use(x).init(...)` with any argument,
 * `createInstance({...})`, and `init({...})` where the setup imports init from i18next
 * (youtube-music's `import { init } from 'i18next'`). A method of that name (a backend plugin's
 * `init(services, options) {`) or a call of one (`this.init(services, options)`) is none: it gives
 * i18next no option.
 */
export function findInitCalls(text: string): InitCall[] {
  const calls: InitCall[] = [];
  const imported = importedInit(text);
  const byImport = imported === undefined ? undefined : `(?<![\\w$.])${escapeName(imported)}\\s*\\(\\s*`;
  const pattern = byImport === undefined ? INIT_CALL : new RegExp(`${INIT_CALL.source}|${byImport}`, 'g');
  for (const match of text.matchAll(pattern)) {
    const opening = match.index + match[0].length;
    const options = text[opening] === '{' ? braceBlock(text, opening) : undefined;
    const named = /^i18n/.test(match[0]) || (imported !== undefined && match[0].startsWith(imported)) || afterUse(text, match.index);
    if (options !== undefined || named) calls.push({ at: match.index, argument: opening, options });
  }
  return calls;
}
