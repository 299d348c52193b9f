import type { KeySpan } from './index-positions.js';

const TOKEN = /"[^"\\]*(?:\\.[^"\\]*)*"(\s*:)?|[{}[\]]/g;

const unquote = (token: string): string => (token.includes('\\') ? (JSON.parse(token) as string) : token.slice(1, -1));

/**
 * Finds one key in a text JSON.parse accepted, without indexing the others: at each object
 * it follows only the property that starts the rest of the key (a name may itself hold the
 * separator) and skips every other value by bracket depth. For a file with one or two
 * findings this is far cheaper than indexPositions; the key `''` is the root object.
 * The last occurrence wins, as in JSON.parse.
 */
export function findKey(text: string, key: string, keySeparator: string | false): KeySpan | undefined {
  const sep = keySeparator === false ? undefined : keySeparator;
  TOKEN.lastIndex = 0;
  let match = TOKEN.exec(text);
  while (match && match[0] !== '{') match = TOKEN.exec(text);
  if (!match) return undefined;
  if (key === '') return { keyStart: match.index, keyEnd: match.index, valueStart: match.index, valueEnd: match.index + 1 };
  return searchObject(text, key, sep);
}

/** Scans the object whose `{` was just read; returns the span of `rest` inside it, or undefined. */
function searchObject(text: string, rest: string, sep: string | undefined): KeySpan | undefined {
  let found: KeySpan | undefined;
  for (let match = TOKEN.exec(text); match !== null; match = TOKEN.exec(text)) {
    const token = match[0];
    if (token === '}') return found;
    if (match[1] === undefined) continue;
    const name = unquote(token.slice(0, token.lastIndexOf('"') + 1));
    const keyStart = match.index;
    const keyEnd = keyStart + token.lastIndexOf('"') + 1;
    const exact = name === rest;
    const deeper = !exact && sep !== undefined && rest.startsWith(name + sep);
    const value = valueAfter(text, keyEnd);
    if (exact) {
      found = { keyStart, keyEnd, valueStart: value.start, valueEnd: value.end };
      if (value.opens) skipValue(text);
    } else if (deeper && value.opens === '{') {
      const inner = searchObject(text, rest.slice(name.length + (sep as string).length), sep);
      if (inner) found = inner;
    } else if (value.opens) skipValue(text);
  }
  return found;
}

/** The value after a key: a string token's span, or the bracket that opens an object or array. */
function valueAfter(text: string, from: number): { start: number; end: number; opens?: '{' | '[' } {
  let at = text.indexOf(':', from) + 1;
  while (at < text.length && ' \t\r\n'.includes(text.charAt(at))) at++;
  const c = text.charAt(at);
  if (c === '{' || c === '[') {
    TOKEN.lastIndex = at + 1;
    return { start: at, end: at + 1, opens: c };
  }
  if (c === '"') {
    TOKEN.lastIndex = at;
    const string = TOKEN.exec(text);
    return { start: at, end: at + (string?.[0].length ?? 1) };
  }
  // A number, boolean or null: the span ends at the key, as indexPositions has it.
  return { start: from, end: from };
}

/** Skips to just past the bracket that closes the object or array just opened. */
function skipValue(text: string): void {
  let depth = 1;
  for (let match = TOKEN.exec(text); match !== null && depth > 0; match = depth > 0 ? TOKEN.exec(text) : null) {
    const c = match[0];
    if (c === '{' || c === '[') depth++;
    else if (c === '}' || c === ']') depth--;
  }
}
