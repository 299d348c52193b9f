/**
 * The JSON path of every leaf of a parsed bundle, by flat key. A bundle may write `"a.b"` as one
 * name or as nested objects; edits must follow the file's own spelling, so paths come from the tree.
 */
export function keyPaths(data: unknown, keySeparator: string | false): Map<string, string[]> {
  const sep = keySeparator === false ? '.' : keySeparator;
  const paths = new Map<string, string[]>();
  const walk = (object: Record<string, unknown>, prefix: string, path: string[]): void => {
    for (const [name, value] of Object.entries(object)) {
      const key = prefix === '' ? name : prefix + sep + name;
      const here = [...path, name];
      paths.set(key, here);
      if (value !== null && typeof value === 'object' && !Array.isArray(value)) walk(value as Record<string, unknown>, key, here);
    }
  };
  if (data !== null && typeof data === 'object' && !Array.isArray(data)) walk(data as Record<string, unknown>, '', []);
  return paths;
}

/** The path of a sibling key (`count_many` beside `count_one`): the same parent, its own last name. */
export function siblingPath(path: readonly string[], siblingKey: string, sourceKey: string): string[] {
  const last = path[path.length - 1] ?? sourceKey;
  const parentFlat = sourceKey.slice(0, sourceKey.length - last.length);
  return [...path.slice(0, -1), siblingKey.startsWith(parentFlat) ? siblingKey.slice(parentFlat.length) : siblingKey];
}

/** A path as one map key; names may hold any character but NUL. */
export const pathId = (path: readonly string[]): string => path.join('\u0000');
