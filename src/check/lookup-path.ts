/** Whether a value counts as found for i18next: '' and objects do, null (returnNull: false) does not. */
export function isFound(value: unknown): boolean {
  return value !== undefined && value !== null;
}

const hasOwn = Object.prototype.hasOwnProperty;

/**
 * Reads a key from a parsed bundle as i18next does: the whole key as one property first (flat
 * keys), else along the separator, where a segment may itself hold the separator (`a.b` under
 * `x` for `x.a.b`). Own properties only: `constructor` is a key, never Object's.
 */
export function lookupPath(data: unknown, key: string, sep: string | false): unknown {
  if (data === null || typeof data !== 'object') return undefined;
  const object = data as Record<string, unknown>;
  if (hasOwn.call(object, key)) return object[key];
  if (sep === false) return undefined;
  let at = key.indexOf(sep);
  while (at > 0) {
    const head = key.slice(0, at);
    if (hasOwn.call(object, head)) {
      const found = lookupPath(object[head], key.slice(at + sep.length), sep);
      if (found !== undefined) return found;
    }
    at = key.indexOf(sep, at + sep.length);
  }
  return undefined;
}
