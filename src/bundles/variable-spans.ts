/**
 * Finds variable spans as i18next 26's pattern `prefix(.+?)suffix` finds them: the first suffix at
 * least one character after the prefix, on the same line (`.` reads no line break); where a line
 * break comes first, the pattern tries the next position. Substring search, no regular expression
 * built from the config, no object per span: the end of the span found last is in `spanEnd`.
 */

/** Whether a UTF-16 unit is a line break, which `.` in a JavaScript pattern does not read. */
export const isLineBreak = (c: number): boolean => c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029;

/** Where the suffix of the span nextSpan found last starts. */
export let spanEnd = -1;

/** The first line break in [from, to), or -1. */
function lineBreakIn(value: string, from: number, to: number): number {
  for (let i = from; i < to; i++) if (isLineBreak(value.charCodeAt(i))) return i;
  return -1;
}

/**
 * Where the next span starts at or after `from`, or -1; its suffix starts at spanEnd. The suffix
 * and the line break found for one prefix serve the next ones they still lie after, so a run of
 * prefixes is read once, not once per prefix.
 */
export function nextSpan(value: string, from: number, prefix: string, suffix: string): number {
  let end = -1;
  let lineBreak = -1;
  for (let at = value.indexOf(prefix, from); at >= 0; at = value.indexOf(prefix, at + 1)) {
    const inner = at + prefix.length;
    if (end < inner + 1) {
      end = value.indexOf(suffix, inner + 1);
      // No suffix after this prefix: none after a later one either.
      if (end < 0) return -1;
    }
    if (lineBreak < inner) lineBreak = lineBreakIn(value, inner, end);
    if (lineBreak >= inner && lineBreak < end) continue;
    spanEnd = end;
    return at;
  }
  return -1;
}
