/** What one pass over a parsed bundle's property names finds. */
export interface PropertyScan {
  /** Properties in all objects, nested ones and objects in arrays included. */
  count: number;
  /** Whether some property name holds the key separator (`"a.b"`), so keys may collide. */
  separatorInNames: boolean;
}

function scan(value: unknown, sep: string | false, out: PropertyScan): void {
  if (Array.isArray(value)) {
    for (const item of value) if (item !== null && typeof item === 'object') scan(item, sep, out);
    return;
  }
  const object = value as Record<string, unknown>;
  for (const name in object) {
    out.count++;
    if (sep !== false && !out.separatorInNames && name.includes(sep)) out.separatorInNames = true;
    const child = object[name];
    if (child !== null && typeof child === 'object') scan(child, sep, out);
  }
}

/** Counts a parsed bundle's properties and notes separators in names, in one cheap pass. */
export function scanProperties(data: Record<string, unknown>, keySeparator: string | false): PropertyScan {
  const out: PropertyScan = { count: 0, separatorInNames: false };
  scan(data, keySeparator, out);
  return out;
}
