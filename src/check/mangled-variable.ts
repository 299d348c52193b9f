import type { InterpolationSyntax } from '../bundles/interpolation-syntax.js';
import { charClass } from '../text/regex-escape.js';

const escape = (text: string): string => text.replace(/[-[\]/{}()*+?.\\^$|]/g, '\\$&');

/**
 * Where a translation that dropped a variable still writes its name between characters of the
 * syntax's prefix and suffix, but not as a variable i18next reads: a brace lost or doubled
 * (`{mode2}}`, `{{x}`) or the single braces of ICU (`{value, date}`), which i18next shows as
 * written. The text as written, or undefined when the name is nowhere so wrapped or only in
 * well-formed spans (a `$t()` nesting's options pass `{{name}}` on, showing nothing of it).
 */
export function mangledVariable(value: string, name: string, syntax: InterpolationSyntax): string | undefined {
  if (name === '' || !value.includes(name)) return undefined;
  const [open, close] = [charClass(syntax.prefix), charClass(syntax.suffix)];
  const unescaped = `(?:${escape(syntax.unescapePrefix)}\\s*)?`;
  const format = `(?:${escape(syntax.formatSeparator)}[^${open}${close}]*)?`;
  const unescapedAfter = syntax.unescapeSuffix === '' ? '' : `(?:${escape(syntax.unescapeSuffix)})?`;
  const wrapped = new RegExp(`([${open}]+)\\s*${unescaped}${escape(name)}\\s*${format}${unescapedAfter}([${close}]+)`, 'g');
  // A span written right (`{{name}}` in a `$t()` nesting's options, which shows nothing) is none.
  for (const [written, before, after] of value.matchAll(wrapped)) if (before !== syntax.prefix || after !== syntax.suffix) return written;
  return undefined;
}
