// Whether a string's final "." is an abbreviation's: its language writes the short word with it.

/** Units whose short and narrow names CLDR gives each language (de "Std.", pl "godz.", ru "дн."). */
const UNITS = ['second', 'minute', 'hour', 'day', 'week', 'month', 'year', 'kilometer', 'meter', 'kilogram', 'gram', 'liter'];

/**
 * Shortenings no CLDR list holds that translators write at the end of a label for a source's
 * dotless one ("Max", "approx"): maximum, minimum, number, about, and the "and so on" forms.
 */
const COMMON = ['max', 'min', 'макс', 'мин', 'maks', 'nr', 'etc', 'usw', 'itd', 'itp', 'ca', 'approx', 'env'];

const cache = new Map<string, ReadonlySet<string>>();

/** The values of the parts of one formatting whose type is `type`. */
const partsOf = (parts: Intl.DateTimeFormatPart[] | Intl.NumberFormatPart[], type: string): string[] =>
  parts.filter((part) => part.type === type).map((part) => part.value);

/**
 * A language's abbreviations that end with a dot, in lower case and without it, from CLDR as the
 * runtime's ICU ships it: short and narrow unit names, short month and weekday names, and the day
 * periods (sl "dop.", el "π.μ."). Worked out once per language.
 */
function cldrAbbreviations(language: string): ReadonlySet<string> {
  const known = cache.get(language);
  if (known) return known;
  const found: string[] = [];
  try {
    for (const unit of UNITS)
      for (const unitDisplay of ['short', 'narrow'] as const)
        found.push(...partsOf(new Intl.NumberFormat(language, { style: 'unit', unit, unitDisplay }).formatToParts(5), 'unit'));
    const format = (options: Intl.DateTimeFormatOptions, date: number, type: string): string[] =>
      partsOf(new Intl.DateTimeFormat(language, { ...options, timeZone: 'UTC' }).formatToParts(date), type);
    // The first of each month of 2020, the first seven days (a week), 03:00 and 15:00.
    for (let n = 0; n < 12; n++) found.push(...format({ month: 'short' }, Date.UTC(2020, n, 1), 'month'));
    for (let n = 1; n <= 7; n++) found.push(...format({ weekday: 'short' }, Date.UTC(2020, 0, n), 'weekday'));
    for (const hour of [3, 15]) found.push(...format({ hour: 'numeric', hour12: true }, Date.UTC(2020, 0, 1, hour), 'dayPeriod'));
  } catch {
    // A code Intl refuses (`zz-invalid`) has no abbreviations of its own; the common ones stay.
  }
  const set = new Set(found.filter((word) => word.endsWith('.')).map((word) => word.slice(0, -1).toLowerCase()));
  for (const word of COMMON) set.add(word);
  cache.set(language, set);
  return set;
}

/** Two or more runs of one to three letters, each closed by a dot (nl "a.u.b.", de "z. B.", "n. v.", el "π.μ."). */
const DOTTED = /(?:^|[^\p{L}\p{M}.])(?:[\p{L}\p{M}]{1,3}\.\s?)+[\p{L}\p{M}]{1,3}\.$/u;
/** The last word before a final dot. */
const LAST_WORD = /(?:^|[^\p{L}\p{M}])([\p{L}\p{M}]+)\.$/u;

/**
 * Whether the "." that ends `value` at `end` closes an abbreviation the language writes with one:
 * one with inner dots ("a.u.b.", "z. B."), or a short word CLDR gives the language ("Std.", "godz.",
 * "dop.") or a shortening of maximum, minimum or number ("Макс.", "Nr."). The dot is the word's, as
 * in the source's dotless "Max" or "{{n}}h": no full stop is added.
 */
export function endsWithAbbreviation(value: string, end: number, language: string): boolean {
  const tail = value.slice(Math.max(0, end - 24), end);
  if (DOTTED.test(tail)) return true;
  const word = LAST_WORD.exec(tail)?.[1];
  return word !== undefined && cldrAbbreviations(language).has(word.toLowerCase());
}
