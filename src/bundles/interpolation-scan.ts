import { DEFAULT_SYNTAX, type InterpolationSyntax } from './interpolation-syntax.js';
import { isLineBreak } from './variable-spans.js';

/**
 * The most characters i18next's interpolation pattern may read on one string. It looks for
 * `{{(.+?)}}`: from every `{{` it reads on to the `}}` that closes it or to the end of the line,
 * so 50,000 `{{` that nothing closes cost over a billion steps (10 s) per string.
 */
export const MAX_INTERPOLATION_SCAN = 1_000_000;

/**
 * How many characters i18next's interpolation patterns read on a string, at most: `prefix(.+?)suffix`,
 * and with an unescape suffix also `prefix(.+?)unescapeSuffix suffix`, a pass of its own.
 */
export function interpolationScan(value: string, syntax: InterpolationSyntax = DEFAULT_SYNTAX): number {
  const plain = patternScan(value, syntax.prefix, syntax.suffix);
  return syntax.unescapeSuffix === '' ? plain : plain + patternScan(value, syntax.prefix, syntax.unescapeSuffix + syntax.suffix);
}

/**
 * How many characters `prefix(.+?)suffix` reads on a string, at most (every prefix is counted,
 * also those inside a span it matched). One pass forward: the next suffix and the next line
 * break are each searched for again only once the scan has passed the last one found.
 */
function patternScan(value: string, prefix: string, suffix: string): number {
  const length = value.length;
  let total = 0;
  let close = -1;
  let lineBreak = -1;
  for (let at = value.indexOf(prefix); at >= 0; at = value.indexOf(prefix, at + 1)) {
    // `.+?` takes at least one character, so a suffix right after the prefix does not close it.
    const from = at + prefix.length + 1;
    if (close !== length && close < from) {
      close = value.indexOf(suffix, from);
      if (close < 0) close = length;
    }
    if (lineBreak !== length && lineBreak < at + prefix.length) {
      lineBreak = at + prefix.length;
      while (lineBreak < length && !isLineBreak(value.charCodeAt(lineBreak))) lineBreak++;
    }
    total += Math.min(close, lineBreak) - at;
  }
  return total;
}
