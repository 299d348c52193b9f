/**
 * A one-argument function that remembers its last argument and result: a report's entries, in
 * file order, mostly repeat their neighbour's file, severity, rule, locale and namespace, so
 * their JSON text is worked out once per run of equal values. `f` must give the same result for
 * the same argument (a string or null).
 */
export function rememberLast<T extends string | null>(f: (value: T) => string): (value: T) => string {
  let known = false;
  let last: T | undefined;
  let result = '';
  return (value) => {
    if (!known || value !== last) {
      result = f(value);
      last = value;
      known = true;
    }
    return result;
  };
}
