import type { FlatBundle } from '../bundles/flatten-bundle.js';
import { isLoneForm, isNoPlural, parsePluralKey } from '../bundles/plural-key.js';
import type { PluralCategory } from '../bundles/plural-rules.js';

/** The forms of one plural key (`readingTime_one`, `readingTime_other`) in one bundle. */
export interface PluralGroup {
  base: string;
  ordinal: boolean;
  /** Category -> flat key, in file order. */
  forms: Map<PluralCategory, string>;
}

/** Groups are keyed by base, with `#ordinal` for ordinal groups: a base can have both. */
export const groupId = (base: string, ordinal: boolean): string => (ordinal ? `${base}#ordinal` : base);

const cache = new WeakMap<FlatBundle, Map<string, PluralGroup>>();

/** The plural groups of a bundle, from its keys' suffixes, those that are no plural left out (isNoPlural); computed once per bundle. */
export function pluralGroups(flat: FlatBundle, pluralSeparator: string, locale?: string): Map<string, PluralGroup> {
  let groups = cache.get(flat);
  if (groups) return groups;
  groups = new Map();
  for (const key of flat.values.keys()) {
    const plural = parsePluralKey(key, pluralSeparator);
    if (!plural) continue;
    const id = groupId(plural.base, plural.ordinal);
    let group = groups.get(id);
    if (!group) {
      group = { base: plural.base, ordinal: plural.ordinal, forms: new Map() };
      groups.set(id, group);
    }
    group.forms.set(plural.category, key);
  }
  for (const [id, group] of groups) if (isNoPlural(group, () => flat.values.keys(), pluralSeparator, locale)) groups.delete(id);
  cache.set(flat, groups);
  return groups;
}

const judged = new WeakMap<FlatBundle, Map<string, PluralGroup>>();

/** A source bundle's plural groups that translations are judged by: pluralGroups without lone forms (see isLoneForm). */
export function judgedGroups(flat: FlatBundle, pluralSeparator: string, locale?: string): ReadonlyMap<string, PluralGroup> {
  let groups = judged.get(flat);
  if (!groups) {
    groups = new Map([...pluralGroups(flat, pluralSeparator, locale)].filter(([, group]) => !isLoneForm(group)));
    judged.set(flat, groups);
  }
  return groups;
}
