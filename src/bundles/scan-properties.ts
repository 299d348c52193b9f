import { MAX_NESTING_DEPTH } from './nesting-depth.js';

/** What one pass over a parsed bundle's property names finds. */
export interface PropertyScan {
  /** Properties in all objects, nested ones and objects in arrays included. */
  count: number;
  /** Whether some property name holds the key separator (`"a.b"`), so keys may collide. */
  separatorInNames: boolean;
  /** Whether objects or arrays nest deeper than MAX_NESTING_DEPTH (the scan stops there). */
  tooDeep: boolean;
}

function scan(value: unknown, sep: string | false, out: PropertyScan, depth: number): void {
  if (depth > MAX_NESTING_DEPTH) {
    out.tooDeep = true;
    return;
  }
  if (Array.isArray(value)) {
    for (const item of value) if (item !== null && typeof item === 'object') scan(item, sep, out, depth + 1);
    return;
  }
  const object = value as Record<string, unknown>;
  for (const name in object) {
    out.count++;
    if (sep !== false && !out.separatorInNames && name.includes(sep)) out.separatorInNames = true;
    const child = object[name];
    if (child !== null && typeof child === 'object') scan(child, sep, out, depth + 1);
    if (out.tooDeep) return;
  }
}

/**
 * Counts a parsed bundle's properties, notes separators in names and refuses runaway depth,
 * in one cheap pass: every later walk (rules, flattening) may then recurse safely.
 */
export function scanProperties(data: Record<string, unknown>, keySeparator: string | false): PropertyScan {
  const out: PropertyScan = { count: 0, separatorInNames: false, tooDeep: false };
  scan(data, keySeparator, out, 1);
  return out;
}
