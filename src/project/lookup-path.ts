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

/**
 * The store's second try, for names that hold the separator: the whole key as one name when its
 * value is truthy, else from the top down, at each object the shortest run of parts that names
 * something (a string, number or boolean only as the last part). It never goes back to try a
 * longer run, so `a.b.c` misses `"a.b": {"c": ...}` beside an object `a`, as i18next does.
 *
 * Down to `holder`, the last object the first try read a part of (at `from` in the key, giving
 * `held`), both tries take the same single parts, so this one starts there, past that single part:
 * missing, or a value with parts still to read, it fails here too. Runs are read straight from the
 * key: the parts joined by the separator are the key's own substring.
 */
function greedyPath(
  data: object,
  key: string,
  sep: string,
  holdsSeparator: NameTest,
  holder: object,
  from: number,
  held: unknown,
): unknown {
  const whole = holdsSeparator(data) ? own(data, key) : undefined;
  if (whole) return whole;
  let end = key.indexOf(sep, from);
  // The last part missing or null, as the first try found it; a null midway takes the store nowhere.
  if (end < 0 || held === null) return end < 0 ? held : undefined;
  // An object with no name holding the separator can only answer the single part.
  let longer = holdsSeparator(holder);
  if (!longer) return undefined;
  end = key.indexOf(sep, end + sep.length);
  let at: object = holder;
  for (;;) {
    let next: unknown;
    for (;;) {
      next = own(at, end < 0 ? key.slice(from) : key.slice(from, end));
      if (end < 0) return next;
      if (next !== undefined && typeof next !== 'string' && typeof next !== 'number' && typeof next !== 'boolean') break;
      if (!longer) return undefined;
      end = key.indexOf(sep, end + sep.length);
    }
    if (next === null) return undefined;
    at = next as object;
    from = end + sep.length;
    longer = holdsSeparator(at);
    end = key.indexOf(sep, from);
  }
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
  // The first try: the key split at every separator, each part an own property on the way down.
  let holder: object = data;
  let holderFrom = 0;
  let held: unknown;
  let at: unknown = data;
  let from = 0;
  for (let end = key.indexOf(sep); ; end = key.indexOf(sep, from)) {
    // Past a string, number, boolean or null no part is found.
    if (at === null || typeof at !== 'object') at = undefined;
    else {
      holder = at;
      holderFrom = from;
      at = held = own(at, end < 0 ? key.slice(from) : key.slice(from, end));
    }
    if (end < 0) break;
    if (at === undefined) return greedyPath(data, key, sep, holdsSeparator, holder, holderFrom, held);
    from = end + sep.length;
  }
  if (at !== undefined && at !== null) return at;
  // A key without the separator needs no second try: it would read the same name again.
  return from === 0 ? at : greedyPath(data, key, sep, holdsSeparator, holder, holderFrom, held);
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
