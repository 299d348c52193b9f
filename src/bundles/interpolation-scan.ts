/**
 * The most characters i18next's interpolation pattern may read on one string. It looks for
 * `{{(.+?)}}`: from every `{{` it reads on to the `}}` that closes it or to the end of the line,
 * so 50,000 `{{` that nothing closes cost over a billion steps (10 s) per string.
 */
export const MAX_INTERPOLATION_SCAN = 1_000_000;

const isLineBreak = (c: number): boolean => c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029;

/**
 * How many characters `{{(.+?)}}` reads on a string, at most (every `{{` is counted, also those
 * inside a span it matched). One pass from the end, knowing the next `}}` and line break.
 */
export function interpolationScan(value: string): number {
  let total = 0;
  let close = -1;
  let lineBreak = -1;
  for (let i = value.length - 1; i >= 0; i--) {
    const c = value.charCodeAt(i);
    if (isLineBreak(c)) lineBreak = i;
    else if (c === 0x7d && value.charCodeAt(i + 1) === 0x7d) close = i;
    else if (c === 0x7b && value.charCodeAt(i + 1) === 0x7b) {
      // `.+?` takes at least one character, so a `}}` right after the `{{` does not close it.
      const closing = close >= i + 3 ? close : value.indexOf('}}', i + 3);
      const stops = [closing, lineBreak].filter((at) => at >= i + 2);
      total += (stops.length > 0 ? Math.min(...stops) : value.length) - i;
    }
  }
  return total;
}
