import type { IcuArgument, IcuMessage } from '../bundles/icu-message.js';
import { pluralFamily, type PluralCategory, type PluralFamily } from '../bundles/plural-rules.js';
import { unknownPluralRules } from '../locale/plural-rules-known.js';
import type { Bundle } from '../project/bundle.js';
import { inBundle, type Finding } from './finding.js';
import { icuOf, writtenArgument } from './icu-of.js';
import type { RuleContext } from './rule-context.js';

/**
 * The plural and selectordinal arguments of one string of `bundle`, against its locale's CLDR
 * categories (plural-forms with `messageFormat: 'icu'`). A category the locale selects at some
 * count below 1000 with no case of its own is a warning: ICU then shows the `other` case, which
 * may be the wrong form (pl "5 komentarze" for "5 komentarzy"); see casesAsked and missingCases
 * for what is left to `other`. A case the locale never selects (ja `one`) is a warning too, unless
 * it says what `other` says. A locale without plural rules of its own is locale-code's.
 */
export function reportIcuPlurals(
  context: RuleContext,
  bundle: Bundle,
  key: string,
  value: string,
  sourceValue: unknown,
  report: (finding: Finding) => void,
): void {
  const message = icuOf(context, value);
  // Without plural rules of its own (ua) a locale's categories are the reader's: locale-code says so.
  if (message.error || unknownPluralRules(bundle.locale)) return;
  const source = typeof sourceValue === 'string' ? icuOf(context, sourceValue) : message;
  for (const argument of message.arguments) {
    if (argument.kind !== 'plural' && argument.kind !== 'selectordinal') continue;
    const ordinal = argument.kind === 'selectordinal';
    const family = pluralFamily(bundle.locale, ordinal);
    const at = { target: inBundle(bundle), anchor: { kind: 'in-value', key, start: argument.start, end: argument.end } as const, key };
    const written = writtenArgument('', argument);
    const missing = casesAsked(argument, source, family) ? missingCases(argument, family) : [];
    if (missing.length > 0) {
      const sharing = family.reach.get('other') === 'common' ? [...missing, 'other' as const] : missing;
      const where = sharing.map((c) => `${c} ${counts(family.examples.get(c))}`).join(' and ');
      report({
        ...at,
        severity: 'warning',
        message: `${written} has no ${missing.map((c) => `"${c}"`).join(', ')} case, so ICU shows its "other" text at ${bundle.locale}'s ${where} alike; add the case, or keep "other" if its words are right at all of them`,
      });
    }
    // A case never selected is dead text; one that reads as "other" reads there loses nothing.
    const unused = argument.options.filter(
      (option) => !family.categories.includes(option as PluralCategory) && !readsAsOther(argument, option),
    );
    if (unused.length > 0)
      report({
        ...at,
        severity: 'warning',
        message: `${written} has ${unused.map((c) => `"${c}"`).join(', ')}, which ${bundle.locale} never selects (its ${ordinal ? 'ordinal' : 'plural'} categories are ${family.categories.join(', ')}): that text is never shown`,
      });
  }
}

/**
 * Whether a plural asks for the locale's cases: not where the source writes it with `other` alone
 * (`{count, plural, other {# more}}` only formats the number), nor where no case shows the count
 * (cs "Vybrat hodnoty": without a numeral, few and other words are the same plural).
 */
function casesAsked(argument: IcuArgument, source: IcuMessage, family: PluralFamily): boolean {
  if (argument.shown.length === 0 || family.categories.length === 1) return false;
  return !source.arguments.some((a) => a.name === argument.name && a.kind === argument.kind && a.options.every((o) => o === 'other'));
}

/**
 * The categories below 1000 a plural has no case for. Where only fractions select "other" (ru, pl,
 * uk) its text may be written for the one integer category left out (ru "other {# дней}" for
 * many): only two left out share one text.
 */
function missingCases(argument: IcuArgument, family: PluralFamily): PluralCategory[] {
  const missing = family.categories.filter(
    (category) =>
      !argument.options.includes(category) &&
      family.reach.get(category) === 'common' &&
      category !== 'other' &&
      !takenByExactCases(argument, family, category),
  );
  return missing.length > (family.reach.get('other') === 'fractional' ? 1 : 0) ? missing : [];
}

/** The counts a category is tried at: every integer to 1000, some larger ones, and fractions. */
const TRIED = [...Array.from({ length: 1001 }, (_, i) => i), 10_000, 100_000, 1_000_000, 0.5, 1.5, 2.5, 0.1, 1.1, 2.1, 3.5, 1.25];

/**
 * Whether a plural's exact cases take every count a category selects, so ICU never reaches the
 * category: en and de `one` is 1 alone, and `=1 {1 Option}` is its case (fr `one` is 0 and 1 too).
 */
function takenByExactCases(argument: IcuArgument, family: PluralFamily, category: PluralCategory): boolean {
  if (argument.exact.length === 0) return false;
  return TRIED.every((count) => family.select(count) !== category || argument.exact.includes(count));
}

/** The count a category names whatever the language (`one` is 1), which its text may write as a digit. */
const NAMED_COUNT: Partial<Record<string, string>> = { zero: '0', one: '1', two: '2' };

/**
 * Whether a case says what `other` says at its count: the same text, or `1 件` beside `{count} 件`
 * (ja `one`, never selected: at 1 the `other` case shows the same words).
 */
function readsAsOther(argument: IcuArgument, option: string): boolean {
  const named = NAMED_COUNT[option];
  const filled = (text: string | undefined): string | undefined =>
    named === undefined ? text?.trim() : text?.replaceAll('#', named).replaceAll(`{${argument.name}}`, named).trim();
  return filled(argument.caseTexts[option]) === filled(argument.caseTexts.other);
}

/** Up to three counts, as a message writes them: "counts (2, 3, 4)". */
const counts = (examples: readonly number[] | undefined): string => `counts (${(examples ?? []).join(', ')})`;
