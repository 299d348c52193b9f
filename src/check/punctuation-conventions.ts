// Where a language's own orthography ends a string otherwise than its source, and rightly so.
import { endsWithAbbreviation } from './final-abbreviation.js';
import { endTagStart } from './prose-text.js';

/** Languages whose writing has no full stop: a sentence ends with a space, or nothing (Thai, Lao). */
const NO_FULL_STOP = new Set(['th', 'lo']);

/**
 * Languages that write an ordinal number with a period (de "am 3.", hu "Fő utca 123.", fi "3.
 * kerros"): a "." right after a digit ends no sentence. After a variable it may (cs "kolekce
 * {{name}}." is a sentence), so that one still counts.
 */
const ORDINAL_PERIOD = new Set('de da nb nn no fi cs sk sl hr sr bs hu tr et lv is fo'.split(' '));

const isDigit = (code: number): boolean => code >= 0x30 && code <= 0x39;
/** Closing quotes, brackets and emphasis after a final mark ("Hello." in quotes, 「世界。」). */
export const CLOSING_MARKS: ReadonlySet<string> = new Set([...'"\'”’“‘»)]}*_」』）］｝】〕》〉｣']);
/** What is looked through after a final mark: closing marks and white space. */
const CLOSERS = new Set([...CLOSING_MARKS, ...' \t\n\r\u00a0']);

/**
 * Where a string's text ends: before the closing quotes, brackets, emphasis and end tags after it.
 * A scan back from the end, never a pattern tried from every position.
 */
export function textEnd(value: string): number {
  let cut = value.length;
  for (;;) {
    while (cut > 0 && CLOSERS.has(value.charAt(cut - 1))) cut--;
    const tag = endTagStart(value, cut);
    if (tag < 0) return cut;
    cut = tag;
  }
}

/**
 * The Tibetan shad and double shad. Tibetan has no question or exclamation mark: a question ends
 * with its particle and the shad (bo "བསལ་དམ།" for "Clear?"), and a label takes one too ("ཡི་གེ།").
 */
const SHADS = new Set(['།', '༎']);
/** ག, after which Tibetan leaves the shad out ("མི་འདུག" for "Nothing yet."). */
const GA = 'ག';
const isTibetan = (code: number): boolean => code >= 0x0f00 && code <= 0x0fff;

/** Abbreviations whose dot may end a bracket's text (`etc`, `e.g`: their letters and inner dots, lower case). */
const ABBREVIATIONS = new Set(['etc', 'e.g', 'i.e', 'approx', 'vs', 'incl', 'cf']);
const CLOSING_BRACKETS = new Set([...')]）］']);
const isAbbreviationUnit = (code: number): boolean => (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || code === 0x2e;

/**
 * Whether a string's final "." closes an abbreviation right before a closing bracket ("Images
 * (JPG, PNG, etc.)"): the dot is the abbreviation's, not a full stop, since a sentence around the
 * bracket would end after it ("(JPG, PNG, etc.)."). A bracket that ends with a full stop of its
 * own ("(See below.)") is no abbreviation, and a bare "etc." at the end may be a full stop too
 * (English writes one dot for both): both still count.
 */
function abbreviationInBracket(value: string): boolean {
  const end = textEnd(value);
  if (value.charAt(end - 1) !== '.' || !CLOSING_BRACKETS.has(value.charAt(end))) return false;
  let start = end - 1;
  while (start > 0 && isAbbreviationUnit(value.charCodeAt(start - 1))) start--;
  return ABBREVIATIONS.has(value.slice(start, end - 1).toLowerCase());
}

/** How a translation and its source end, as punctuation-parity read them. */
export interface Endings {
  /** The translation's language (`th`, `de`). */
  language: string;
  value: string;
  /** Its final mark as written (`။`, `...`), '' for none. */
  written: string;
  /** That mark as one of `.:?!…` (`។` is `.`), '' for none. */
  mark: string;
  sourceValue: string;
  sourceMark: string;
}

/**
 * Whether a translation's final mark, other than its source's, follows its language's orthography
 * rather than losing or adding one: Tibetan's shad for any mark but "…" (none after ག, a "." for
 * "?" or "!"), an abbreviation's dot before a closing bracket against none or "…", Thai without the
 * source's ".", an abbreviation's dot where the source ends with none (see endsWithAbbreviation),
 * Burmese ။ for "?" or "!", Armenian ։ (or ":") for "?" or "!" where ՞ or ՜ marks a word, and ":"
 * for its full stop, a Japanese question closed by か。, or an ordinal period
 * after a digit where the source ends with no mark and no number (de "am 3." for "on the 3rd"; for
 * "version 5", "Version 5." ends a sentence).
 */
export function orthographicEnding({ language, value, written, mark, sourceValue, sourceMark }: Endings): boolean {
  // Where the translation's text ends, behind closing tags (`</2>` holds a digit), quotes and brackets.
  const end = textEnd(value);
  // Tibetan, known by its script (zh-BO folders hold it too): the shad, or none after ག, closes a
  // sentence, a question, an exclamation or a label alike, and a "." in its place closes a question.
  if (SHADS.has(written)) return sourceMark !== '…';
  if (mark === '' && value.charAt(end - 1) === GA) return sourceMark !== '…';
  if (written === '.' && (sourceMark === '?' || sourceMark === '!') && isTibetan(value.charCodeAt(end - 2))) return true;
  // An abbreviation's dot before a closing bracket is no full stop: the other side may end with one,
  // none, or an ellipsis ("(JPG, PNG...)" for "etc.").
  if (sourceMark === '.' && (mark === '' || mark === '…') && abbreviationInBracket(sourceValue)) return true;
  if (mark === '.' && (sourceMark === '' || sourceMark === '…') && abbreviationInBracket(value)) return true;
  // An abbreviation's own dot where the source ends with none: "Макс." for "Max", de "{{t}} Std." for "{{t}}h".
  if (written === '.' && sourceMark === '' && endsWithAbbreviation(value, end, language)) return true;
  if (mark === '' && sourceMark === '.') return NO_FULL_STOP.has(language);
  // Burmese ends a question and an exclamation with ။ too: the words say which.
  if (written === '။') return sourceMark === '?' || sourceMark === '!';
  // Armenian ends every sentence with its full stop ։, often typed as ":" (DocSpace hy-AM), and marks a
  // question or an exclamation on the word it bears on (՞, ՜: "Ջնջե՞լ այս սենյակը։" for "Delete this room?").
  if (language === 'hy' && (mark === '.' || mark === ':')) {
    if (sourceMark === '.' || sourceMark === '') return written === ':' && sourceMark === '.';
    return (sourceMark === '?' && value.includes('՞')) || (sourceMark === '!' && value.includes('՜'));
  }
  // Japanese asks with the particle か and ends the question with 。 as often as with ？.
  if (language === 'ja' && written === '。' && sourceMark === '?') return value.charAt(end - 2) === 'か';
  const source = sourceValue.trimEnd();
  if (mark !== '.' || sourceMark !== '' || !ORDINAL_PERIOD.has(language) || isDigit(source.charCodeAt(source.length - 1))) return false;
  // The period as writtenMark found it.
  return value.charAt(end - 1) === '.' && isDigit(value.charCodeAt(end - 2));
}
