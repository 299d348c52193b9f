import { pluralFamily } from '../bundles/plural-rules.js';
import { parseV3PluralKey, renderCount, v3FormKey } from '../bundles/v3-plural-key.js';
import type { Bundle } from '../project/bundle.js';
import { lookupPath } from '../project/lookup-path.js';
import type { NamespaceContext } from '../project/namespace-context.js';
import { excerpt } from '../text/excerpt.js';
import { inBundle, type Finding } from './finding.js';
import { V3_CONVERTER, v3NumberedForms, v4Forms, writesV3Numbered, writesV3Plural } from './v3-plural-form.js';

/** Whether two keys of a bundle hold the same text. */
const sameText = (bundle: Bundle, a: string, b: string): boolean => bundle.flat?.values.get(a) === bundle.flat?.values.get(b);

/** A count the source language puts in a plural category, not `one`: 5 where it does (every language of `_plural`). */
function pluralCount(locale: string): number {
  const family = pluralFamily(locale, false);
  return family.select(5) !== 'one' ? 5 : (family.samples.get('other') ?? 2);
}

/** What i18next 26 shows for `t(base, { count })` in `locale`: the text it finds, with the count filled in, or the key itself. */
function shownAt(context: NamespaceContext, base: string, count: number, locale = context.sourceLocale): string {
  const shown = context.resolve(locale, base, { count }, false);
  if (!shown || typeof shown.value !== 'string') return `the key "${base}"`;
  const text = excerpt(renderCount(shown.value, count, context.config.interpolation));
  return shown.locale === locale && shown.key === base ? text : `${shown.locale} "${shown.key}": ${text}`;
}

/**
 * The source's v3 plurals whose two forms hold the same text (outline's "{{ count }} selected"),
 * by their `_plural` key: the source reads right at every count, a translation of two texts does not.
 * Read once per source bundle: every translation of the namespace asks.
 */
const alikeBySource = new WeakMap<Bundle, { base: string; key: string }[]>();
function alikeV3Plurals(context: NamespaceContext, source: Bundle): { base: string; key: string }[] {
  let alike = alikeBySource.get(source);
  if (alike) return alike;
  alike = [];
  for (const key of source.flat?.values.keys() ?? []) {
    const v3 = parseV3PluralKey(key, context.pluralSeparator);
    if (v3?.form === 'plural' && writesV3Plural(context, source, v3.base) && sameText(source, v3.base, key))
      alike.push({ base: v3.base, key });
  }
  alikeBySource.set(source, alike);
  return alike;
}

/**
 * The source's plurals in i18next's v3 format, one finding each: `points_plural` beside `points`
 * (writesV3Plural), at `points_plural`; `items_0` to `items_2` in a language of more forms
 * (writesV3Numbered), at `items_0`. i18next 26 reads neither as a plural: `t('points', { count })`
 * shows the singular at every count, `t('items', { count })` the key. A warning: the app may call
 * `t('points_plural')` itself; none where both forms hold the same text.
 */
export function reportV3Plurals(context: NamespaceContext, source: Bundle, report: (finding: Finding) => void): void {
  const sep = context.pluralSeparator;
  const count = pluralCount(context.sourceLocale);
  for (const key of source.flat?.values.keys() ?? []) {
    const v3 = parseV3PluralKey(key, sep);
    if (!v3) continue;
    const { base } = v3;
    let message: string | undefined;
    // Both forms alike (outline's "{{ count }} documents starred") show what was meant at every count.
    if (v3.form === 'plural' && writesV3Plural(context, source, base) && !sameText(source, base, key))
      message = `"${key}" is i18next's v3 plural format, which i18next 26 reads as a key of its own: t('${base}', { count }) reads "${base}" at every count, and at count ${count} readers see ${shownAt(context, base, count)}; rename "${base}" and "${key}" to "${base}${sep}one" and "${base}${sep}other" (${V3_CONVERTER} converts each locale's file)`;
    else if (v3.form === 0 && writesV3Numbered(context, source, base)) {
      const last = v3FormKey(base, v3NumberedForms(context.sourceLocale) - 1, sep);
      message = `"${key}" to "${last}" are i18next's v3 plural format, which i18next 26 reads as keys of their own: t('${base}', { count }) finds no form, and at count ${count} readers see ${shownAt(context, base, count)}; rename them as ${context.sourceLocale} plurals, ${v4Forms(context, context.sourceLocale, base)} (${V3_CONVERTER} maps each)`;
    }
    // A warning: an app may call t('points_plural') itself, which i18next 26 reads as written.
    if (message !== undefined) report({ target: inBundle(source), anchor: { kind: 'key', key }, key, severity: 'warning', message });
  }
}

/**
 * A translation's v3 plural whose forms differ where the source writes both alike (reportV3Plurals
 * leaves those out): i18next 26 shows the translation's singular at every count, so its readers see
 * "Zaznaczono 5 dokument" (pl) where the plural form says "dokumentów". One finding at the
 * translation's `_plural` key, a warning as at the source.
 */
export function reportTranslatedV3Plurals(
  context: NamespaceContext,
  source: Bundle,
  target: Bundle,
  report: (finding: Finding) => void,
): void {
  for (const { base, key } of alikeV3Plurals(context, source)) {
    // Looked up in the parsed data: a translation's flat keys are made only where a rule needs them all.
    const text = (name: string): unknown => lookupPath(target.data, name, context.keySeparator);
    if (!writesV3Plural(context, target, base) || text(base) === text(key)) continue;
    const count = pluralCount(target.locale);
    const message = `"${key}" is i18next's v3 plural format, which i18next 26 reads as a key of its own: t('${base}', { count }) reads "${base}" at every count, and at count ${count} ${target.locale} readers see ${shownAt(context, base, count, target.locale)}, not this form (the ${context.sourceLocale} source writes both forms alike, so only translations show it); rename them to ${target.locale}'s forms, ${v4Forms(context, target.locale, base)} (${V3_CONVERTER} converts each locale's file)`;
    report({ target: inBundle(target), anchor: { kind: 'key', key }, key, severity: 'warning', message });
  }
}
