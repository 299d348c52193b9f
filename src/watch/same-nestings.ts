/**
 * Whether two parsed bundles hold the same `$t()` messages under the same keys, in the same
 * order: then a save changed no nesting, and every expansion counts as before, in the bundle's
 * own locale and in the locales that fall back through it.
 */
export function sameNestings(a: readonly (readonly [string, string])[], b: readonly (readonly [string, string])[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const [keyA, messageA] = a[i] as readonly [string, string];
    const [keyB, messageB] = b[i] as readonly [string, string];
    if (keyA !== keyB || messageA !== messageB) return false;
  }
  return true;
}
