// What the punctuation rule reads of a message: its last tag, and its words apart from links and tags.

const TAG = /<[^<>]*>/g;
const LINK_END = /[^\s"'<>]*/y;

const isAlphanumeric = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isSchemeUnit = (c: number): boolean => isAlphanumeric(c) || c === 0x2b || c === 0x2e || c === 0x2d;

/**
 * Where a tag ending just before `cut` starts (`<b>`, `</b>`, `<br/>`: `<`, an optional `/`, a
 * letter or digit, no `<` or `>` inside), or -1. A scan back from the end: a regular expression
 * anchored with `$` is tried from the start of the string, once per tag peeled off.
 */
export function endTagStart(value: string, cut: number): number {
  if (value.charCodeAt(cut - 1) !== 0x3e) return -1;
  const open = value.lastIndexOf('<', cut - 2);
  if (open < 0 || value.indexOf('>', open) !== cut - 1) return -1;
  const first = value.charCodeAt(open + 1) === 0x2f ? open + 2 : open + 1;
  return first < cut - 1 && isAlphanumeric(value.charCodeAt(first)) ? open : -1;
}

/** What proseMask writes for each unit of a link or of a tag other than an end tag. */
export const HIDDEN = '\u0000';
/** What proseMask writes for each unit of an end tag (`</b>`): words before it end where it starts. */
export const END_TAG = '\u0001';

/**
 * The string with its links (`scheme://...`) and tags hidden unit for unit, so that a position in
 * it is one in the string: a link's "?" or "!" (a query string) is no question or exclamation, in
 * text or in markup. Each `://` is extended back over its scheme and forward to a space, quote or
 * bracket: a pattern that starts at every letter instead would scan a long word once per letter.
 */
export function proseMask(value: string): string {
  if (!value.includes('://') && !value.includes('<')) return value;
  let out = '';
  let from = 0;
  for (let colon = value.indexOf('://'); colon >= 0; colon = value.indexOf('://', colon + 1)) {
    let start = colon;
    while (start > from && isSchemeUnit(value.charCodeAt(start - 1))) start--;
    while (start < colon && !isLetter(value.charCodeAt(start))) start++;
    if (start === colon) continue;
    LINK_END.lastIndex = colon + 3;
    LINK_END.test(value);
    out += value.slice(from, start) + HIDDEN.repeat(LINK_END.lastIndex - start);
    from = LINK_END.lastIndex;
    colon = from - 1;
  }
  return (out + value.slice(from)).replace(TAG, (tag) => (tag.charCodeAt(1) === 0x2f ? END_TAG : HIDDEN).repeat(tag.length));
}
