import { isJsonSpace } from './json-scan.js';

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

// Every string (key or value), bracket, comma and literal, in order. Strings are matched whole,
// so brackets, quotes and digits inside them never count; commas and literals matter only in
// arrays, where they delimit and make the items (`nav.2` is the third).
const TOKEN = /"[^"\\]*(?:\\.[^"\\]*)*"(\s*:)?|[{}[\],]|-?[0-9][0-9.eE+-]*|true|false|null/g;

interface Frame {
  path: string;
  isArray: boolean;
  /** In an array: the index of the item being read. */
  item: number;
  seen: Map<string, KeySpan> | undefined;
  pending: string | undefined;
  pendingSpan: KeySpan | undefined;
}

function unquote(token: string): string {
  return token.includes('\\') ? (JSON.parse(token) as string) : token.slice(1, -1);
}

/** The flat key of the item an array frame is reading. */
const itemKey = (frame: Frame, sep: string): string => (frame.path === '' ? String(frame.item) : `${frame.path}${sep}${frame.item}`);

/**
 * Indexes the positions of a text that JSON.parse already accepted. It runs only for files that
 * have findings, so clean files cost nothing; one native regex pass, no syntax tree. An array's
 * items are keys too (`nav.2`), their span the item itself (its opening bracket for a list or object).
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
    if (first === 0x2c /* , */) {
      if (top?.isArray) top.item++;
    } else if (first === 0x7b /* { */ || first === 0x5b /* [ */) {
      let path = '';
      if (top?.isArray) {
        path = itemKey(top, sep);
        index.keys.set(path, { keyStart: start, keyEnd: start + 1, valueStart: start, valueEnd: start + 1 });
      } else if (top) {
        path = top.pending ?? top.path;
        if (top.pendingSpan) {
          top.pendingSpan.valueStart = start;
          top.pendingSpan.valueEnd = start + 1;
        }
        top.pending = undefined;
        top.pendingSpan = undefined;
      }
      const isArray = first === 0x5b;
      if (!isArray) index.objects.set(path, start);
      top = { path, isArray, item: 0, seen: undefined, pending: undefined, pendingSpan: undefined };
      stack.push(top);
    } else if (first === 0x7d /* } */ || first === 0x5d /* ] */) {
      stack.pop();
      top = stack[stack.length - 1];
    } else if (top?.isArray) {
      index.keys.set(itemKey(top, sep), {
        keyStart: start,
        keyEnd: start + token.length,
        valueStart: start,
        valueEnd: start + token.length,
      });
    } else if (first === 0x22 /* " */ && top) {
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
    } else if (top) {
      // A number or literal after a key: its span ends at the key, as findKey has it.
      top.pending = undefined;
      top.pendingSpan = undefined;
    }
  }
  return index;
}

/**
 * Whether a text may hold duplicate keys, without a syntax tree. When no whitespace stands before
 * any colon, every key ends in `":`; those pairs, less the `\\":` inside strings, are the keys plus
 * any string that opens with a colon, so no more of them than the properties JSON.parse kept rules
 * duplicates out. Otherwise every key still has its colon, and the colons are counted instead. A
 * "maybe" is left for the position pass to decide. One native search per colon, in one pass.
 */
export function mayHaveDuplicateKeys(text: string, propertyCount: number): boolean {
  let colons = 0;
  let keyEnds = 0;
  let spaced = false;
  for (let at = text.indexOf(':'); at !== -1; at = text.indexOf(':', at + 1)) {
    colons++;
    const before = text.charCodeAt(at - 1);
    if (before === 0x22 /* " */) {
      // A quote after an odd run of backslashes is escaped (`$t(key, {\"count\": 3})`): no key ends there.
      let backslashes = 0;
      while (text.charCodeAt(at - 2 - backslashes) === 0x5c) backslashes++;
      if (backslashes % 2 === 0) keyEnds++;
    } else if (isJsonSpace(before)) spaced = true;
  }
  return (spaced ? colons : keyEnds) > propertyCount;
}
