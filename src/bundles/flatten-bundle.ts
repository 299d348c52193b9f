/** A leaf value as JSON holds it: i18next renders strings; anything else is a type problem. */
export type LeafValue = string | number | boolean | null | unknown[] | Record<string, never>;

/** A bundle's keys as i18next addresses them (`a.b.c`), in file order. */
export interface FlatBundle {
  /** Flat key -> leaf value. Empty objects count as leaves. */
  values: Map<string, LeafValue>;
  /** Flat keys of the non-empty objects (`a`, `a.b` for `a.b.c`). */
  objects: Set<string>;
  /** Flat keys written twice through different spellings (`"a.b"` beside nested `a.b`). */
  collisions: string[];
}

/**
 * Flattens a parsed bundle with the key separator. `false` (i18next's "flat keys") keeps
 * top-level names whole and still walks nested objects with `.` so they can be reported.
 */
export function flattenBundle(data: Record<string, unknown>, keySeparator: string | false): FlatBundle {
  const sep = keySeparator === false ? '.' : keySeparator;
  const flat: FlatBundle = { values: new Map(), objects: new Set(), collisions: [] };
  walk(data, '', sep, flat);
  return flat;
}

function walk(object: Record<string, unknown>, prefix: string, sep: string, flat: FlatBundle): void {
  for (const name of Object.keys(object)) {
    const value = object[name];
    const key = prefix === '' ? name : prefix + sep + name;
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
      const child = value as Record<string, unknown>;
      let empty = true;
      for (const _ in child) {
        empty = false;
        break;
      }
      if (empty) {
        if (flat.values.has(key) || flat.objects.has(key)) flat.collisions.push(key);
        flat.values.set(key, child as Record<string, never>);
        continue;
      }
      if (flat.values.has(key)) flat.collisions.push(key);
      flat.objects.add(key);
      walk(child, key, sep, flat);
    } else {
      if (flat.values.has(key) || flat.objects.has(key)) flat.collisions.push(key);
      flat.values.set(key, value as LeafValue);
    }
  }
}
