/**
 * How a project writes i18next's interpolations and nestings: its `interpolation` options. Most
 * keep i18next's `{{name}}` and `$t(key)`; some write `{name}` (`prefix: '{', suffix: '}'`), and
 * their strings then hold no `{{` at all, so every reader of variables and nestings takes the
 * syntax from the config.
 */
export interface InterpolationSyntax {
  /** What opens a variable (`{{`). */
  readonly prefix: string;
  /** What closes it (`}}`). */
  readonly suffix: string;
  /** What, right after the prefix, shows a value unescaped (`{{- html}}`); empty where unescapeSuffix is set, as i18next then reads none. */
  readonly unescapePrefix: string;
  /** What, right before the suffix, shows a value unescaped (`{{html-}}`, `__htmlHTML__`); empty (i18next's default) for none. */
  readonly unescapeSuffix: string;
  /** What separates a variable from its formats (`{{price, currency(USD)}}`), and a nesting's key from its formatters. */
  readonly formatSeparator: string;
  /** What opens a nesting (`$t(`). */
  readonly nestingPrefix: string;
  /** What closes it (`)`). */
  readonly nestingSuffix: string;
  /** What, before a `{`, separates a nesting's key from its options (`$t(key, {"count": 2})`). */
  readonly nestingOptionsSeparator: string;
}

/** i18next's own syntax, the default of every option. */
export const DEFAULT_SYNTAX: InterpolationSyntax = Object.freeze({
  prefix: '{{',
  suffix: '}}',
  unescapePrefix: '-',
  unescapeSuffix: '',
  formatSeparator: ',',
  nestingPrefix: '$t(',
  nestingSuffix: ')',
  nestingOptionsSeparator: ',',
});

/**
 * The prefix as i18next 26 keeps it, regex-escaped with its own set of characters (`\{\{` for
 * `{{`; `-` too, which regexEscape leaves for patterns with the `u` flag): i18next drops a nesting's
 * default value that holds this text.
 */
export const keptPrefix = (syntax: InterpolationSyntax): string => syntax.prefix.replace(/[-[\]/{}()*+?.\\^$|]/g, '\\$&');

/**
 * What a span's text between prefix and suffix names once its unescape marker is taken off
 * (`- html` -> ` html`, `htmlHTML` -> `html`), or undefined when it carries none: the value is then escaped.
 */
export function unescapedInner(raw: string, syntax: InterpolationSyntax): string | undefined {
  if (syntax.unescapeSuffix !== '')
    return raw.length > syntax.unescapeSuffix.length && raw.endsWith(syntax.unescapeSuffix)
      ? raw.slice(0, -syntax.unescapeSuffix.length)
      : undefined;
  return raw.startsWith(syntax.unescapePrefix) ? raw.slice(syntax.unescapePrefix.length) : undefined;
}

/** A variable written in a syntax: `{{name}}`, `{name}`; with `unescaped`, `{{- name}}` (or `{{name-}}` with an unescapeSuffix). */
export function writeVariable(name: string, syntax: InterpolationSyntax, unescaped = false): string {
  if (unescaped && syntax.unescapeSuffix !== '') return `${syntax.prefix}${name}${syntax.unescapeSuffix}${syntax.suffix}`;
  return `${syntax.prefix}${unescaped ? `${syntax.unescapePrefix} ` : ''}${name}${syntax.suffix}`;
}

/** A nesting written in a syntax: `$t(key)`, or in the project's own nesting prefix and suffix. */
export const writeNesting = (inside: string, syntax: InterpolationSyntax): string =>
  `${syntax.nestingPrefix}${inside}${syntax.nestingSuffix}`;

/** Whether two syntaxes write variables alike. */
export const sameSyntax = (a: InterpolationSyntax, b: InterpolationSyntax): boolean =>
  a.prefix === b.prefix &&
  a.suffix === b.suffix &&
  a.unescapePrefix === b.unescapePrefix &&
  a.unescapeSuffix === b.unescapeSuffix &&
  a.formatSeparator === b.formatSeparator;

/**
 * A message with its variables written in another syntax (`{{name, number}}` -> `{name; number}`,
 * `{{- html}}` -> `__htmlHTML__`), every other character kept: for text made in i18next's default
 * syntax and written to a project that uses its own.
 */
export function rewriteVariables(value: string, from: InterpolationSyntax, to: InterpolationSyntax): string {
  if (sameSyntax(from, to) || !value.includes(from.prefix)) return value;
  let out = '';
  let copied = 0;
  for (let at = value.indexOf(from.prefix); at >= 0;) {
    const end = value.indexOf(from.suffix, at + from.prefix.length);
    if (end < 0) break;
    const raw = value.slice(at + from.prefix.length, end);
    const unescaped = unescapedInner(raw, from);
    const inner = (unescaped ?? raw).split(from.formatSeparator).join(to.formatSeparator);
    const marked =
      unescaped === undefined ? inner : to.unescapeSuffix !== '' ? `${inner.trim()}${to.unescapeSuffix}` : to.unescapePrefix + inner;
    out += value.slice(copied, at) + to.prefix + marked + to.suffix;
    copied = end + from.suffix.length;
    at = value.indexOf(from.prefix, copied);
  }
  return out + value.slice(copied);
}
