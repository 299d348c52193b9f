import { DEFAULT_SYNTAX, type InterpolationSyntax } from './interpolation-syntax.js';
import { regexEscape } from '../text/regex-escape.js';

// What i18next 26 takes as one `$t(...)`, its own pattern: up to the first `)` outside quotes and
// outside one level of parentheses, so `$t(k, {"context": "a(b)"})` is whole.
const QUOTED = `"[^"]*"|'[^']*'`;
const UNQUOTED = `[^()"']`;
const IN_PARENTHESES = `\\((?:${UNQUOTED}|${QUOTED})*\\)`;
const nestingPattern = (prefix: string, suffix: string): RegExp =>
  new RegExp(`${regexEscape(prefix)}((?:${UNQUOTED}|${QUOTED}|${IN_PARENTHESES})*?)${regexEscape(suffix)}`, 'g');
const NESTING = nestingPattern(DEFAULT_SYNTAX.nestingPrefix, DEFAULT_SYNTAX.nestingSuffix);

/** The pattern of a project's own nesting delimiters, made once per syntax. */
const ownPatterns = new WeakMap<InterpolationSyntax, RegExp>();

/** The nesting pattern of a syntax: i18next's own unless the project changes its delimiters. */
function patternOf(syntax: InterpolationSyntax): RegExp {
  const { nestingPrefix, nestingSuffix } = syntax;
  if (nestingPrefix === DEFAULT_SYNTAX.nestingPrefix && nestingSuffix === DEFAULT_SYNTAX.nestingSuffix) return NESTING;
  let pattern = ownPatterns.get(syntax);
  if (pattern === undefined) ownPatterns.set(syntax, (pattern = nestingPattern(nestingPrefix, nestingSuffix)));
  return pattern;
}

/**
 * The nestings of a message as i18next 26 finds them (`$t(...)`, or in the syntax's delimiters),
 * as offsets in pairs: the start of each prefix and the end past its suffix, `[start, end, start,
 * end, ...]`. One search after another with the one pattern, as i18next's nest() runs it: no
 * clone of the pattern, no iterator, as matchAll makes for every message.
 */
export function nestingSpans(value: string, syntax: InterpolationSyntax = DEFAULT_SYNTAX): number[] {
  const pattern = patternOf(syntax);
  const spans: number[] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(value); match !== null; match = pattern.exec(value)) spans.push(match.index, pattern.lastIndex);
  return spans;
}

/**
 * Where the next options separator that spaces (not line breaks) separate from a `{` begins and
 * ends, from `from` on: where i18next 26 splits a nesting's key from its options (`,[ ]*{`).
 */
function optionsSeparator(text: string, from: number, separator: string): { start: number; end: number } | undefined {
  for (let at = text.indexOf(separator, from); at >= 0; at = text.indexOf(separator, at + 1)) {
    let end = at + separator.length;
    while (text.charCodeAt(end) === 0x20) end++;
    if (text.charCodeAt(end) === 0x7b) return { start: at, end: end + 1 };
  }
  return undefined;
}

/**
 * Splits what a nesting holds as i18next 26 does: options are what follows the first options
 * separator that spaces (not line breaks) separate from a `{`, up to the next such one, and
 * formatters follow the last `}` (or, without options, the first format separator: `$t(key,
 * uppercase)` looks up `key`).
 */
export function splitNesting(inside: string, syntax: InterpolationSyntax = DEFAULT_SYNTAX): { key: string; options: string } {
  const { formatSeparator, nestingOptionsSeparator: separator } = syntax;
  let text = inside;
  // i18next tests /{.*}/s: a `{` with a `}` somewhere after it (found here without rescanning from each `{`).
  const close = text.lastIndexOf('}');
  const end = close > 0 && text.lastIndexOf('{', close) >= 0 ? close + 1 : text.indexOf(formatSeparator);
  if (end !== -1) text = text.slice(0, end);
  text = text.trim();
  if (!text.includes(separator)) return { key: text, options: '' };
  // As i18next's split(/,[ ]*{/): the key before the first separator, the options up to the second.
  const first = optionsSeparator(text, 0, separator);
  // No separator: i18next's options are then `{${undefined}`, which no JSON.parse reads.
  if (!first) return { key: text, options: '{undefined' };
  const second = optionsSeparator(text, first.end, separator);
  return { key: text.slice(0, first.start), options: `{${text.slice(first.end, second?.start)}` };
}
