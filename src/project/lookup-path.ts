/** Whether a value counts as found for i18next: '' and objects do, null (returnNull: false) does not. */
export function isFound(value: unknown): boolean {
  return value !== undefined && value !== null;
}

const hasOwn = Object.prototype.hasOwnProperty;

/**
 * An own property of an object (a list's items included), else undefined: `constructor` is a key,
 * never Object's. Read first and checked after: most lookups of a check miss, and a miss then
 * costs one property lookup instead of two (parsed JSON holds no undefined value).
 */
function own(object: unknown, name: string): unknown {
  if (object === null || typeof object !== 'object') return undefined;
  const value = (object as Record<string, unknown>)[name];
  return value !== undefined && hasOwn.call(object, name) ? value : undefined;
}

/** The key split at every separator, each part an own property on the way down (the store's first try). */
function exactPath(data: object, key: string, sep: string): unknown {
  let at: unknown = data;
  let from = 0;
  for (let end = key.indexOf(sep); ; end = key.indexOf(sep, from)) {
    at = own(at, end < 0 ? key.slice(from) : key.slice(from, end));
    if (end < 0 || at === undefined) return at;
    from = end + sep.length;
  }
}

/**
 * The store's second try, for names that hold the separator: the whole key as one name when its
 * value is truthy, else from the top down, at each object the shortest run of parts that names
 * something (a string, number or boolean only as the last part). It never goes back to try a
 * longer run, so `a.b.c` misses `"a.b": {"c": ...}` beside an object `a`, as i18next does.
 */
function greedyPath(data: object, key: string, sep: string): unknown {
  const whole = own(data, key);
  if (whole) return whole;
  const parts = key.split(sep);
  let at: unknown = data;
  for (let i = 0; i < parts.length;) {
    if (at === null || typeof at !== 'object') return undefined;
    let next: unknown;
    let name = '';
    let j = i;
    for (; j < parts.length; j++) {
      name = j === i ? (parts[j] as string) : `${name}${sep}${parts[j] as string}`;
      next = own(at, name);
      if (next === undefined) continue;
      if ((typeof next === 'string' || typeof next === 'number' || typeof next === 'boolean') && j < parts.length - 1) continue;
      break;
    }
    if (j === parts.length) return undefined;
    i = j + 1;
    at = next;
  }
  return at;
}

/**
 * Reads a key from a parsed bundle as i18next 26's resource store does: split at the separator
 * with every part an own property first, so a nested `a > b` wins over a flat `"a.b"`; when that
 * gives nothing (or null), the names that hold the separator (see greedyPath). Own properties only.
 */
export function lookupPath(data: unknown, key: string, sep: string | false): unknown {
  if (data === null || typeof data !== 'object') return undefined;
  if (sep === false || sep === '') return own(data, key);
  const exact = exactPath(data, key, sep);
  return exact !== undefined && exact !== null ? exact : greedyPath(data, key, sep);
}
