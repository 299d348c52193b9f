import { braceBlock } from './script-text.js';

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

/**
 * The calls of i18next's init in a setup's text (comments blanked out): `.init({...})`
 * (`i18n.use(x).init({...})`), `i18next.init(...)` or `i18n.init(...)` with any argument, and
 * `createInstance({...})`. A method of that name (a backend plugin's `init(services, options) {`)
 * or a call of one (`this.init(services, options)`) is none: it gives i18next no option.
 */
export function findInitCalls(text: string): InitCall[] {
  const calls: InitCall[] = [];
  for (const match of text.matchAll(INIT_CALL)) {
    const opening = match.index + match[0].length;
    const options = text[opening] === '{' ? braceBlock(text, opening) : undefined;
    if (options !== undefined || /^i18n/.test(match[0])) calls.push({ at: match.index, argument: opening, options });
  }
  return calls;
}
