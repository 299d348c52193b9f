import { parsePluralKey, pluralFormKey } from '../bundles/plural-key.js';
import { pluralFamily, type PluralCategory } from '../bundles/plural-rules.js';
import { listLeaves } from '../bundles/list-leaves.js';
import { lookupPath } from '../project/lookup-path.js';
import { skipsValue } from '../project/resolve-key.js';
import type { NamespaceContext } from '../project/namespace-context.js';
import { groupId } from '../project/plural-groups.js';

/** One translatable string of a namespace as CAT tools see it: the source text and the translation, if any. */
export interface ExchangeUnit {
  /** The flat key the translation is written to (`comments.count_many`). */
  key: string;
  source: string;
  target: string | undefined;
  /** What a translator needs to know: where it comes from, which plural form it is. */
  note: string;
}

/** A plural key with the forms the target locale needs, in its CLDR order. */
export interface ExchangeGroup {
  /** The key before the plural suffix, with `_ordinal` for ordinals (`comments.count`). */
  stem: string;
  base: string;
  ordinal: boolean;
  categories: PluralCategory[];
  units: ExchangeUnit[];
}

/** A namespace's units and plural groups for one target locale, in the source's order. */
export interface ExchangeNamespace {
  namespace: string;
  sourceLocale: string;
  items: (ExchangeUnit | ExchangeGroup)[];
}

/** Tells a group from a single unit. */
export const isGroup = (item: ExchangeUnit | ExchangeGroup): item is ExchangeGroup => 'units' in item;

/**
 * The strings a locale translates in one namespace: every string key of the source, with plural
 * groups expanded to the target's own categories (Spanish gets `_many` even when English has
 * none), each beside the translation the target holds.
 */
export function exchangeNamespace(context: NamespaceContext, locale: string): ExchangeNamespace {
  const source = context.source?.flat;
  const target = context.bundles.get(locale)?.flat;
  const sep = context.pluralSeparator;
  const items: (ExchangeUnit | ExchangeGroup)[] = [];
  const file = context.pathOf(context.sourceLocale);
  const targetData = context.bundles.get(locale)?.data;
  const current = (key: string): string | undefined => {
    const value = target?.values.has(key) ? target.values.get(key) : lookupPath(targetData, key, context.keySeparator);
    return typeof value === 'string' ? value : undefined;
  };
  const join = context.keySeparator === false ? '.' : context.keySeparator;
  const done = new Set<string>();
  for (const [key, value] of source?.values ?? []) {
    // A list's strings are units of their own (`nav.2`), as check compares them.
    if (Array.isArray(value)) {
      for (const item of listLeaves(value, key, join)) {
        const text = lookupPath(value, item.slice(key.length + join.length), join);
        if (typeof text === 'string')
          items.push({ key: item, source: text, target: current(item), note: `${file}: ${item} (an item of the list ${key})` });
      }
      continue;
    }
    if (typeof value !== 'string') continue;
    const plural = parsePluralKey(key, sep);
    const group = plural && context.sourceGroups().get(groupId(plural.base, plural.ordinal));
    if (!plural || !group) {
      // An empty source string that i18next skips (returnEmptyString: false) shows its key: the text translators translate.
      const shown = skipsValue(value, context.config.returnEmptyString) ? key : value;
      items.push({ key, source: shown, target: current(key), note: `${file}: ${key}` });
      continue;
    }
    const id = groupId(plural.base, plural.ordinal);
    if (done.has(id)) continue;
    done.add(id);
    const family = pluralFamily(locale, plural.ordinal);
    const sourceOf = (c: PluralCategory): string => {
      const form = source?.values.get(group.forms.get(c) ?? group.forms.get('other') ?? key);
      return typeof form === 'string' ? form : value;
    };
    const units = family.categories.map((category) => {
      const formKey = pluralFormKey(plural.base, category, plural.ordinal, sep);
      const sample = family.samples.get(category);
      return {
        key: formKey,
        source: sourceOf(category),
        target: current(formKey),
        note: `${file}: ${plural.ordinal ? 'ordinal' : 'plural'} form "${category}" of ${plural.base} (count ${sample ?? '?'})`,
      };
    });
    items.push({
      stem: plural.ordinal ? `${plural.base}${sep}ordinal` : plural.base,
      base: plural.base,
      ordinal: plural.ordinal,
      categories: family.categories,
      units,
    });
    // i18next reads `_zero` at a count of 0 in every language: a form the locale's plural rules
    // lack, so a unit of its own beside the group, whenever the source or the locale writes one.
    const zero = plural.ordinal || family.categories.includes('zero') ? undefined : pluralFormKey(plural.base, 'zero', false, sep);
    if (zero !== undefined && (group.forms.has('zero') || current(zero) !== undefined))
      items.push({
        key: zero,
        source: sourceOf('zero'),
        target: current(zero),
        note: `${file}: plural form "zero" of ${plural.base} (count 0, which i18next reads in every language)`,
      });
  }
  return { namespace: context.namespace, sourceLocale: context.sourceLocale, items };
}
