const DOLLAR_T = '$t(';
const LEFT = 0x28; // (
const RIGHT = 0x29; // )
const QUOTE = 0x22; // "
const APOSTROPHE = 0x27; // '

/**
 * Where the text in quotes that opens at `at` ends, past its closing quote, or -1 when the quote
 * is never closed.
 */
function pastQuoted(value: string, at: number): number {
  const close = value.indexOf(value.charAt(at), at + 1);
  return close < 0 ? -1 : close + 1;
}

/**
 * The end, past its `)`, of the nesting that i18next 26 reads from the `$t(` at `at`, or -1 when
 * none is read there. i18next's pattern takes, up to the first `)`, any character but `(`, `)`
 * and quotes, text in double or single quotes, and one level of parentheses holding the same
 * but parentheses; each of those has one way to match, so the first `)` outside them ends it,
 * and anything else (an unclosed quote, a second level) means no nesting starts here.
 */
function nestingEnd(value: string, at: number): number {
  let i = at + DOLLAR_T.length;
  let depth = 0;
  while (i < value.length) {
    const c = value.charCodeAt(i);
    if (c === RIGHT) {
      if (depth === 0) return i + 1;
      depth = 0;
      i++;
    } else if (c === LEFT) {
      if (depth === 1) return -1;
      depth = 1;
      i++;
    } else if (c === QUOTE || c === APOSTROPHE) {
      i = pastQuoted(value, i);
      if (i < 0) return -1;
    } else i++;
  }
  return -1;
}

/**
 * The `$t(...)` nestings of a message as i18next 26 finds them, as offsets in pairs: the start
 * of each `$t(` and the end past its `)`, `[start, end, start, end, ...]`. Matches i18next's
 * nesting pattern, one search after another, without the pattern's match objects: a `$t(` with
 * none read from it is passed over, and the next search starts where a nesting ends.
 */
export function nestingSpans(value: string): number[] {
  const spans: number[] = [];
  for (let at = value.indexOf(DOLLAR_T); at >= 0;) {
    const end = nestingEnd(value, at);
    if (end < 0) at = value.indexOf(DOLLAR_T, at + 1);
    else {
      spans.push(at, end);
      at = value.indexOf(DOLLAR_T, end);
    }
  }
  return spans;
}

/**
 * Where the next comma that spaces (not line breaks) separate from a `{` begins and ends, from
 * `from` on: the separator i18next 26 splits a nesting's key from its options at (`,[ ]*{`).
 */
function optionsSeparator(text: string, from: number): { start: number; end: number } | undefined {
  for (let comma = text.indexOf(',', from); comma >= 0; comma = text.indexOf(',', comma + 1)) {
    let end = comma + 1;
    while (text.charCodeAt(end) === 0x20) end++;
    if (text.charCodeAt(end) === 0x7b) return { start: comma, end: end + 1 };
  }
  return undefined;
}

/**
 * Splits what a `$t(...)` holds as i18next 26 does: options are what follows the first comma
 * that spaces (not line breaks) separate from a `{`, up to the next such comma, and formatters
 * follow the last `}` (or, without options, the first comma: `$t(key, uppercase)` looks up `key`).
 */
export function splitNesting(inside: string): { key: string; options: string } {
  let text = inside;
  // i18next tests /{.*}/s: a `{` with a `}` somewhere after it (found here without rescanning from each `{`).
  const close = text.lastIndexOf('}');
  const end = close > 0 && text.lastIndexOf('{', close) >= 0 ? close + 1 : text.indexOf(',');
  if (end !== -1) text = text.slice(0, end);
  text = text.trim();
  if (!text.includes(',')) return { key: text, options: '' };
  // As i18next's split(/,[ ]*{/): the key before the first separator, the options up to the second.
  const first = optionsSeparator(text, 0);
  // No separator: i18next's options are then `{${undefined}`, which no JSON.parse reads.
  if (!first) return { key: text, options: '{undefined' };
  const second = optionsSeparator(text, first.end);
  return { key: text.slice(0, first.start), options: `{${text.slice(first.end, second?.start)}` };
}
