// Whether a string's final "." is an abbreviation's: its language writes the short word with it.

/** Units whose short and narrow names CLDR gives each language (de "Std.", pl "godz.", ru "дн."). */
const UNITS = ['second', 'minute', 'hour', 'day', 'week', 'month', 'year', 'kilometer', 'meter', 'kilogram', 'gram', 'liter'];

/**
 * Shortenings no CLDR list holds that translators write at the end of a label for a source's
 * dotless one ("Max", "approx"): maximum, minimum, number, about, and the "and so on" forms.
 */
const COMMON: ReadonlySet<string> = new Set(['max', 'min', 'макс', 'мин', 'maks', 'nr', 'etc', 'usw', 'itd', 'itp', 'ca', 'approx', 'env']);

const dateWords = new Map<string, ReadonlySet<string>>();
const unitWords = new Map<string, ReadonlySet<string>>();

/** The values of the parts of one formatting whose type is `type`. */
const partsOf = (parts: Intl.DateTimeFormatPart[] | Intl.NumberFormatPart[], type: string): string[] =>
  parts.filter((part) => part.type === type).map((part) => part.value);

/** The words of a list that end with a dot, in lower case and without it. */
const dotted = (words: readonly string[]): ReadonlySet<string> =>
  new Set(words.filter((word) => word.endsWith('.')).map((word) => word.slice(0, -1).toLowerCase()));

/**
 * A language's abbreviations with a dot among its short month and weekday names and day periods
 * (sl "dop.", el "π.μ."), from CLDR as the runtime's ICU ships it: three formatters, once per
 * language. Empty for a code Intl refuses (`zz-invalid`).
 */
function dateAbbreviations(language: string): ReadonlySet<string> {
  let words = dateWords.get(language);
  if (words) return words;
  const found: string[] = [];
  try {
    const formatter = (options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat =>
      new Intl.DateTimeFormat(language, { ...options, timeZone: 'UTC' });
    // The first of each month of 2020, the first seven days (a week), 03:00 and 15:00.
    const months = formatter({ month: 'short' });
    for (let n = 0; n < 12; n++) found.push(...partsOf(months.formatToParts(Date.UTC(2020, n, 1)), 'month'));
    const weekdays = formatter({ weekday: 'short' });
    for (let n = 1; n <= 7; n++) found.push(...partsOf(weekdays.formatToParts(Date.UTC(2020, 0, n)), 'weekday'));
    const hours = formatter({ hour: 'numeric', hour12: true });
    for (const hour of [3, 15]) found.push(...partsOf(hours.formatToParts(Date.UTC(2020, 0, 1, hour)), 'dayPeriod'));
  } catch {
    found.length = 0;
  }
  dateWords.set(language, (words = dotted(found)));
  return words;
}

/** A language's short and narrow unit names with a dot (de "Std.", pl "godz.", ru "дн."): asked only after the cheaper lists. */
function unitAbbreviations(language: string): ReadonlySet<string> {
  let words = unitWords.get(language);
  if (words) return words;
  const found: string[] = [];
  try {
    for (const unit of UNITS)
      for (const unitDisplay of ['short', 'narrow'] as const)
        found.push(...partsOf(new Intl.NumberFormat(language, { style: 'unit', unit, unitDisplay }).formatToParts(5), 'unit'));
  } catch {
    found.length = 0;
  }
  unitWords.set(language, (words = dotted(found)));
  return words;
}

/**
 * Longer than any word a CLDR short form or a listed shortening has before its dot (7 in Node 20's
 * ICU: lv "Ceturtd.", fi "marrask."): a longer last word is a full stop without asking Intl.
 */
const LONGEST_SHORT_FORM = 8;

/**
 * The patterns of the tail, built at the first question: V8 compiles a Unicode property class when
 * the pattern is created (some 14 million instructions for these negated ones), which a check that
 * never asks would pay at load. `dotted`: two or more runs of one to three letters, each closed by
 * a dot (nl "a.u.b.", de "z. B.", "n. v.", el "π.μ."); `lastWord`: the last word before a final dot.
 */
let patterns: { dotted: RegExp; lastWord: RegExp } | undefined;
const tailPatterns = (): { dotted: RegExp; lastWord: RegExp } =>
  (patterns ??= {
    dotted: new RegExp('(?:^|[^\\p{L}\\p{M}.])(?:[\\p{L}\\p{M}]{1,3}\\.\\s?)+[\\p{L}\\p{M}]{1,3}\\.$', 'u'),
    lastWord: new RegExp('(?:^|[^\\p{L}\\p{M}])([\\p{L}\\p{M}]+)\\.$', 'u'),
  });

/**
 * Whether the "." that ends `value` at `end` closes an abbreviation the language writes with one:
 * one with inner dots ("a.u.b.", "z. B."), or a short word CLDR gives the language ("Std.", "godz.",
 * "dop.") or a shortening of maximum, minimum or number ("Макс.", "Nr."). The dot is the word's, as
 * in the source's dotless "Max" or "{{n}}h": no full stop is added.
 */
export function endsWithAbbreviation(value: string, end: number, language: string): boolean {
  const tail = value.slice(Math.max(0, end - 24), end);
  const { dotted, lastWord } = tailPatterns();
  if (dotted.test(tail)) return true;
  const word = lastWord.exec(tail)?.[1]?.toLowerCase();
  if (word === undefined || word.length > LONGEST_SHORT_FORM) return false;
  return COMMON.has(word) || dateAbbreviations(language).has(word) || unitAbbreviations(language).has(word);
}
