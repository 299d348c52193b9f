/** Where one key sits in the text: the key token and, for a string leaf, its value token. */
export interface KeySpan {
  keyStart: number;
  keyEnd: number;
  valueStart: number;
  valueEnd: number;
}

/** A key written a second time in the same object; JSON.parse silently keeps the last. */
export interface DuplicateKey {
  key: string;
  first: KeySpan;
  again: KeySpan;
}

/** Offsets of every key and object of a bundle, by flat key. */
export interface PositionIndex {
  keys: Map<string, KeySpan>;
  /** Offset of the `{` of each object; the root is `''`. */
  objects: Map<string, number>;
  duplicates: DuplicateKey[];
  /** Keys whose own name holds the separator (`"a.b": ...`), by flat key. */
  flatKeys: Map<string, KeySpan>;
}

// Every string (key or value) and every bracket, in order. Strings are matched whole, so
// brackets and quotes inside them never count; numbers, literals and commas are skipped.
const TOKEN = /"[^"\\]*(?:\\.[^"\\]*)*"(\s*:)?|[{}[\]]/g;

interface Frame {
  path: string;
  isArray: boolean;
  seen: Map<string, KeySpan> | undefined;
  pending: string | undefined;
  pendingSpan: KeySpan | undefined;
}

function unquote(token: string): string {
  return token.includes('\\') ? (JSON.parse(token) as string) : token.slice(1, -1);
}

/**
 * Indexes the positions of a text that JSON.parse already accepted. It runs only for files that
 * have findings, so clean files cost nothing; one native regex pass, no syntax tree.
 */
export function indexPositions(text: string, keySeparator: string | false): PositionIndex {
  const sep = keySeparator === false ? '.' : keySeparator;
  const index: PositionIndex = { keys: new Map(), objects: new Map(), duplicates: [], flatKeys: new Map() };
  const stack: Frame[] = [];
  let top: Frame | undefined;
  TOKEN.lastIndex = 0;
  for (let match = TOKEN.exec(text); match !== null; match = TOKEN.exec(text)) {
    const token = match[0];
    const start = match.index;
    const first = token.charCodeAt(0);
    if (first === 0x22 /* " */) {
      if (!top || top.isArray) continue;
      if (match[1] !== undefined) {
        const name = unquote(token.slice(0, token.lastIndexOf('"') + 1));
        const keyEnd = start + token.lastIndexOf('"') + 1;
        const span: KeySpan = { keyStart: start, keyEnd, valueStart: keyEnd, valueEnd: keyEnd };
        const key = top.path === '' ? name : top.path + sep + name;
        const earlier = top.seen?.get(name);
        if (earlier) index.duplicates.push({ key, first: earlier, again: span });
        (top.seen ??= new Map()).set(name, span);
        if (name.includes(sep)) index.flatKeys.set(key, span);
        index.keys.set(key, span);
        top.pending = key;
        top.pendingSpan = span;
      } else if (top.pendingSpan) {
        top.pendingSpan.valueStart = start;
        top.pendingSpan.valueEnd = start + token.length;
        top.pending = undefined;
        top.pendingSpan = undefined;
      }
    } else if (first === 0x7b /* { */ || first === 0x5b /* [ */) {
      const isArray = first === 0x5b;
      let path = '';
      if (top) {
        if (top.isArray || top.pending === undefined) path = top.path;
        else path = top.pending;
        if (top.pendingSpan) {
          top.pendingSpan.valueStart = start;
          top.pendingSpan.valueEnd = start + 1;
        }
        top.pending = undefined;
        top.pendingSpan = undefined;
      }
      const inArray = isArray || (top?.isArray ?? false);
      if (!inArray) index.objects.set(path, start);
      top = { path, isArray: inArray, seen: undefined, pending: undefined, pendingSpan: undefined };
      stack.push(top);
    } else {
      stack.pop();
      top = stack[stack.length - 1];
    }
  }
  return index;
}

function occurrences(text: string, needle: string): number {
  let count = 0;
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + needle.length)) count++;
  return count;
}

/**
 * Whether a text may hold duplicate keys, without a syntax tree. When no whitespace stands before
 * any colon, every key ends in `":`; those pairs, less the `\":` inside strings, are the keys plus
 * any string that opens with a colon, so no more of them than the properties JSON.parse kept rules
 * duplicates out. Otherwise every key still has its colon, and the colons are counted instead. A
 * "maybe" is left for the position pass to decide. Each count is a native substring search.
 */
export function mayHaveDuplicateKeys(text: string, propertyCount: number): boolean {
  if (text.includes(' :') || text.includes('\t:') || text.includes('\n:') || text.includes('\r:')) return occurrences(text, ':') > propertyCount;
  return occurrences(text, '":') - escapedQuoteColons(text) > propertyCount;
}

/**
 * How many `\":` inside strings (as in `$t(key, {\"count\": 3})`) end in an escaped quote: an odd
 * run of backslashes before the quote. Those never end a key, so they are not counted as keys.
 */
function escapedQuoteColons(text: string): number {
  let count = 0;
  for (let at = text.indexOf('\\":'); at !== -1; at = text.indexOf('\\":', at + 3)) {
    let backslashes = 0;
    for (let i = at; i >= 0 && text.charCodeAt(i) === 0x5c; i--) backslashes++;
    if (backslashes % 2 === 1) count++;
  }
  return count;
}
