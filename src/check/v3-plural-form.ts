import { pluralFormKey } from '../bundles/plural-key.js';
import { PLURAL_CATEGORIES, pluralFamily } from '../bundles/plural-rules.js';
import { parseV3PluralKey, v3FormKey, type V3PluralKey } from '../bundles/v3-plural-key.js';
import type { Bundle } from '../project/bundle.js';
import { isFound, lookupPath } from '../project/lookup-path.js';
import type { NamespaceContext } from '../project/namespace-context.js';
import { takesCount } from '../project/target-spellings.js';

/** The converter i18next publishes for v3 bundles (`npx i18next-v4-format-converter -i <folder>`). */
export const V3_CONVERTER = 'i18next-v4-format-converter';

const isString = (context: NamespaceContext, bundle: Bundle | undefined, key: string): boolean =>
  typeof lookupPath(bundle?.data, key, context.keySeparator) === 'string';

/** Whether a bundle holds any cardinal form of i18next 26's own format of `base` (`points_one`, `points_other`). */
export function hasV4Form(context: NamespaceContext, bundle: Bundle | undefined, base: string): boolean {
  return PLURAL_CATEGORIES.some((category) => isString(context, bundle, pluralFormKey(base, category, false, context.pluralSeparator)));
}

/**
 * Whether a bundle writes `base` as a v3 plural of a two-form language: a string `points` beside a
 * string `points_plural`, and no form i18next 26 reads (`points_one`, `points_other`). i18next 26
 * then reads `points` at every count.
 */
export function writesV3Plural(context: NamespaceContext, bundle: Bundle | undefined, base: string): boolean {
  return (
    isString(context, bundle, base) &&
    isString(context, bundle, v3FormKey(base, 'plural', context.pluralSeparator)) &&
    !hasV4Form(context, bundle, base)
  );
}

/**
 * The v3 plural form a key is, where the bundle that holds it (`holder`) and the other side of the
 * comparison (`other`: the source for a target's extra key, the target for a key it lacks) show the
 * v3 shape: `points_plural` beside a string `points` on either side; `points_0` to `points_5` where
 * the holder has `points_0` and either side writes `points` (as a string, a v3 `points_plural` or
 * forms of i18next 26). A wizard's `step_1`, `step_2`, with no `step` anywhere, is no plural.
 */
export function v3FormOf(
  context: NamespaceContext,
  key: string,
  holder: Bundle | undefined,
  other: Bundle | undefined,
): V3PluralKey | undefined {
  const v3 = parseV3PluralKey(key, context.pluralSeparator);
  if (!v3) return undefined;
  const { base } = v3;
  const singular = isString(context, holder, base) || isString(context, other, base);
  if (v3.form === 'plural') return singular ? v3 : undefined;
  if (!isString(context, holder, v3FormKey(base, 0, context.pluralSeparator))) return undefined;
  const plural = v3FormKey(base, 'plural', context.pluralSeparator);
  const written =
    singular ||
    isString(context, holder, plural) ||
    isString(context, other, plural) ||
    hasV4Form(context, holder, base) ||
    hasV4Form(context, other, base);
  return written ? v3 : undefined;
}

/** The forms i18next 26 reads for `base` in a locale, the first in full, the rest by suffix: `points_one, _few, _many, _other`. */
export function v4Forms(context: NamespaceContext, locale: string, base: string): string {
  const [first, ...rest] = pluralFamily(locale, false).categories.map((category) =>
    pluralFormKey(base, category, false, context.pluralSeparator),
  );
  return [first, ...rest.map((key) => key.slice(base.length))].join(', ');
}

/** How many numbered forms a language writes in the v3 format: the categories integers below 1000 select (ru 3, ar 6, ja 1). */
export function v3NumberedForms(locale: string): number {
  const family = pluralFamily(locale, false);
  return family.categories.filter((category) => family.reach.get(category) === 'common').length;
}

/**
 * Whether a source in a language of three forms or more (ru, pl, ar) writes `base` as its v3
 * numbered forms: exactly `items_0` to the last of the forms integers select (ru `items_2`), each a
 * string, one showing `{{count}}`, no `items` nor any form i18next 26 reads. Numbered keys that
 * are no plural (a wizard's `step_0` to `step_2`) show no count; a list goes past the last form.
 */
export function writesV3Numbered(context: NamespaceContext, source: Bundle | undefined, base: string): boolean {
  const forms = v3NumberedForms(context.sourceLocale);
  if (forms < 3 || isFound(lookupPath(source?.data, base, context.keySeparator)) || hasV4Form(context, source, base)) return false;
  if (isFound(lookupPath(source?.data, v3FormKey(base, forms, context.pluralSeparator), context.keySeparator))) return false;
  let counted = false;
  for (let form = 0; form < forms; form++) {
    const value = lookupPath(source?.data, v3FormKey(base, form, context.pluralSeparator), context.keySeparator);
    if (typeof value !== 'string') return false;
    counted ||= takesCount(value, context.config.interpolation);
  }
  return counted;
}

/** Whether plural-forms reports a v3 form's base at the source, in either v3 shape (writesV3Plural, writesV3Numbered). */
const reportedAtSource = (context: NamespaceContext, v3: V3PluralKey): boolean =>
  writesV3Plural(context, context.source, v3.base) || writesV3Numbered(context, context.source, v3.base);

/**
 * Why a target's extra key is there, for a translator: a v3 plural form, which i18next 26 reads
 * under other names; and whether the source writes the v3 format too (plural-forms reports it there).
 */
export function v3ExtraReason(context: NamespaceContext, locale: string, v3: V3PluralKey): string {
  const atSource = reportedAtSource(context, v3)
    ? `; the ${context.sourceLocale} source writes "${v3.base}" in the v3 format too: plural-forms reports it there`
    : '';
  return `a plural form in i18next's v3 format, which i18next 26 no longer reads (it reads ${locale} plurals as ${v4Forms(context, locale, v3.base)})${atSource}`;
}

/** What a source key a target lacks is, when it is a v3 plural form: a key i18next 26 reads for no count. */
export function v3MissingReason(context: NamespaceContext, v3: V3PluralKey): string {
  const atSource = reportedAtSource(context, v3) ? `: plural-forms reports it at the ${context.sourceLocale} source` : '';
  return `a plural form in i18next's v3 format, which i18next 26 no longer reads${atSource}`;
}
