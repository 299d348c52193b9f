/**
 * How deep a bundle may nest. Real i18next bundles stay under ten levels; a file far deeper is
 * generated or corrupt, and every recursive walk over it (flattening, positions, rules) would
 * exhaust the stack. Refusing it up front turns a crash into one json-syntax diagnostic.
 */
export const MAX_NESTING_DEPTH = 100;

/** The offset of the bracket that opens level `depth` (1-based) in JSON text, or -1 when there is none. */
export function offsetOfDepth(text: string, depth: number): number {
  let level = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      level++;
      if (level === depth) return i;
    } else if (c === 0x7d || c === 0x5d) level--;
  }
  return -1;
}
