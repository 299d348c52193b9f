import { colonAfter, isJsonSpace, literalEnd, stringEnd, unquote } from './json-scan.js';

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

interface Frame {
  path: string;
  isArray: boolean;
  /** In an array: the index of the item being read. */
  item: number;
  seen: Map<string, KeySpan> | undefined;
  pending: string | undefined;
  pendingSpan: KeySpan | undefined;
}

/** The flat key of the item an array frame is reading. */
const itemKey = (frame: Frame, sep: string): string => (frame.path === '' ? String(frame.item) : `${frame.path}${sep}${frame.item}`);

/** An array item from `start` to `end`: a key of its own, its span the item. */
function setItem(index: PositionIndex, frame: Frame, sep: string, start: number, end: number): void {
  index.keys.set(itemKey(frame, sep), { keyStart: start, keyEnd: end, valueStart: start, valueEnd: end });
}

/** A property's key token from `start` to `end`, named `name` in the object `frame` reads. */
function addKey(index: PositionIndex, frame: Frame, sep: string, name: string, start: number, end: number, duplicates: boolean): void {
  const span: KeySpan = { keyStart: start, keyEnd: end, valueStart: end, valueEnd: end };
  const key = frame.path === '' ? name : frame.path + sep + name;
  if (duplicates) {
    const earlier = frame.seen?.get(name);
    if (earlier) index.duplicates.push({ key, first: earlier, again: span });
    (frame.seen ??= new Map()).set(name, span);
  }
  if (name.includes(sep)) index.flatKeys.set(key, span);
  index.keys.set(key, span);
  frame.pending = key;
  frame.pendingSpan = span;
}

/** Opens the object or list whose bracket is at `start`; returns its frame, now the top of `stack`. */
function open(index: PositionIndex, stack: Frame[], top: Frame | undefined, sep: string, start: number, isArray: boolean): Frame {
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
  if (!isArray) index.objects.set(path, start);
  const frame: Frame = { path, isArray, item: 0, seen: undefined, pending: undefined, pendingSpan: undefined };
  stack.push(frame);
  return frame;
}

/**
 * Indexes the positions of a text that JSON.parse already accepted. It runs only for files that
 * have findings, so clean files cost nothing; one pass over the characters, no syntax tree and
 * no token strings: only key names are cut out. An array's items are keys too (`nav.2`), their
 * span the item itself (its opening bracket for a list or object). `duplicates`: whether to look
 * for keys written twice in one object; a caller that knows there are none (mayHaveDuplicateKeys
 * said no) spares the set of names each object would need.
 */
export function indexPositions(text: string, keySeparator: string | false, duplicates = true): PositionIndex {
  const sep = keySeparator === false ? '.' : keySeparator;
  const index: PositionIndex = { keys: new Map(), objects: new Map(), duplicates: [], flatKeys: new Map() };
  const stack: Frame[] = [];
  let top: Frame | undefined;
  const length = text.length;
  for (let at = 0; at < length;) {
    const first = text.charCodeAt(at);
    if (first === 0x22 /* " */) {
      const end = stringEnd(text, at);
      if (top?.isArray) setItem(index, top, sep, at, end);
      else if (top) {
        const colon = colonAfter(text, end);
        if (colon >= 0) {
          addKey(index, top, sep, unquote(text, at, end), at, end, duplicates);
          at = colon + 1;
          continue;
        }
        if (top.pendingSpan) {
          top.pendingSpan.valueStart = at;
          top.pendingSpan.valueEnd = end;
          top.pending = undefined;
          top.pendingSpan = undefined;
        }
      }
      at = end;
    } else if (first === 0x7b /* { */ || first === 0x5b /* [ */) {
      top = open(index, stack, top, sep, at, first === 0x5b);
      at++;
    } else if (first === 0x7d /* } */ || first === 0x5d /* ] */) {
      stack.pop();
      top = stack[stack.length - 1];
      at++;
    } else if (first === 0x2c /* , */) {
      if (top?.isArray) top.item++;
      at++;
    } else if (first === 0x2d /* - */ || (first >= 0x30 && first <= 0x39) || first === 0x74 || first === 0x66 || first === 0x6e) {
      const end = literalEnd(text, at);
      if (top?.isArray) setItem(index, top, sep, at, end);
      else if (top) {
        // A number or literal after a key: its span ends at the key, as findKey has it.
        top.pending = undefined;
        top.pendingSpan = undefined;
      }
      at = end;
    } else at++;
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
