import type { MessageFormatElement, parse as parseMessage } from '@formatjs/icu-messageformat-parser';

/** What an ICU argument formats its value as: `{x}` is `simple`. */
export type IcuKind = 'simple' | 'number' | 'date' | 'time' | 'plural' | 'selectordinal' | 'select';

/** One argument of an ICU message: `{name}`, `{n, number, ::percent}`, `{count, plural, ...}`. */
export interface IcuArgument {
  name: string;
  kind: IcuKind;
  /** The style as written (`percent`, `::currency/EUR`, `short`); '' for none. */
  style: string;
  /** A plural's keyword categories (`one`, `other`; exact `=0` left out), or a select's cases. */
  options: string[];
  /** A plural's categories whose text shows the value (`#`, or the argument itself). */
  shown: string[];
  /** A plural's exact cases (`=0` -> 0): those counts never reach a category. */
  exact: number[];
  /** Each case's text as written, between its braces, by case (plural and select). */
  caseTexts: Record<string, string>;
  /** What a number, date or time skeleton (`::currency/EUR`) asks of Intl, as IntlMessageFormat passes it. */
  intl?: Record<string, unknown>;
  /** Where the argument is in the message, `{` to `}` (UTF-16 indexes). */
  start: number;
  end: number;
}

/** Why ICU cannot read a message, and where (UTF-16 indexes into it). */
export interface IcuError {
  message: string;
  start: number;
  end: number;
}

/** A message as i18next-icu reads it: its arguments, nested ones included, or the parse error that makes it show as written. */
export interface IcuMessage {
  arguments: IcuArgument[];
  /** The literal text, arguments left out and options' text kept: what a translator translates. */
  text: string;
  /**
   * Apostrophes right after a letter that ICU reads as the start of a quote (before `{`, `}`, `<`,
   * `>`, or `#` in a plural): written as elisions (fr "l'<a>", it "l'{x}"), they vanish, and what
   * follows up to the next apostrophe is shown as written. Indexes into the message.
   */
  quotes: number[];
  error?: IcuError;
}

/** The parser, loaded only for a project whose messages are ICU (see loadIcuParser). */
let parser: typeof parseMessage | undefined;

/**
 * Loads the ICU parser. Only projects with `messageFormat: 'icu'` need it, so it is not part of
 * every start; the config loader calls this for them before any rule runs.
 */
export async function loadIcuParser(): Promise<void> {
  parser ??= (await import('@formatjs/icu-messageformat-parser')).parse;
}

/** ICU's error kinds worded for a translator (`MISSING_OTHER_CLAUSE` and the rest). */
const ERRORS: Record<string, string> = {
  EXPECT_ARGUMENT_CLOSING_BRACE: 'an argument is not closed with "}"',
  EMPTY_ARGUMENT: 'an argument has no name ("{}")',
  MALFORMED_ARGUMENT: 'an argument name is not a name',
  EXPECT_ARGUMENT_TYPE: 'an argument has "," but no type after it',
  INVALID_ARGUMENT_TYPE: 'an argument type is not number, date, time, plural, selectordinal or select',
  EXPECT_ARGUMENT_STYLE: 'an argument has "," but no style after it',
  INVALID_NUMBER_SKELETON: 'a number skeleton is not valid',
  INVALID_DATE_TIME_SKELETON: 'a date or time skeleton is not valid',
  EXPECT_NUMBER_SKELETON: 'a number skeleton is empty',
  EXPECT_DATE_TIME_SKELETON: 'a date or time skeleton is empty',
  UNCLOSED_QUOTE_IN_ARGUMENT_STYLE: "a quote (') in an argument style is not closed",
  EXPECT_SELECT_ARGUMENT_OPTIONS: 'a select has no cases',
  EXPECT_PLURAL_ARGUMENT_OFFSET_VALUE: 'a plural offset has no number',
  INVALID_PLURAL_ARGUMENT_OFFSET_VALUE: 'a plural offset is not a whole number',
  EXPECT_SELECT_ARGUMENT_SELECTOR: 'a select case has no name',
  EXPECT_PLURAL_ARGUMENT_SELECTOR: 'a plural case has no category',
  EXPECT_SELECT_ARGUMENT_SELECTOR_FRAGMENT: 'a select case has no "{...}" text',
  EXPECT_PLURAL_ARGUMENT_SELECTOR_FRAGMENT: 'a plural case has no "{...}" text',
  INVALID_PLURAL_ARGUMENT_SELECTOR: 'a plural case is not zero, one, two, few, many, other or =N',
  DUPLICATE_PLURAL_ARGUMENT_SELECTOR: 'a plural case is written twice',
  DUPLICATE_SELECT_ARGUMENT_SELECTOR: 'a select case is written twice',
  MISSING_OTHER_CLAUSE: 'a plural or select has no "other" case',
};

const KINDS: Record<number, IcuKind> = { 1: 'simple', 2: 'number', 3: 'date', 4: 'time', 5: 'select' };

/** The style of a number, date or time argument as the message writes it. */
function styleOf(element: MessageFormatElement, message: string): string {
  if (!('style' in element) || !element.style) return '';
  if (typeof element.style === 'string') return element.style;
  const at = element.style.location;
  return at ? message.slice(at.start.offset, at.end.offset) : '';
}

/** What collect gathers from a message's elements. */
interface Collected {
  arguments: IcuArgument[];
  text: string[];
  quotes: number[];
}

const LETTER = /\p{L}/u;
const WORD = /[\p{L}\p{N}]/u;

/**
 * Adds to `quotes` the apostrophes of the literal from `start` to `end` that ICU reads as the start
 * of a quote and that follow a letter (see IcuMessage.quotes); `inPlural` makes `#` special too.
 */
function findQuotes(message: string, start: number, end: number, inPlural: boolean, quotes: number[]): void {
  for (let at = message.indexOf("'", start); at >= 0 && at < end; at = message.indexOf("'", at + 1)) {
    const next = message.charAt(at + 1);
    if (next === "'") {
      at++;
      continue;
    }
    if (!'{}<>'.includes(next) && !(inPlural && next === '#')) continue;
    // The quote runs to the next lone apostrophe ('' inside it is one).
    let close = message.indexOf("'", at + 1);
    while (close >= 0 && message.charAt(close + 1) === "'") close = message.indexOf("'", close + 2);
    // A quote meant as one quotes syntax alone ('{', '}'): an elision's runs on into words.
    const quoted = message.slice(at + 1, close < 0 ? end : close);
    if (LETTER.test(message.charAt(at - 1)) && WORD.test(quoted)) quotes.push(at);
    if (close < 0) return;
    at = close;
  }
}

/** Whether `elements` show the value of the plural argument `name` they belong to: a `#` of their own, or `{name}` at any depth. */
function showsValue(elements: readonly MessageFormatElement[], name: string, own = true): boolean {
  return elements.some(
    (element) =>
      (own && element.type === 7) ||
      ('value' in element && element.type !== 0 && element.value === name) ||
      ('options' in element && Object.values(element.options).some((option) => showsValue(option.value, name, own && element.type !== 6))),
  );
}

/** Each case's text as the message writes it, between its braces (the whole case where locations are missing). */
function textsOf(
  options: Record<string, { value: MessageFormatElement[]; location?: { start: { offset: number }; end: { offset: number } } }>,
  message: string,
): Record<string, string> {
  const texts: Record<string, string> = {};
  for (const [option, { location }] of Object.entries(options))
    texts[option] = location ? message.slice(location.start.offset + 1, location.end.offset - 1) : option;
  return texts;
}

/** Adds the arguments and literal text of `elements` (nested options too) to `into`. */
function collect(elements: readonly MessageFormatElement[], message: string, into: Collected, inPlural = false): void {
  for (const element of elements) {
    if (element.type === 0) {
      into.text.push(element.value);
      if (element.location) findQuotes(message, element.location.start.offset, element.location.end.offset, inPlural, into.quotes);
      continue;
    }
    if (!('value' in element) || element.type === 8) continue;
    const start = element.location?.start.offset ?? 0;
    const end = element.location?.end.offset ?? message.length;
    if (element.type === 6) {
      into.arguments.push({
        name: element.value,
        kind: element.pluralType === 'ordinal' ? 'selectordinal' : 'plural',
        style: '',
        options: Object.keys(element.options).filter((option) => !option.startsWith('=')),
        shown: Object.entries(element.options)
          .filter(([option, { value }]) => !option.startsWith('=') && showsValue(value, element.value))
          .map(([option]) => option),
        exact: Object.keys(element.options)
          .filter((option) => option.startsWith('='))
          .map((option) => Number(option.slice(1))),
        caseTexts: textsOf(element.options, message),
        start,
        end,
      });
    } else {
      const kind = KINDS[element.type] ?? 'simple';
      const skeleton = 'style' in element && element.style && typeof element.style === 'object' ? element.style : undefined;
      into.arguments.push({
        name: element.value,
        kind,
        ...(skeleton && 'parsedOptions' in skeleton && { intl: skeleton.parsedOptions as Record<string, unknown> }),
        style: styleOf(element, message),
        options: kind === 'select' && 'options' in element ? Object.keys(element.options) : [],
        shown: [],
        exact: [],
        caseTexts: 'options' in element ? textsOf(element.options, message) : {},
        start,
        end,
      });
    }
    if ('options' in element) for (const option of Object.values(element.options)) collect(option.value, message, into, element.type === 6);
  }
}

/**
 * What went wrong reading or formatting an ICU message, worded for a translator: the parser's
 * error kinds (`MISSING_OTHER_CLAUSE`), a message nested deeper than the parser's recursion
 * reaches (a RangeError, as in the app), else the error's first line.
 */
export function icuErrorMessage(error: unknown): string {
  if (error instanceof RangeError && /call stack/i.test(error.message)) return 'its cases nest too deeply to read';
  const text = error instanceof Error ? error.message : String(error);
  return ERRORS[text] ?? (/^[A-Z_]+$/.test(text) ? text.toLowerCase().replaceAll('_', ' ') : (text.split('\n')[0] ?? text));
}

/**
 * Reads a message as i18next-icu does (IntlMessageFormat with `ignoreTag` and
 * `requiresOtherClause`): tags are text, and a plural or select needs its `other` case.
 */
export function parseIcu(message: string): IcuMessage {
  if (!parser) throw new Error('the ICU parser is not loaded: loadIcuParser() must run first');
  // Without "{" a message has no argument and nothing ICU can fail to read ("}", "#" are text): it
  // is one literal, whose apostrophes are looked at alone. Its text keeps them (they hold no letter).
  if (!message.includes('{')) {
    const quotes: number[] = [];
    if (message.includes("'")) findQuotes(message, 0, message.length, false, quotes);
    return { arguments: [], text: message, quotes };
  }
  try {
    const into: Collected = { arguments: [], text: [], quotes: [] };
    collect(parser(message, { ignoreTag: true, requiresOtherClause: true, captureLocation: true }), message, into);
    return { arguments: into.arguments, text: into.text.join(''), quotes: into.quotes };
  } catch (error) {
    const location = (error as { location?: { start: { offset: number }; end: { offset: number } } }).location;
    const start = location?.start.offset ?? 0;
    return {
      arguments: [],
      text: message,
      quotes: [],
      error: { message: icuErrorMessage(error), start, end: Math.max(location?.end.offset ?? start, start) },
    };
  }
}

/** Each argument name once, in the order the message first uses it. */
export function argumentNames(message: IcuMessage): string[] {
  return [...new Set(message.arguments.map((argument) => argument.name))];
}
