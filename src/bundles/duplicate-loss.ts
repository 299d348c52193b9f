import type { KeySpan } from './index-positions.js';
import { nextToken, stringEnd } from './json-scan.js';

/** The offset just past the object or list whose bracket is at `start`, in a text JSON.parse accepted. */
function closingEnd(text: string, start: number): number {
  let depth = 0;
  for (let at = start; at >= 0;) {
    at = nextToken(text, at);
    if (at < 0) break;
    const code = text.charCodeAt(at);
    if (code === 0x22 /* " */) {
      at = stringEnd(text, at);
      continue;
    }
    depth += code === 0x7b || code === 0x5b ? 1 : -1;
    at++;
    if (depth === 0) return at;
  }
  return text.length;
}

/** The flat keys of an object's values that are not objects themselves, joined by `sep`. */
function leafKeys(value: unknown, sep: string, prefix: string, into: Set<string>): Set<string> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    into.add(prefix);
    return into;
  }
  for (const [name, inner] of Object.entries(value)) leafKeys(inner, sep, prefix === '' ? name : `${prefix}${sep}${name}`, into);
  return into;
}

/** The value written at a key span: its object or list read whole, else nothing (a string or literal loses no keys). */
function objectAt(text: string, span: KeySpan): unknown {
  const code = text.charCodeAt(span.valueStart);
  if (code !== 0x7b && code !== 0x5b) return undefined;
  return JSON.parse(text.slice(span.valueStart, closingEnd(text, span.valueStart))) as unknown;
}

/**
 * The keys under a key written twice that JSON.parse drops with its first value: those the first
 * object holds and the last does not (`settings.title` when a second `"settings": {...}` lacks
 * it), as flat keys under `key`. None where the first value is no object.
 */
export function keysLostToDuplicate(text: string, key: string, first: KeySpan, again: KeySpan, sep: string): string[] {
  const before = objectAt(text, first);
  if (before === undefined) return [];
  const kept = leafKeys(objectAt(text, again), sep, key, new Set());
  return [...leafKeys(before, sep, key, new Set())].filter((lost) => !kept.has(lost));
}
