/**
 * How a project writes i18next's interpolations: its `interpolation` options. Most keep i18next's
 * `{{name}}`; some write `{name}` (`prefix: '{', suffix: '}'`), and their strings then hold no
 * `{{` at all, so every reader of variables takes the syntax from the config.
 */
export interface InterpolationSyntax {
  /** What opens a variable (`{{`). */
  readonly prefix: string;
  /** What closes it (`}}`). */
  readonly suffix: string;
  /** What, right after the prefix, shows a value unescaped (`{{- html}}`). */
  readonly unescapePrefix: string;
  /** What separates a variable from its formats (`{{price, currency(USD)}}`). */
  readonly formatSeparator: string;
}

/** i18next's own syntax, the default of every option. */
export const DEFAULT_SYNTAX: InterpolationSyntax = Object.freeze({ prefix: '{{', suffix: '}}', unescapePrefix: '-', formatSeparator: ',' });

/**
 * The prefix as i18next 26 keeps it, regex-escaped with its own set of characters (`\{\{` for
 * `{{`; `-` too, which regexEscape leaves for patterns with the `u` flag): i18next drops a `$t()`
 * default value that holds this text.
 */
export const keptPrefix = (syntax: InterpolationSyntax): string => syntax.prefix.replace(/[-[\]/{}()*+?.\\^$|]/g, '\\$&');

/** A variable written in a syntax: `{{name}}`, `{name}`; with `unescaped`, `{{- name}}`. */
export function writeVariable(name: string, syntax: InterpolationSyntax, unescaped = false): string {
  return `${syntax.prefix}${unescaped ? `${syntax.unescapePrefix} ` : ''}${name}${syntax.suffix}`;
}

/** Whether two syntaxes write variables alike. */
export const sameSyntax = (a: InterpolationSyntax, b: InterpolationSyntax): boolean =>
  a.prefix === b.prefix && a.suffix === b.suffix && a.unescapePrefix === b.unescapePrefix && a.formatSeparator === b.formatSeparator;

/**
 * A message with its variables written in another syntax (`{{name, number}}` -> `{name; number}`),
 * every other character kept: for text made in i18next's default syntax and written to a project
 * that uses its own.
 */
export function rewriteVariables(value: string, from: InterpolationSyntax, to: InterpolationSyntax): string {
  if (sameSyntax(from, to) || !value.includes(from.prefix)) return value;
  let out = '';
  let copied = 0;
  for (let at = value.indexOf(from.prefix); at >= 0;) {
    const end = value.indexOf(from.suffix, at + from.prefix.length);
    if (end < 0) break;
    let inner = value.slice(at + from.prefix.length, end);
    if (inner.startsWith(from.unescapePrefix)) inner = to.unescapePrefix + inner.slice(from.unescapePrefix.length);
    out += value.slice(copied, at) + to.prefix + inner.split(from.formatSeparator).join(to.formatSeparator) + to.suffix;
    copied = end + from.suffix.length;
    at = value.indexOf(from.prefix, copied);
  }
  return out + value.slice(copied);
}
