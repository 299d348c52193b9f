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
function greedyPath(data: object, key: string, sep: string, holdsSeparator: NameTest): unknown {
  const whole = holdsSeparator(data) ? own(data, key) : undefined;
  if (whole) return whole;
  const parts = key.split(sep);
  let at: unknown = data;
  for (let i = 0; i < parts.length;) {
    if (at === null || typeof at !== 'object') return undefined;
    let next: unknown;
    let name = '';
    let j = i;
    // An object with no name holding the separator can only answer the single part.
    const last = holdsSeparator(at) ? parts.length : i + 1;
    for (; j < last; j++) {
      name = j === i ? (parts[j] as string) : `${name}${sep}${parts[j] as string}`;
      next = own(at, name);
      if (next === undefined) continue;
      if ((typeof next === 'string' || typeof next === 'number' || typeof next === 'boolean') && j < parts.length - 1) continue;
      break;
    }
    if (j === last) return undefined;
    i = j + 1;
    at = next;
  }
  return at;
}

/** Whether some own name of an object holds the separator (so the store's second try may read it). */
export type NameTest = (object: object) => boolean;

const anyObject: NameTest = () => true;

/**
 * Reads a key from a parsed bundle as i18next 26's resource store does: split at the separator
 * with every part an own property first, so a nested `a > b` wins over a flat `"a.b"`; when that
 * gives nothing (or null), the names that hold the separator (see greedyPath). Own properties only.
 * `holdsSeparator` (see separatorNames) lets that second try skip the names an object cannot have;
 * a key without the separator needs no second try at all (it would read the same name again).
 */
export function lookupPath(data: unknown, key: string, sep: string | false, holdsSeparator: NameTest = anyObject): unknown {
  if (data === null || typeof data !== 'object') return undefined;
  if (sep === false || sep === '') return own(data, key);
  const exact = exactPath(data, key, sep);
  if (exact !== undefined && exact !== null) return exact;
  return key.includes(sep) ? greedyPath(data, key, sep, holdsSeparator) : exact;
}

/**
 * A NameTest that lists each object's names once and remembers the answer, for data that does
 * not change while it is used (a check's parsed bundles): a check's missing keys miss in the
 * store's second try too, and building each joined name to look it up is most of their cost.
 */
export function separatorNames(sep: string): NameTest {
  const known = new WeakMap<object, boolean>();
  return (object) => {
    let holds = known.get(object);
    if (holds === undefined) {
      holds = false;
      for (const name in object) if (name.includes(sep) && hasOwn.call(object, name)) holds = true;
      known.set(object, holds);
    }
    return holds;
  };
}
