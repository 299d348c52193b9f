import { regexEscape } from '../text/regex-escape.js';
import { DEFAULT_SYNTAX, type InterpolationSyntax } from './interpolation-syntax.js';
import { nestingSpans, splitNesting } from './nesting-syntax.js';

/** A `$t(...)` reference inside a message, read as i18next 26 reads it. */
export interface NestingRef {
  /**
   * The key i18next looks up, namespace prefix included (`common:title`), untrimmed where i18next
   * leaves it so (`$t(b , {...})` looks up `"b "`), quotes kept (`$t("b")` looks up `"b"`).
   */
  key: string;
  /** Whether options such as `{"count": 3}` follow the key. */
  hasOptions: boolean;
  /** Whether those options carry a count, so plural forms of the key resolve it. */
  hasCount: boolean;
  /** The count when the options write it as a number (`{"count": 3}`); a `{{count}}` there reads as 1. */
  count?: number;
  /** Whether the options ask for ordinal forms (`{"count": 2, "ordinal": true}`). */
  ordinal: boolean;
  /** The context the options pass (`{"context": "male"}` reads `key_male`), when not empty. */
  context?: string;
  /** The namespace the options name (`{"ns": "common"}`); a `common:` prefix on the key wins over it. */
  namespace?: string;
  /** The locale the options name (`{"lng": "fr"}`): the key is looked up there, not in the message's locale. */
  locale?: string;
  /** Whether the options give a default value, which i18next shows when the key resolves nowhere. */
  hasDefault: boolean;
  /** Whether the key is built from the message's own variables (`$t(item_{{kind}})`): known only at run time. */
  dynamic: boolean;
  /** Options that JSON.parse rejects: i18next then looks up the key with the options text glued on, which never resolves. */
  unreadOptions?: string;
}

/** The interpolations of a message: variable names once each, in order, and the unescaped ones. */
export interface Interpolations {
  variables: string[];
  /** Variables written unescaped (`{{- html}}`). */
  unescaped: string[];
}

const NONE: readonly string[] = Object.freeze([]);
const NO_INTERPOLATIONS: Interpolations = Object.freeze({ variables: NONE as string[], unescaped: NONE as string[] });
const TAG = /<(\/?)([A-Za-z][\w-]*|\d+)(?:\s[^<>]*?)?\s*(\/?)>/g;

/** One `{{...}}` span as i18next reads it: the variable, whether it is unescaped (`{{- x}}`), and any format text after the comma. */
export interface InterpolationSpan {
  name: string;
  unescaped: boolean;
  /** What follows the first comma (`number`, ` currency(USD)`), untrimmed; undefined without one. */
  format: string | undefined;
}

/**
 * The variable spans of a message (`{{...}}` in i18next's default syntax), in order, each a
 * variable (`{{x}}`, `{{- x}}` unescaped, `{{x, format(options)}}`: the name is before the
 * format separator); spans with no name are left out. Substring search, no regular expression.
 */
export function spansOf(value: string, syntax: InterpolationSyntax = DEFAULT_SYNTAX): InterpolationSpan[] {
  const { prefix, suffix, unescapePrefix, formatSeparator } = syntax;
  const spans: InterpolationSpan[] = [];
  for (let at = value.indexOf(prefix); at >= 0;) {
    const end = value.indexOf(suffix, at + prefix.length);
    if (end < 0) break;
    // Only `{{-` with nothing between is unescaped: in `{{ -x}}` the dash is part of the name.
    const raw = value.slice(at + prefix.length, end);
    const unescaped = raw.startsWith(unescapePrefix);
    const inner = (unescaped ? raw.slice(unescapePrefix.length) : raw).trim();
    const separator = inner.indexOf(formatSeparator);
    const name = (separator < 0 ? inner : inner.slice(0, separator)).trim();
    if (name !== '') spans.push({ name, unescaped, format: separator < 0 ? undefined : inner.slice(separator + formatSeparator.length) });
    at = value.indexOf(prefix, end + suffix.length);
  }
  return spans;
}

/** The interpolations of a message (see spansOf): variable names once each, in order, and the unescaped ones. */
export function interpolationsOf(value: string, syntax: InterpolationSyntax = DEFAULT_SYNTAX): Interpolations {
  if (!value.includes(syntax.prefix)) return NO_INTERPOLATIONS;
  const variables: string[] = [];
  let unescaped = NONE as string[];
  for (const span of spansOf(value, syntax)) {
    if (!variables.includes(span.name)) variables.push(span.name);
    if (span.unescaped && !unescaped.includes(span.name)) unescaped = [...unescaped, span.name];
  }
  return { variables, unescaped };
}

/**
 * Whether a translation writes exactly the source's variable spans, character for character and
 * in order: then both pass the same variables with the same formats. `'unescaped'` when they are
 * the same but one is written `{{- x}}`. Compared in place, nothing parsed: most translations
 * keep their spans, and a string without a span on either side is the same at once.
 */
export function sameSpans(value: string, source: string, syntax: InterpolationSyntax = DEFAULT_SYNTAX): boolean | 'unescaped' {
  const { prefix, suffix, unescapePrefix } = syntax;
  const open = prefix.length;
  let at = value.indexOf(prefix);
  let from = source.indexOf(prefix);
  let unescaped = false;
  while (at >= 0) {
    const end = value.indexOf(suffix, at + open);
    if (end < 0) break;
    const until = from < 0 ? -1 : source.indexOf(suffix, from + open);
    if (until - from !== end - at) return false;
    for (let i = open; i < end - at; i++) {
      if (value.charCodeAt(at + i) !== source.charCodeAt(from + i)) return false;
    }
    // Only `{{-` with nothing between is unescaped (see spansOf).
    if (value.startsWith(unescapePrefix, at + open)) unescaped = true;
    at = value.indexOf(prefix, end + suffix.length);
    from = source.indexOf(prefix, until + suffix.length);
  }
  if (from >= 0 && source.indexOf(suffix, from + open) >= 0) return false;
  return unescaped ? 'unescaped' : true;
}

const variablesInOptions = new WeakMap<InterpolationSyntax, RegExp>();

/**
 * A variable of a nesting's options (`{"count": {{n}}}`): a span without braces or quotes, so
 * that with `{` as the prefix the options' own braces (`{"count": 3}`) are none, as i18next,
 * which keeps a span naming no variable it was given, leaves them.
 */
function variableInOptions(syntax: InterpolationSyntax): RegExp {
  let pattern = variablesInOptions.get(syntax);
  if (!pattern)
    variablesInOptions.set(syntax, (pattern = new RegExp(`${regexEscape(syntax.prefix)}[^{}"']*?${regexEscape(syntax.suffix)}`, 'g')));
  return pattern;
}

/**
 * The options of a nesting as i18next 26 reads them: it interpolates them (a `{{value}}` is not
 * known here; it reads as 1), turns single quotes into double ones unless double quotes pair up,
 * then JSON.parse-s them. Undefined when they do not parse.
 */
function nestingOptions(written: string, syntax: InterpolationSyntax): Record<string, unknown> | undefined {
  let text = written.replace(variableInOptions(syntax), '1');
  const singles = text.match(/'/g)?.length ?? 0;
  const doubles = text.match(/"/g)?.length ?? 0;
  if ((singles % 2 === 0 && doubles === 0) || doubles % 2 !== 0) text = text.replace(/'/g, '"');
  try {
    const options: unknown = JSON.parse(text);
    return options !== null && typeof options === 'object' && !Array.isArray(options) ? (options as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** A nesting's key and what its options ask for, from the text i18next splits them from. */
function nestingRef(key: string, written: string, syntax: InterpolationSyntax): NestingRef {
  const ref: NestingRef = {
    key,
    hasOptions: written !== '',
    hasCount: false,
    ordinal: false,
    hasDefault: false,
    dynamic: key.includes(syntax.prefix),
  };
  if (written === '') return ref;
  const options = nestingOptions(written, syntax);
  if (!options) return { ...ref, key: `${key},${written}`, unreadOptions: written };
  const { count, ordinal, context, ns, lng, defaultValue } = options;
  // i18next handles plurals for any count but a string, and a context that is a non-empty string or a number.
  if (count !== undefined && typeof count !== 'string') {
    ref.hasCount = true;
    if (typeof count === 'number') ref.count = count;
    ref.ordinal = ordinal === true;
  }
  if ((typeof context === 'string' && context !== '') || typeof context === 'number') ref.context = String(context);
  if (typeof ns === 'string' && ns !== '') ref.namespace = ns;
  if (typeof lng === 'string' && lng !== '') ref.locale = lng;
  // i18next drops a default value that holds its prefix as it keeps it, regex-escaped (`\{\{`, so
  // not `{{`); any other string is shown when the key is missing (per plural form: `defaultValue_other`).
  const usable = (value: unknown): boolean =>
    typeof value === 'string' && !value.includes(syntax.prefix.replace(/[-[\]/{}()*+?.\\^$|]/g, '\\$&'));
  ref.hasDefault =
    usable(defaultValue) ||
    (ref.hasCount && Object.keys(options).some((name) => name.startsWith('defaultValue_') && usable(options[name])));
  return ref;
}

/**
 * The text from the first `$t(` that begins no nesting i18next reads (one without its closing
 * `)`): i18next shows it as written. Undefined when every `$t(` is read.
 */
export function unreadNesting(value: string): string | undefined {
  let covered = 0;
  const spans = nestingSpans(value);
  for (let i = 0; i < spans.length; i += 2) {
    const start = spans[i] as number;
    const at = value.indexOf('$t(', covered);
    if (at >= 0 && at < start) return value.slice(at);
    covered = spans[i + 1] as number;
  }
  const at = value.indexOf('$t(', covered);
  return at < 0 ? undefined : value.slice(at);
}

/** The `$t(key)` and `$t(key, {...})` nestings of a message. */
export function nestingOf(value: string, syntax: InterpolationSyntax = DEFAULT_SYNTAX): NestingRef[] {
  if (!value.includes('$t(')) return [];
  const refs: NestingRef[] = [];
  const spans = nestingSpans(value);
  for (let i = 0; i < spans.length; i += 2) {
    const { key, options } = splitNesting(value.slice((spans[i] as number) + 3, (spans[i + 1] as number) - 1));
    refs.push(nestingRef(key, options, syntax));
  }
  return refs;
}

/** The tags of a message normalised to `<b>`, `</b>`, `<1>`, `<br/>`, sorted: a translation may reorder them. */
export function tagsOf(value: string): string[] {
  if (!value.includes('<')) return NONE as string[];
  const tags: string[] = [];
  for (const match of value.matchAll(TAG)) tags.push(match[1] ? `</${match[2]}>` : match[3] ? `<${match[2]}/>` : `<${match[2]}>`);
  return tags.sort();
}
