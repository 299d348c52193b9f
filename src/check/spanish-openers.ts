// Which "?" and "!" of a Spanish string close a question or an exclamation, and need their "¿" or "¡".
import { END_TAG, HIDDEN, proseMask } from './prose-text.js';
import { CLOSING_MARKS } from './punctuation-conventions.js';

const WORD = /[\p{L}\p{M}\p{N}]/u;
/** What may follow a closing mark: nothing, a space, a closing quote or bracket, a tag or link, another mark. */
const AFTER_CLOSE = new Set([...CLOSING_MARKS, HIDDEN, END_TAG, ...'.,;:?!…']);

/** Whether the character that ends just before `at` (a surrogate pair read whole) is a letter, mark or digit. */
function wordBefore(text: string, at: number): boolean {
  const low = text.charCodeAt(at - 1);
  const start = low >= 0xdc00 && low <= 0xdfff && at >= 2 ? at - 2 : at - 1;
  return WORD.test(String.fromCodePoint(text.codePointAt(start) as number));
}

/**
 * Whether the mark at `at` in a masked string closes words: after a letter or digit (through
 * closing quotes, brackets and end tags: `“hola”?`, `<b>Hola</b>!`) and before nothing, a space or
 * another closer. A lone or quoted mark (`«?»`, `"?"`, `<code>?</code>`) and one glued before a
 * word (`!func2`, a negation) close no sentence.
 */
function closesWords(text: string, at: number): boolean {
  let before = at;
  while (before > 0 && (CLOSING_MARKS.has(text.charAt(before - 1)) || text.charAt(before - 1) === END_TAG)) before--;
  if (before === 0 || !wordBefore(text, before)) return false;
  const next = text.charAt(at + 1);
  return next === '' || /\s/.test(next) || AFTER_CLOSE.has(next);
}

/**
 * Where a Spanish string's first question (`close` "?", `open` "¿") or exclamation ("!", "¡")
 * lacks its opening mark, or -1: each "?" that closes words takes one "¿" written before it. Links
 * and tags are not read (a query string's "?" is none).
 */
export function unopened(value: string, close: string, open: string): number {
  // Most strings have no such mark: they are not masked nor read unit by unit.
  if (!value.includes(close)) return -1;
  const text = proseMask(value);
  let opened = 0;
  for (let at = 0; at < text.length; at++) {
    const unit = text.charAt(at);
    if (unit === open) opened++;
    else if (unit === close && closesWords(text, at)) {
      if (opened === 0) return at;
      opened--;
    }
  }
  return -1;
}
