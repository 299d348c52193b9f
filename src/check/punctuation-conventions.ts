// Where a language's own orthography ends a string otherwise than its source, and rightly so.

/** Languages whose writing has no full stop: a sentence ends with a space, or nothing (Thai, Lao). */
const NO_FULL_STOP = new Set(['th', 'lo']);

/**
 * Languages that write an ordinal number with a period (de "am 3.", hu "Fő utca 123.", fi "3.
 * kerros"): a "." right after a digit ends no sentence. After a variable it may (cs "kolekce
 * {{name}}." is a sentence), so that one still counts.
 */
const ORDINAL_PERIOD = new Set('de da nb nn no fi cs sk sl hr sr bs hu tr et lv is fo'.split(' '));

const isDigit = (code: number): boolean => code >= 0x30 && code <= 0x39;
const CLOSERS = ' \t\n\r\u00a0"\'”’»)]}*_」』）';

/**
 * Whether a translation ending in `ours` (a mark as markOf reads it, '' for none) where its source
 * ends in `theirs` follows its language's orthography rather than losing or adding a mark: Thai
 * without the source's ".", or an ordinal period after a digit where the source ends with none.
 */
export function orthographicEnding(language: string, value: string, ours: string, theirs: string): boolean {
  if (ours === '' && theirs === '.') return NO_FULL_STOP.has(language);
  if (ours !== '.' || theirs !== '' || !ORDINAL_PERIOD.has(language)) return false;
  // The period as writtenMark found it, behind closing tags (`</2>` holds a digit), quotes and brackets:
  // a scan back from the end, never a pattern tried from every position.
  let end = value.length;
  for (;;) {
    while (end > 0 && CLOSERS.includes(value.charAt(end - 1))) end--;
    const open = value.charAt(end - 1) === '>' ? value.lastIndexOf('<', end - 1) : -1;
    if (open < 0) break;
    end = open;
  }
  return value.charAt(end - 1) === '.' && isDigit(value.charCodeAt(end - 2));
}
