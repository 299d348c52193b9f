/**
 * Limits on what the markdown parser is given. remark (micromark) and the page pipeline after it
 * are slower than linear on a few shapes no article needs: block containers nested deep on one
 * line (1,500 `>` overflowed the stack of the page renderer; `- ` repeated costs seconds per
 * thousand lines), a run of emphasis markers thousands long (`*` x 40,000 around a letter ran
 * for minutes), and a paragraph of thousands of unclosed `[`. One linear scan finds them first.
 */

/** Block containers (`>` quotes, list items) one line may open. */
export const MAX_CONTAINER_DEPTH = 32;
/** The longest run of one emphasis marker (`*` or `_`) outside a line of only markers (a thematic break). */
export const MAX_DELIMITER_RUN = 64;
/** The most `[` one paragraph may hold. */
export const MAX_BRACKETS_PER_PARAGRAPH = 1000;

/** Where a markdown body goes past a limit: the UTF-16 offset in the body, and why. */
export interface MarkdownLimit {
  offset: number;
  message: string;
}

const isBlank = (c: number): boolean => c === 0x20 || c === 0x09;
const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;

/** The offset where a line's container markers pass the limit, or -1: `>`, `-`, `*`, `+`, `1.` or `1)` before a space. */
function tooDeep(body: string, start: number, end: number): number {
  let depth = 0;
  let at = start;
  for (;;) {
    while (at < end && isBlank(body.charCodeAt(at))) at++;
    const c = body.charCodeAt(at);
    let next = -1;
    if (c === 0x3e) next = at + 1;
    else if ((c === 0x2d || c === 0x2a || c === 0x2b) && isBlank(body.charCodeAt(at + 1))) next = at + 1;
    else if (isDigit(c)) {
      let digits = at;
      while (digits < end && digits - at < 9 && isDigit(body.charCodeAt(digits))) digits++;
      const mark = body.charCodeAt(digits);
      if ((mark === 0x2e || mark === 0x29) && isBlank(body.charCodeAt(digits + 1))) next = digits + 1;
    }
    if (next < 0 || at >= end) return -1;
    if (++depth > MAX_CONTAINER_DEPTH) return at;
    at = next;
  }
}

/** Whether a line holds only one marker character and blanks (`***`, `_ _ _`): a thematic break, no emphasis. */
function onlyMarkers(body: string, start: number, end: number, marker: number): boolean {
  for (let at = start; at < end; at++) {
    const c = body.charCodeAt(at);
    if (c !== marker && !isBlank(c)) return false;
  }
  return true;
}

/**
 * The first place a markdown body goes past one of the limits above, or undefined. One pass over
 * the body, line by line; a blank line ends a paragraph.
 */
export function markdownLimit(body: string): MarkdownLimit | undefined {
  let brackets = 0;
  for (let start = 0; start <= body.length; ) {
    const newline = body.indexOf('\n', start);
    const end = newline < 0 ? body.length : newline;
    const deep = tooDeep(body, start, end);
    if (deep >= 0) return { offset: deep, message: `more than ${MAX_CONTAINER_DEPTH} quotes or list items nested on one line: the page renderer would run out of stack or time; flatten them` };
    let blank = true;
    let markerLine: boolean | undefined;
    for (let at = start; at < end; at++) {
      const c = body.charCodeAt(at);
      if (!isBlank(c) && c !== 0x0d) blank = false;
      if (c === 0x5b && ++brackets > MAX_BRACKETS_PER_PARAGRAPH) return { offset: at, message: `more than ${MAX_BRACKETS_PER_PARAGRAPH} "[" in one paragraph: the markdown parser slows down with each one left open; split the paragraph` };
      if (c !== 0x2a && c !== 0x5f) continue;
      let run = at;
      while (run < end && body.charCodeAt(run) === c) run++;
      if (run - at > MAX_DELIMITER_RUN && !(markerLine ??= onlyMarkers(body, start, end, c))) {
        return { offset: at, message: `a run of ${run - at} "${String.fromCharCode(c)}" (more than ${MAX_DELIMITER_RUN}): the markdown parser slows down faster than the run grows; shorten it or escape it` };
      }
      at = run - 1;
    }
    if (blank) brackets = 0;
    start = end + 1;
  }
  return undefined;
}
