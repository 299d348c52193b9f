/**
 * The first UTF-16 unit of a string, or -1 when it is empty. Reading past the end with
 * charCodeAt gives NaN, which also throws the engine's optimised code away on the first
 * empty message; the rules that look at a message's edges read them through these.
 */
export function firstUnit(value: string): number {
  return value.length === 0 ? -1 : value.charCodeAt(0);
}

/** The last UTF-16 unit of a string, or -1 when it is empty (see firstUnit). */
export function lastUnit(value: string): number {
  return value.length === 0 ? -1 : value.charCodeAt(value.length - 1);
}
