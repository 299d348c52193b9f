import { argumentNames, type IcuArgument } from '../bundles/icu-message.js';
import { pluralFamily, type PluralCategory, type PluralFamily } from '../bundles/plural-rules.js';
import type { Bundle } from '../project/bundle.js';
import { languageOf } from '../locale/locale-tag.js';
import type { Pair } from '../project/pair.js';
import { inBundle, type Finding } from './finding.js';
import { icuOf, quotedArguments, writtenArgument } from './icu-of.js';
import type { RuleContext } from './rule-context.js';

/** Names as ICU writes them: `{name}, {count}`. */
const listed = (names: readonly string[]): string => names.map((name) => `{${name}}`).join(', ');

/**
 * The arguments a translation invents or drops against its source, as i18next-icu reads both
 * (interpolation-mismatch with `messageFormat: 'icu'`). A string ICU cannot read, and an argument
 * an elision's apostrophe hides, are message-syntax's.
 */
export function reportIcuArguments(pair: Pair, bundle: Bundle, context: RuleContext, report: (finding: Finding) => void): void {
  if (pair.value.trim() === '') return;
  const ours = icuOf(context, pair.value);
  const theirs = icuOf(context, pair.sourceValue);
  if (ours.error || theirs.error) return;
  const source = argumentNames(theirs);
  const names = argumentNames(ours);
  // The app's defaultVariables have a value in every message, the source's or not.
  const given = context.config.interpolation.defaultVariables;
  const invented = names.filter((name) => !source.includes(name) && !given.includes(name));
  // An argument an elision's apostrophe hides is message-syntax's, at the apostrophe.
  const quoted = [...quotedArguments(context, pair.value, pair.sourceValue).values()];
  const dropped = source.filter((name) => !names.includes(name) && !quoted.includes(name));
  const key = pair.key;
  const sourceKey = `the ${context.sourceLocale} source "${pair.sourceKey}"`;
  const first = ours.arguments.find((argument) => invented.includes(argument.name));
  const anchor = first ? ({ kind: 'in-value', key, start: first.start, end: first.end } as const) : ({ kind: 'key', key } as const);
  const at = { target: inBundle(bundle), anchor, key };
  if (invented.length > 0 && dropped.length > 0)
    report({
      ...at,
      message: `uses ${listed(invented)} where ${sourceKey} has ${listed(dropped)}: the app passes no value for it, so i18next-icu shows the message as written`,
    });
  else if (invented.length > 0)
    report({
      ...at,
      message: `uses ${listed(invented)}, which ${sourceKey} does not pass (it has ${listed(source) || 'none'}): i18next-icu then shows the message as written`,
    });
  else if (dropped.length > 0) report({ ...at, message: `drops ${listed(dropped)} that ${sourceKey} shows` });
  // An argument quoted as text beside its own use elsewhere (de "willkommen zurück '{name}'"):
  // the names agree, but ICU prints the quoted one as written.
  const asText = source.filter(
    (name) => names.includes(name) && !quoted.includes(name) && ours.text.includes(`{${name}}`) && !theirs.text.includes(`{${name}}`),
  );
  if (asText.length > 0)
    report({
      ...at,
      message: `shows ${listed(asText)} as written: quoted, ICU reads it as text, where ${sourceKey} fills it`,
    });
  reportHiddenCounts(pair.key, bundle, ours.arguments, theirs.arguments, report);
}

/**
 * The whole counts among a category's examples that reach it: items are counted in whole numbers
 * (da `one` is 1, and 0.5 only as a measure), and an exact case (`=0`) takes its count first.
 */
const wholeCounts = (family: PluralFamily, argument: IcuArgument, category: string): number[] =>
  (family.examples.get(category as PluralCategory) ?? []).filter((count) => Number.isInteger(count) && !argument.exact.includes(count));

/**
 * A plural case that several counts select and that shows no count (`#` or the argument), where
 * the source's plural shows it: fr `one {1 changement}` is read at 0 too, zh `other {张图片}` at
 * every count. A warning, as interpolation-mismatch grades a form without `{{count}}`: the words
 * may say which. A case one whole count alone selects (en, pl, da `one`: 1) may say the number in words.
 */
function reportHiddenCounts(
  key: string,
  bundle: Bundle,
  ours: readonly IcuArgument[],
  theirs: readonly IcuArgument[],
  report: (finding: Finding) => void,
): void {
  for (const argument of ours) {
    if (!isPlural(argument)) continue;
    if (!theirs.some((other) => other.name === argument.name && other.kind === argument.kind && other.shown.length > 0)) continue;
    const family = pluralFamily(bundle.locale, argument.kind === 'selectordinal');
    const hidden = argument.options.filter(
      (option) => !argument.shown.includes(option) && wholeCounts(family, argument, option).length > 1,
    );
    if (hidden.length === 0) continue;
    const counts = hidden.map((option) => `${option} at ${wholeCounts(family, argument, option).join(', ')}`).join(', ');
    report({
      target: inBundle(bundle),
      anchor: { kind: 'in-value', key, start: argument.start, end: argument.end },
      key,
      severity: 'warning',
      message: `${writtenArgument('', argument)} shows no count (# or {${argument.name}}) in its ${hidden.map((o) => `"${o}"`).join(', ')} case, though ${bundle.locale} selects it for several counts (${counts}): check its words say which`,
    });
  }
}

/**
 * Languages whose nouns stay singular after a numeral, though CLDR gives them `one` and `other`
 * (tr "5 sayfa", hu "5 oldal"): a count shown plain reads right at every count.
 */
const SINGULAR_AFTER_NUMERALS = new Set(['tr', 'hu', 'az', 'ka', 'fa', 'hy', 'kk', 'ky', 'uz', 'tk', 'eu']);

/**
 * Whether a translation may show a value plain where its source chooses words by it (`plural`):
 * its locale has one category (ja, zh, ko) or keeps nouns singular after numerals (tr), or no word
 * follows the value (a label, ru "Добавлено страниц: {count}."), so no noun agrees with it.
 */
function wordsNeedNoPlural(locale: string, plural: IcuArgument, value: string, plain: IcuArgument): boolean {
  if (pluralFamily(locale, plural.kind === 'selectordinal').categories.length === 1) return true;
  if (SINGULAR_AFTER_NUMERALS.has(languageOf(locale))) return true;
  return !/^[\s\u00a0]*\p{L}/u.test(value.slice(plain.end));
}

/** Whether an argument chooses its words by the plural rules. */
const isPlural = (argument: IcuArgument): boolean => argument.kind === 'plural' || argument.kind === 'selectordinal';

/** What an argument formats its value as: `number/percent`, `plural`, `simple`. */
const formatOf = (argument: IcuArgument): string => (argument.style === '' ? argument.kind : `${argument.kind}/${argument.style}`);

/**
 * An argument a translation formats otherwise than its source (format-mismatch with
 * `messageFormat: 'icu'`): another type or style, or the value shown plain where the source formats
 * it or chooses words by it, a warning, as are a select's cases the translation lacks. A
 * translation may format a value the source shows plain, for its readers (`{n, number}`: "1.234,5").
 */
export function reportIcuFormats(pair: Pair, bundle: Bundle, context: RuleContext, report: (finding: Finding) => void): void {
  const ours = icuOf(context, pair.value);
  const theirs = icuOf(context, pair.sourceValue);
  if (ours.error || theirs.error) return;
  const expected = new Map<string, IcuArgument[]>();
  for (const argument of theirs.arguments) expected.set(argument.name, [...(expected.get(argument.name) ?? []), argument]);
  const sourceKey = `the ${context.sourceLocale} source "${pair.sourceKey}"`;
  // Each name and format reported once; a name reported here is not reported again as a lost plural.
  const seen = new Set<string>();
  const reported = new Set<string>();
  for (const argument of ours.arguments) {
    const written = expected.get(argument.name);
    const format = formatOf(argument);
    if (!written || seen.has(`${argument.name}\u0000${format}`) || written.some((other) => formatOf(other) === format)) continue;
    if (written.every((other) => other.kind === 'simple')) continue;
    seen.add(`${argument.name}\u0000${format}`);
    reported.add(argument.name);
    const theirsWritten = [...new Set(written.map((other) => writtenArgument(pair.sourceValue, other)))].join(' or ');
    const oursWritten = writtenArgument(pair.value, argument);
    const at = {
      target: inBundle(bundle),
      anchor: { kind: 'in-value', key: pair.key, start: argument.start, end: argument.end } as const,
      key: pair.key,
    };
    if (
      argument.kind === 'simple' &&
      written.every((other) => isPlural(other) && wordsNeedNoPlural(bundle.locale, other, pair.value, argument))
    )
      continue;
    if (argument.kind === 'simple')
      report({
        ...at,
        severity: 'warning',
        message: `shows ${oursWritten} plain where ${sourceKey} writes ${theirsWritten}: readers get the raw value, not the words or format it chooses`,
      });
    else
      report({
        ...at,
        severity: 'warning',
        message: `writes ${oursWritten} where ${sourceKey} writes ${theirsWritten}: readers get another kind of value`,
      });
  }
  reportLostPlurals(pair.key, pair.value, bundle, ours.arguments, expected, reported, sourceKey, report);
  reportSelectCases(pair, bundle, ours.arguments, expected, sourceKey, report);
}

/**
 * A value the source both shows and chooses words by (`{n} {n, plural, one {page} other {pages}}`)
 * that the translation only shows (`{n} Seiten`): its words are the same at every count ("1
 * Seiten"). A warning; none in a locale with one plural category, or for a name already reported.
 */
function reportLostPlurals(
  key: string,
  value: string,
  bundle: Bundle,
  ours: readonly IcuArgument[],
  expected: ReadonlyMap<string, IcuArgument[]>,
  reported: ReadonlySet<string>,
  sourceKey: string,
  report: (finding: Finding) => void,
): void {
  for (const [name, written] of expected) {
    const plural = written.find(isPlural);
    const first = ours.find((argument) => argument.name === name);
    if (!plural || !first || reported.has(name) || ours.some((argument) => argument.name === name && argument.kind === plural.kind))
      continue;
    if (ours.every((argument) => argument.name !== name || wordsNeedNoPlural(bundle.locale, plural, value, argument))) continue;
    report({
      target: inBundle(bundle),
      anchor: { kind: 'in-value', key, start: first.start, end: first.end },
      key,
      severity: 'warning',
      message: `has no {${name}, ${plural.kind}, ...} where ${sourceKey} chooses its words by it: they stay the same at every count`,
    });
  }
}

/**
 * A select whose translation lacks a case its source writes (`female`): for that value ICU shows
 * the `other` case (a warning; `other` may read right in the language). Cases the source lacks are
 * the translation's own (a gender the language marks).
 */
function reportSelectCases(
  pair: Pair,
  bundle: Bundle,
  ours: readonly IcuArgument[],
  expected: ReadonlyMap<string, IcuArgument[]>,
  sourceKey: string,
  report: (finding: Finding) => void,
): void {
  for (const argument of ours) {
    if (argument.kind !== 'select') continue;
    const cases = (expected.get(argument.name) ?? []).filter((other) => other.kind === 'select').flatMap((other) => other.options);
    const missing = [...new Set(cases)].filter((option) => option !== 'other' && !argument.options.includes(option));
    if (missing.length === 0) continue;
    report({
      target: inBundle(bundle),
      anchor: { kind: 'in-value', key: pair.key, start: argument.start, end: argument.end },
      key: pair.key,
      severity: 'warning',
      message: `${writtenArgument('', argument)} has no ${missing.map((c) => `"${c}"`).join(', ')} case, which ${sourceKey} writes: there ICU shows its "other" case; add the case, or keep "other" if its words are right there`,
    });
  }
}
