import { pluralFamily, type PluralCategory } from '../bundles/plural-rules.js';
import type { Bundle } from '../project/bundle.js';
import { inBundle, type Finding } from './finding.js';
import { icuOf } from './icu-of.js';
import type { RuleContext } from './rule-context.js';

/**
 * The plural and selectordinal arguments of one string of `bundle`, against its locale's CLDR
 * categories (plural-forms with `messageFormat: 'icu'`). A category the locale selects at some
 * count below 1000 with no case of its own is a warning: ICU then shows the `other` case, which
 * may be the wrong form (pl "5 komentarze" for "5 komentarzy"). Categories only large or
 * fractional counts select (es `many`: 1000000) are left to `other`, which reads right there, as is
 * one integer category left out where only fractions select `other` (ru, pl, uk): its text may be
 * written for it (ru `other {# дней}` for `many`). A
 * case the locale never selects (ja `one`) is a warning too: its text is never shown. A plural the
 * source (`sourceValue`; for the source, the string itself) writes with `other` alone asks for no case.
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
  if (message.error) return;
  const source = typeof sourceValue === 'string' ? icuOf(context, sourceValue) : message;
  for (const argument of message.arguments) {
    if (argument.kind !== 'plural' && argument.kind !== 'selectordinal') continue;
    // A plural the source writes with "other" alone (`{count, plural, other {# more}}`) only formats the number: no case is asked for.
    const otherOnly = source.arguments.some(
      (a) => a.name === argument.name && a.kind === argument.kind && a.options.every((o) => o === 'other'),
    );
    const ordinal = argument.kind === 'selectordinal';
    const family = pluralFamily(bundle.locale, ordinal);
    const at = { target: inBundle(bundle), anchor: { kind: 'in-value', key, start: argument.start, end: argument.end } as const, key };
    const written = `{${argument.name}, ${argument.kind}, ...}`;
    const missing = otherOnly
      ? []
      : family.categories.filter(
          (category) => !argument.options.includes(category) && family.reach.get(category) === 'common' && category !== 'other',
        );
    // Where only fractions select "other" (ru, pl, uk), its text may be written for the one integer
    // category left out (ru "other {# дней}" for many): only two left out share one text.
    const fractionalOther = family.reach.get('other') === 'fractional';
    if (missing.length > (fractionalOther ? 1 : 0)) {
      const where = missing.map((c) => `${c} ${counts(family.examples.get(c))}`).join(' and ');
      const message = fractionalOther
        ? `so ICU shows its "other" text at ${bundle.locale}'s ${where} alike; add the cases, or keep "other" if its words are right for all`
        : `so ICU shows its "other" text, written for ${bundle.locale}'s other ${counts(family.examples.get('other'))}, at its ${where} too; add the case, or keep "other" if its words are right there`;
      report({ ...at, severity: 'warning', message: `${written} has no ${missing.map((c) => `"${c}"`).join(', ')} case, ${message}` });
    }
    const unused = argument.options.filter((option) => !family.categories.includes(option as PluralCategory));
    if (unused.length > 0)
      report({
        ...at,
        severity: 'warning',
        message: `${written} has ${unused.map((c) => `"${c}"`).join(', ')}, which ${bundle.locale} never selects (its ${ordinal ? 'ordinal' : 'plural'} categories are ${family.categories.join(', ')}): that text is never shown`,
      });
  }
}

/** Up to three counts, as a message writes them: "counts (2, 3, 4)". */
const counts = (examples: readonly number[] | undefined): string => `counts (${(examples ?? []).join(', ')})`;
