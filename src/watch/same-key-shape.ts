const isTree = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object';

/**
 * Whether two parsed bundles hold the same keys, nested alike, each found or not found alike
 * (null is not found; a string, number or '' is): then every key resolves in one as in the
 * other, whatever the strings say. Arrays count as objects, since a key path can reach into them.
 */
export function sameKeyShape(a: unknown, b: unknown): boolean {
  if (!isTree(a) || !isTree(b)) return (a === null) === (b === null) && isTree(a) === isTree(b);
  const names = Object.keys(a);
  if (names.length !== Object.keys(b).length) return false;
  for (const name of names) {
    if (!Object.prototype.hasOwnProperty.call(b, name) || !sameKeyShape(a[name], b[name])) return false;
  }
  return true;
}
