import { DEFAULT_SYNTAX, keptPrefix, type InterpolationSyntax } from './interpolation-syntax.js';
import { nestingSpans, splitNesting } from './nesting-syntax.js';
import { nextSpan, spanEnd } from './variable-spans.js';

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
const TAG = /<(\/?)([A-Za-z][\w-]*|\d+)(\s[^<>]*?)?\s*(\/?)>/g;

/** One `{{...}}` span as i18next reads it: the variable, whether it is unescaped (`{{- x}}`), and any format text after the comma. */
export interface InterpolationSpan {
  name: string;
  unescaped: boolean;
  /** What follows the first comma (`number`, ` currency(USD)`), untrimmed; undefined without one. */
  format: string | undefined;
}

/**
 * Whether a span's name holds a brace: its braces do not pair (`{{id}#. Call {{url}}` runs on to
 * the next suffix; `{{{url}}`), so i18next reads one variable no app passes, and shows it as written.
 */
export const unclosedName = (name: string): boolean => name.includes('{') || name.includes('}');

/** Whether a variable name holds a quote: no app passes `"id": 1`, so i18next shows such a span as written, as text. */
const isQuoted = (name: string): boolean => name.includes('"') || name.includes("'");

/** A span's name and format from its text inside the delimiters, its unescape marker taken off; undefined for no name, a quoted one or words (see isProse). */
function readSpan(inner: string, unescaped: boolean, formatSeparator: string): InterpolationSpan | undefined {
  const text = inner.trim();
  const separator = text.indexOf(formatSeparator);
  const name = (separator < 0 ? text : text.slice(0, separator)).trim();
  if (name === '' || isQuoted(name) || isProse(name)) return undefined;
  return { name, unescaped, format: separator < 0 ? undefined : text.slice(separator + formatSeparator.length) };
}

/**
 * Whether a variable name is words and spaces only (OpenSign's "Each opening {{ must have a matching
 * }}."): no app passes such a name, so i18next shows the span as written, as text. A name with a
 * brace (see unclosedName) or a dash (`{{ - name}}`) is a mistake to report, not text.
 */
const isProse = (name: string): boolean => /\s/.test(name) && prosePattern().test(name);

/** Built at the first name with a space: V8 compiles a Unicode property class when the pattern is created, at a cost every check would pay at load. */
let prose: RegExp | undefined;
const prosePattern = (): RegExp => (prose ??= new RegExp('^[\\p{L}\\p{M}\\p{N}_]+(?:\\s+[\\p{L}\\p{M}\\p{N}_]+)+$', 'u'));

/**
 * The variable spans of a message (`{{...}}` in i18next's default syntax) as i18next reads them
 * (see nextSpan), in order, each a variable (`{{x}}`, `{{- x}}` unescaped, `{{x, format(options)}}`:
 * the name is before the format separator); spans with no name, a quoted one or words (see
 * isProse) are left out.
 */
export function spansOf(value: string, syntax: InterpolationSyntax = DEFAULT_SYNTAX): InterpolationSpan[] {
  if (syntax.unescapeSuffix !== '') return suffixMarkedSpans(value, syntax);
  const { prefix, suffix, unescapePrefix, formatSeparator } = syntax;
  const spans: InterpolationSpan[] = [];
  for (let at = nextSpan(value, 0, prefix, suffix); at >= 0; at = nextSpan(value, spanEnd + suffix.length, prefix, suffix)) {
    // Only `{{-` with nothing between is unescaped: in `{{ -x}}` the dash is part of the name.
    const raw = value.slice(at + prefix.length, spanEnd);
    const unescaped = raw.startsWith(unescapePrefix);
    const span = readSpan(unescaped ? raw.slice(unescapePrefix.length) : raw, unescaped, formatSeparator);
    if (span) spans.push(span);
  }
  return spans;
}

/**
 * The spans of a message that hold words, not a variable (see isProse), as written, braces and
 * all: i18next reads no variable there and shows them so (az "{{About Pencərəsinin göstərilməsi}}").
 * None in a syntax with an unescape suffix, whose spans spansOf reads in two passes.
 */
export function wordSpans(value: string, syntax: InterpolationSyntax = DEFAULT_SYNTAX): string[] {
  const { prefix, suffix, unescapePrefix, formatSeparator } = syntax;
  if (syntax.unescapeSuffix !== '' || !value.includes(prefix)) return NONE as string[];
  const words: string[] = [];
  for (let at = nextSpan(value, 0, prefix, suffix); at >= 0; at = nextSpan(value, spanEnd + suffix.length, prefix, suffix)) {
    const raw = value.slice(at + prefix.length, spanEnd);
    const inner = (raw.startsWith(unescapePrefix) ? raw.slice(unescapePrefix.length) : raw).trim();
    const separator = inner.indexOf(formatSeparator);
    const name = (separator < 0 ? inner : inner.slice(0, separator)).trim();
    if (name !== '' && !isQuoted(name) && isProse(name)) words.push(value.slice(at, spanEnd + suffix.length));
  }
  return words;
}

/** What stands for a value the first pass fills, in the text the second reads: one character that no delimiter holds. */
const FILLED = '\uFFFF';

/**
 * The spans of a message in a syntax with an unescape suffix (`{{html-}}`), read in i18next 26's
 * two passes. First `prefix(.+?)unescapeSuffix suffix`, which from the first prefix of a line runs
 * on past other spans (`{{a}} and {{b-}}` is one match, named `a}} and {{b`): a match whose name
 * holds the prefix or suffix, or a quote, is a name no app passes, so i18next leaves it as written.
 * Then `prefix(.+?)suffix` over the text with those values filled in (each stands for one), so
 * `{{b-}}` left over is read as a variable named `b-`, shown as written; a span whose name takes
 * in a filled value names nothing the app passes, and is left out.
 */
function suffixMarkedSpans(value: string, syntax: InterpolationSyntax): InterpolationSpan[] {
  const { prefix, suffix, unescapeSuffix, formatSeparator } = syntax;
  const close = unescapeSuffix + suffix;
  // Each span with its place in the text the second pass reads.
  const found: [number, InterpolationSpan][] = [];
  let text = '';
  let copied = 0;
  for (let at = nextSpan(value, 0, prefix, close); at >= 0; at = nextSpan(value, spanEnd + close.length, prefix, close)) {
    const inner = value.slice(at + prefix.length, spanEnd);
    const span = inner.includes(prefix) || inner.includes(suffix) ? undefined : readSpan(inner, true, formatSeparator);
    if (!span) continue;
    text += value.slice(copied, at);
    found.push([text.length, span]);
    text += FILLED;
    copied = spanEnd + close.length;
  }
  text = copied === 0 ? value : text + value.slice(copied);
  for (let at = nextSpan(text, 0, prefix, suffix); at >= 0; at = nextSpan(text, spanEnd + suffix.length, prefix, suffix)) {
    const span = readSpan(text.slice(at + prefix.length, spanEnd), false, formatSeparator);
    if (span && !span.name.includes(FILLED)) found.push([at, span]);
  }
  return found.sort((a, b) => a[0] - b[0]).map(([, span]) => span);
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
 * The variables a message shows itself: those outside its `$t()` nestings. i18next fills the ones
 * inside first, and they reach the page only as options of the nested key (`$t(other, {"v":
 * "{{name}}"})` shows the other key's text): a translation without them shows no less.
 */
export function shownVariables(value: string, syntax: InterpolationSyntax = DEFAULT_SYNTAX): string[] {
  const spans = nestingSpans(value, syntax);
  if (spans.length === 0) return interpolationsOf(value, syntax).variables;
  // A line break between the parts: no variable span reads across one.
  let rest = '';
  let from = 0;
  for (let i = 0; i < spans.length; i += 2) {
    rest += `${value.slice(from, spans[i])}\n`;
    from = spans[i + 1] as number;
  }
  return interpolationsOf(rest + value.slice(from), syntax).variables;
}

/**
 * Whether a translation writes exactly the source's variable spans, character for character and
 * in order: then both pass the same variables with the same formats. `'unescaped'` when they are
 * the same but one is written `{{- x}}`. Compared in place, nothing parsed: most translations
 * keep their spans, and a string without a span on either side is the same at once.
 */
export function sameSpans(value: string, source: string, syntax: InterpolationSyntax = DEFAULT_SYNTAX): boolean | 'unescaped' {
  if (syntax.unescapeSuffix !== '') return sameReadSpans(spansOf(value, syntax), spansOf(source, syntax));
  const { prefix, suffix, unescapePrefix } = syntax;
  const open = prefix.length;
  // spanEnd is shared: each span's end is taken right after the search that found it.
  let from = nextSpan(source, 0, prefix, suffix);
  let until = spanEnd;
  let at = nextSpan(value, 0, prefix, suffix);
  let unescaped = false;
  while (at >= 0) {
    const end = spanEnd;
    if (from < 0 || until - from !== end - at) return false;
    for (let i = open; i < end - at; i++) {
      if (value.charCodeAt(at + i) !== source.charCodeAt(from + i)) return false;
    }
    // Only `{{-` with nothing between is unescaped (see spansOf).
    if (value.startsWith(unescapePrefix, at + open)) unescaped = true;
    from = nextSpan(source, until + suffix.length, prefix, suffix);
    until = spanEnd;
    at = nextSpan(value, end + suffix.length, prefix, suffix);
  }
  return from < 0 ? (unescaped ? 'unescaped' : true) : false;
}

/**
 * sameSpans of the spans two messages were read into, where a span is read depends on
 * more than its own text (an unescape suffix, see suffixMarkedSpans): the same names, formats
 * and escaping, in order.
 */
function sameReadSpans(ours: readonly InterpolationSpan[], theirs: readonly InterpolationSpan[]): boolean | 'unescaped' {
  if (ours.length !== theirs.length) return false;
  let unescaped = false;
  for (let i = 0; i < ours.length; i++) {
    const [a, b] = [ours[i] as InterpolationSpan, theirs[i] as InterpolationSpan];
    if (a.name !== b.name || a.format !== b.format || a.unescaped !== b.unescaped) return false;
    unescaped ||= a.unescaped;
  }
  return unescaped ? 'unescaped' : true;
}

/**
 * A nesting's options with their variables (`{"count": {{n}}}`) read as 1, as i18next 26 fills
 * them with the call's values, not known here. A span naming no variable an app passes (`{"count":
 * {n}` where `{` is the prefix: the options' own brace opens it) is left as written, as i18next
 * leaves it, and the options then do not parse.
 */
function withVariablesFilled(written: string, { prefix, suffix }: InterpolationSyntax): string {
  let text = '';
  let copied = 0;
  for (let at = nextSpan(written, 0, prefix, suffix); at >= 0; at = nextSpan(written, copied, prefix, suffix)) {
    const name = written.slice(at + prefix.length, spanEnd);
    text +=
      written.slice(copied, at) +
      (isQuoted(name) || name.includes('{') || name.includes('}') ? written.slice(at, spanEnd + suffix.length) : '1');
    copied = spanEnd + suffix.length;
  }
  return text + written.slice(copied);
}

/**
 * The options of a nesting as i18next 26 reads them: it interpolates them (see
 * withVariablesFilled), turns single quotes into double ones unless double quotes pair up, then
 * JSON.parse-s them. Undefined when they do not parse.
 */
function nestingOptions(written: string, syntax: InterpolationSyntax): Record<string, unknown> | undefined {
  let text = withVariablesFilled(written, syntax);
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
  if (!options) return { ...ref, key: `${key}${syntax.nestingOptionsSeparator}${written}`, unreadOptions: written };
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
  // i18next drops a default value that holds its prefix as it keeps it (`\{\{`, so not `{{`); any
  // other string is shown when the key is missing (per plural form: `defaultValue_other`).
  const usable = (value: unknown): boolean => typeof value === 'string' && !value.includes(keptPrefix(syntax));
  ref.hasDefault =
    usable(defaultValue) ||
    (ref.hasCount && Object.keys(options).some((name) => name.startsWith('defaultValue_') && usable(options[name])));
  return ref;
}

/**
 * The text from the first nesting prefix (`$t(`) that begins no nesting i18next reads (one
 * without its closing `)`): i18next shows it as written. Undefined when every one is read.
 */
export function unreadNesting(value: string, syntax: InterpolationSyntax = DEFAULT_SYNTAX): string | undefined {
  const { nestingPrefix } = syntax;
  let covered = 0;
  const spans = nestingSpans(value, syntax);
  for (let i = 0; i < spans.length; i += 2) {
    const start = spans[i] as number;
    const at = value.indexOf(nestingPrefix, covered);
    if (at >= 0 && at < start) return value.slice(at);
    covered = spans[i + 1] as number;
  }
  const at = value.indexOf(nestingPrefix, covered);
  return at < 0 ? undefined : value.slice(at);
}

/** The `$t(key)` and `$t(key, {...})` nestings of a message, in the syntax's nesting prefix and suffix. */
export function nestingOf(value: string, syntax: InterpolationSyntax = DEFAULT_SYNTAX): NestingRef[] {
  const { nestingPrefix, nestingSuffix } = syntax;
  if (!value.includes(nestingPrefix)) return [];
  const refs: NestingRef[] = [];
  const spans = nestingSpans(value, syntax);
  for (let i = 0; i < spans.length; i += 2) {
    const inside = value.slice((spans[i] as number) + nestingPrefix.length, (spans[i + 1] as number) - nestingSuffix.length);
    const { key, options } = splitNesting(inside, syntax);
    refs.push(nestingRef(key, options, syntax));
  }
  return refs;
}

/** HTML's void elements: `<br>`, `<br/>` and `<br />` are one element (react-i18next's Trans and parse5 read them so). */
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

/**
 * A tag name as an HTML element's, lowercased, where it is written as one (`br`, `BR`); undefined
 * for a component's (`Link`, `DocsLink`): react-i18next's Trans (html-parse-stringify) reads a
 * name as written, so `<Link>` is the app's link component, never HTML's void `link`.
 */
export const htmlElementName = (name: string): string | undefined =>
  name === name.toLowerCase() || name === name.toUpperCase() ? name.toLowerCase() : undefined;

/** Whether a tag name is one of HTML's void elements (`br`, `img`): each one written is an element of its own. */
export const isVoidElement = (name: string): boolean => {
  // Most names are no void element's in any case: one lowercasing rules them out.
  const lower = name.toLowerCase();
  return VOID.has(lower) && htmlElementName(name) === lower;
};

/**
 * The tags of a message normalised to `<b>`, `</b>`, `<1>`, `<br/>` (a void element however
 * written), sorted: a translation may reorder them. With `voidPairs`, a void element's end tag
 * right after its start tag (`<br></br>`, as JSX and extractors write a `<br />`) is left out:
 * react-i18next's Trans renders the pair as one `<br>`, while an HTML parser reads that `</br>` as
 * a second line break, so only a caller that knows the pair is meant as one asks for it.
 */
export function tagsOf(value: string, voidPairs = false): string[] {
  if (!value.includes('<')) return NONE as string[];
  const tags: string[] = [];
  let openVoid = '';
  let openEnd = -1;
  for (const match of value.matchAll(TAG)) {
    const name = match[2] as string;
    const closing = match[1] !== '';
    if (voidPairs && closing && match.index === openEnd && name === openVoid) continue;
    const isVoid = isVoidElement(name);
    openVoid = !closing && isVoid && !match[4] ? name : '';
    openEnd = match.index + match[0].length;
    tags.push(closing ? `</${name}>` : match[4] || isVoid ? `<${name}/>` : `<${name}>`);
  }
  return tags.sort();
}

/**
 * The end tags of a message that close nothing, in reading order (`</em>` once its element is
 * closed, or with none opened): an HTML parser skips such a tag, and so does react-i18next's Trans
 * (html-parse-stringify closes an element only at an end tag of its name), so it renders nothing.
 * `</br>` and `</p>` are never among them: HTML reads those as a line break and an empty paragraph.
 */
export function strayCloses(value: string): string[] {
  if (!value.includes('</')) return NONE as string[];
  const open = new Map<string, number>();
  const stray: string[] = [];
  for (const match of value.matchAll(TAG)) {
    const name = match[2] as string;
    if (match[1] === '') {
      if (!match[4] && !isVoidElement(name)) open.set(name, (open.get(name) ?? 0) + 1);
      continue;
    }
    const pending = open.get(name) ?? 0;
    if (pending > 0) open.set(name, pending - 1);
    else if (!isVoidElement(name) && htmlElementName(name) !== 'p') stray.push(`</${name}>`);
  }
  return stray;
}

/** The names of the start tags a message writes with attributes (`a` for `<a href="/terms">`), once each. */
export function namesWithAttributes(value: string): string[] {
  const names: string[] = [];
  if (!value.includes('<')) return names;
  for (const match of value.matchAll(TAG)) {
    const name = match[2] as string;
    if (match[1] === '' && match[3]?.trim() && !names.includes(name)) names.push(name);
  }
  return names;
}
