// Helpers for scanning a text JSON.parse accepted: a `"` always opens a string, an escape is
// always two characters and only JSON whitespace stands between tokens. No regular
// expression, so a scan makes no match arrays or token strings.

/** Whether a UTF-16 unit is JSON whitespace (space, tab, line feed, carriage return). */
export const isJsonSpace = (code: number): boolean => code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09;

/** Just past the closing quote of the string whose opening quote is at `open`. */
export function stringEnd(text: string, open: number): number {
  for (let from = open + 1; ;) {
    const quote = text.indexOf('"', from);
    if (quote < 0) return text.length;
    let backslashes = 0;
    while (text.charCodeAt(quote - 1 - backslashes) === 0x5c) backslashes++;
    if (backslashes % 2 === 0) return quote + 1;
    from = quote + 1;
  }
}

/** The offset of the next string or bracket at or after `from`, or -1 at the end of the text. */
export function nextToken(text: string, from: number): number {
  for (let at = from; at < text.length; at++) {
    const code = text.charCodeAt(at);
    if (code === 0x22 || code === 0x7b || code === 0x7d || code === 0x5b || code === 0x5d) return at;
  }
  return -1;
}

/** Just past the number or literal (`true`, `false`, `null`) that starts at `at`: at the next delimiter. */
export function literalEnd(text: string, at: number): number {
  let end = at;
  while (end < text.length) {
    const code = text.charCodeAt(end);
    if (code === 0x2c || code === 0x5d || code === 0x7d || isJsonSpace(code)) break;
    end++;
  }
  return end;
}

/** Where the colon after a string that ends at `end` is, or -1 when the string is not a key. */
export function colonAfter(text: string, end: number): number {
  let at = end;
  while (isJsonSpace(text.charCodeAt(at))) at++;
  return text.charCodeAt(at) === 0x3a ? at : -1;
}

/** Whether `text` has a backslash between `start` and `end`. */
export function holdsBackslash(text: string, start: number, end: number): boolean {
  for (let at = start; at < end; at++) if (text.charCodeAt(at) === 0x5c) return true;
  return false;
}

/** The value of the string token from `start` to `end` (quotes included). */
export function unquote(text: string, start: number, end: number): string {
  return holdsBackslash(text, start + 1, end - 1) ? (JSON.parse(text.slice(start, end)) as string) : text.slice(start + 1, end - 1);
}

/**
 * The offset in `text` of the unit at `index` of the decoded value of the string token whose
 * opening quote is at `open` (an escape such as `\n` or `\u00e9` is one unit written with two or six).
 */
export function rawOffset(text: string, open: number, index: number): number {
  let at = open + 1;
  for (let unit = 0; unit < index && at < text.length; unit++) {
    if (text.charCodeAt(at) !== 0x5c) at++;
    else at += text.charCodeAt(at + 1) === 0x75 ? 6 : 2;
  }
  return at;
}
