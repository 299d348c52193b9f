import type { KeySpan } from './index-positions.js';
import { colonAfter, holdsBackslash, isJsonSpace, literalEnd, nextToken, stringEnd, unquote } from './json-scan.js';

// Where the scan is: the offset just past what it last read.
let cursor = 0;

/** Whether `text` holds `part` from `at`. */
function holds(text: string, at: number, part: string, length: number): boolean {
  for (let i = 0; i < length; i++) if (text.charCodeAt(at + i) !== part.charCodeAt(i)) return false;
  return true;
}

/**
 * How a key token names `rest`: 'exact', 'deeper' when `rest` continues past it with the
 * separator, or undefined. A name without escapes is compared in place, with no string made.
 */
function nameMatch(text: string, keyStart: number, keyEnd: number, rest: string, sep: string | undefined): 'exact' | 'deeper' | undefined {
  const length = keyEnd - keyStart - 2;
  if (!holdsBackslash(text, keyStart + 1, keyEnd - 1)) {
    if (length === rest.length) return holds(text, keyStart + 1, rest, length) ? 'exact' : undefined;
    return sep !== undefined && rest.startsWith(sep, length) && holds(text, keyStart + 1, rest, length) ? 'deeper' : undefined;
  }
  const name = JSON.parse(text.slice(keyStart, keyEnd)) as string;
  if (name === rest) return 'exact';
  return sep !== undefined && rest.startsWith(name + sep) ? 'deeper' : undefined;
}

/**
 * Finds one key in a text JSON.parse accepted, without indexing the others: at each object
 * it follows only the property that starts the rest of the key (a name may itself hold the
 * separator) and skips every other value by bracket depth. For a file with one or two
 * findings this is far cheaper than indexPositions; the key `''` is the root object.
 * The last occurrence wins, as in JSON.parse; when the caller knows the text writes no key
 * twice and no name holds the separator (`unique`), the first is the only one and the scan stops there.
 */
export function findKey(text: string, key: string, keySeparator: string | false, unique = false): KeySpan | undefined {
  // Without a separator a nested value's key joins its names with "." (as indexPositions and the walk do).
  const sep = keySeparator === false ? '.' : keySeparator;
  cursor = 0;
  let at = nextToken(text, cursor);
  while (at >= 0 && text.charCodeAt(at) !== 0x7b) {
    cursor = text.charCodeAt(at) === 0x22 ? stringEnd(text, at) : at + 1;
    at = nextToken(text, cursor);
  }
  if (at < 0) return undefined;
  cursor = at + 1;
  if (key === '') return { keyStart: at, keyEnd: at, valueStart: at, valueEnd: at + 1 };
  return searchObject(text, key, sep, unique);
}

/** Scans the object whose `{` was just read; returns the span of `rest` inside it, or undefined. */
function searchObject(text: string, rest: string, sep: string | undefined, unique: boolean): KeySpan | undefined {
  let found: KeySpan | undefined;
  for (let keyStart = nextToken(text, cursor); keyStart >= 0; keyStart = nextToken(text, cursor)) {
    const code = text.charCodeAt(keyStart);
    cursor = keyStart + 1;
    if (code === 0x7d) return found;
    if (code !== 0x22) continue;
    const keyEnd = stringEnd(text, keyStart);
    const colon = colonAfter(text, keyEnd);
    cursor = keyEnd;
    if (colon < 0) continue;
    cursor = colon + 1;
    const match = nameMatch(text, keyStart, keyEnd, rest, sep);
    const value = valueAfter(text, keyEnd);
    if (match === 'exact') {
      found = { keyStart, keyEnd, valueStart: value.start, valueEnd: value.end };
      if (unique) return found;
      if (value.opens) skipValue(text);
    } else if (match === 'deeper' && value.opens) {
      const name = unquote(text, keyStart, keyEnd);
      const deeper = rest.slice(name.length + (sep as string).length);
      const inner = value.opens === '{' ? searchObject(text, deeper, sep, unique) : searchArray(text, deeper, sep, unique);
      if (inner) found = inner;
      if (inner && unique) return found;
    } else if (value.opens) skipValue(text);
  }
  return found;
}

/**
 * Scans the array whose `[` was just read for the item `rest` names (`2`, or `2.title` inside
 * it); returns its span (the item, or its opening bracket), or undefined. Leaves the cursor past the `]`.
 */
function searchArray(text: string, rest: string, sep: string | undefined, unique: boolean): KeySpan | undefined {
  const cut = sep === undefined ? -1 : rest.indexOf(sep);
  const head = cut < 0 ? rest : rest.slice(0, cut);
  const wanted = /^(?:0|[1-9][0-9]*)$/.test(head) ? Number(head) : -1;
  let found: KeySpan | undefined;
  for (let item = 0; ; item++) {
    let at = cursor;
    while (isJsonSpace(text.charCodeAt(at))) at++;
    const code = text.charCodeAt(at);
    if (code === 0x5d || at >= text.length) {
      cursor = at + 1;
      return found;
    }
    const opens = code === 0x7b || code === 0x5b;
    const end = code === 0x22 ? stringEnd(text, at) : opens ? at + 1 : literalEnd(text, at);
    cursor = end;
    if (item === wanted && cut < 0) found = { keyStart: at, keyEnd: end, valueStart: at, valueEnd: end };
    if (opens) {
      if (item === wanted && cut >= 0)
        found = (code === 0x7b ? searchObject : searchArray)(text, rest.slice(cut + (sep as string).length), sep, unique);
      else skipValue(text);
    }
    if (found && unique) return found;
    while (isJsonSpace(text.charCodeAt(cursor))) cursor++;
    if (text.charCodeAt(cursor) === 0x2c) cursor++;
  }
}

/** The value after a key: a string token's span, or the bracket that opens an object or array. */
function valueAfter(text: string, from: number): { start: number; end: number; opens?: '{' | '[' } {
  let at = text.indexOf(':', from) + 1;
  while (at < text.length && isJsonSpace(text.charCodeAt(at))) at++;
  const c = text.charAt(at);
  if (c === '{' || c === '[') {
    cursor = at + 1;
    return { start: at, end: at + 1, opens: c };
  }
  if (c === '"') {
    cursor = stringEnd(text, at);
    return { start: at, end: cursor };
  }
  // A number, boolean or null: the span ends at the key, as indexPositions has it.
  return { start: from, end: from };
}

/** Skips to just past the bracket that closes the object or array just opened. */
function skipValue(text: string): void {
  let depth = 1;
  while (depth > 0) {
    const at = nextToken(text, cursor);
    if (at < 0) return;
    const code = text.charCodeAt(at);
    if (code === 0x22) cursor = stringEnd(text, at);
    else {
      cursor = at + 1;
      depth += code === 0x7b || code === 0x5b ? 1 : -1;
    }
  }
}
