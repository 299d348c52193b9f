import { MAX_NESTING_DEPTH } from '../json/nesting-depth.js';

/** What one pass over a parsed bundle's property names finds. */
export interface PropertyScan {
  /** Properties in all objects, nested ones and objects in arrays included. */
  count: number;
  /** Whether some property name holds the key separator (`"a.b"`), so keys may collide. */
  separatorInNames: boolean;
  /** Whether objects or arrays nest deeper than MAX_NESTING_DEPTH (the scan stops there). */
  tooDeep: boolean;
  /** When asked for: the strings that hold the nesting prefix (`$t(`), as [flat key, message] in file order (`nav.1` for a list's item). */
  nestings: [string, string][];
}

/**
 * `names`, when the nestings are asked for: the names from the root down to `value`, pushed and
 * popped on the way, so a flat key is joined only for a message that holds `nesting`, the nesting
 * prefix (every file of a project with nestings is scanned, and joining each object's key made
 * garbage of most of them).
 */
function scan(value: unknown, sep: string | false, out: PropertyScan, depth: number, names: string[] | undefined, nesting: string): void {
  if (depth > MAX_NESTING_DEPTH) {
    out.tooDeep = true;
    return;
  }
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      if (item !== null && typeof item === 'object') {
        names?.push(String(i));
        scan(item, sep, out, depth + 1, names, nesting);
        names?.pop();
      } else if (names !== undefined && typeof item === 'string' && item.includes(nesting))
        out.nestings.push([keyOf(names, String(i), sep), item]);
    }
    return;
  }
  const object = value as Record<string, unknown>;
  for (const name in object) {
    out.count++;
    if (sep !== false && !out.separatorInNames && name.includes(sep)) out.separatorInNames = true;
    const child = object[name];
    if (child !== null && typeof child === 'object') {
      names?.push(name);
      scan(child, sep, out, depth + 1, names, nesting);
      names?.pop();
    } else if (names !== undefined && typeof child === 'string' && child.includes(nesting))
      out.nestings.push([keyOf(names, name, sep), child]);
    if (out.tooDeep) return;
  }
}

/** The flat key of a property: `.` joins when keys are flat (`keySeparator: false`). */
const join = (path: string, name: string, sep: string | false): string => (path === '' ? name : path + (sep === false ? '.' : sep) + name);

/** The flat key of `name` in the object at `names`, joined name by name as the key of each object on the way. */
function keyOf(names: readonly string[], name: string, sep: string | false): string {
  let path = '';
  for (const part of names) path = join(path, part, sep);
  return join(path, name, sep);
}

/**
 * Counts a parsed bundle's properties, notes separators in names and refuses runaway depth,
 * in one cheap pass: every later walk (rules, flattening) may then recurse safely. Given a
 * nesting prefix (`$t(`) it also keeps the messages that hold it, so the nesting rule walks nothing.
 */
export function scanProperties(data: Record<string, unknown>, keySeparator: string | false, nestingPrefix?: string): PropertyScan {
  const out: PropertyScan = { count: 0, separatorInNames: false, tooDeep: false, nestings: [] };
  scan(data, keySeparator, out, 1, nestingPrefix === undefined ? undefined : [], nestingPrefix ?? '');
  return out;
}
