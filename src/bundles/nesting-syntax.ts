// What i18next 26 takes as one `$t(...)`, its own pattern: up to the first `)` outside quotes and
// outside one level of parentheses, so `$t(k, {"context": "a(b)"})` is whole.
const QUOTED = `"[^"]*"|'[^']*'`;
const UNQUOTED = `[^()"']`;
const IN_PARENTHESES = `\\((?:${UNQUOTED}|${QUOTED})*\\)`;
const NESTING = new RegExp(`\\$t\\(((?:${UNQUOTED}|${QUOTED}|${IN_PARENTHESES})*?)\\)`, 'g');

/**
 * The `$t(...)` nestings of a message as i18next 26 finds them, as offsets in pairs: the start
 * of each `$t(` and the end past its `)`, `[start, end, start, end, ...]`. One search after
 * another with the one pattern, as i18next's nest() runs it: no clone of the pattern, no
 * iterator, as matchAll makes for every message.
 */
export function nestingSpans(value: string): number[] {
  const spans: number[] = [];
  NESTING.lastIndex = 0;
  for (let match = NESTING.exec(value); match !== null; match = NESTING.exec(value)) spans.push(match.index, NESTING.lastIndex);
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
