import { parsePluralKey, pluralFormKey } from '../bundles/plural-key.js';
import type { PluralCategory } from '../bundles/plural-rules.js';

/** A plural group among the properties of one source object (`item_one`, `item_other`). */
export interface ObjectGroup {
  base: string;
  ordinal: boolean;
  /** Category -> property name, in file order. */
  forms: Map<PluralCategory, string>;
  /** Category -> the property name of that form, written or not; filled on first use. */
  names: Map<PluralCategory, string>;
}

/** The shape of one source object that every target object is compared with. */
export interface SourceObject {
  names: string[];
  /** Plural groups by `base` or `base#ordinal`. */
  groups: Map<string, ObjectGroup>;
  /** Property names that are a form of some group. */
  formNames: Set<string>;
}

const cache = new WeakMap<object, SourceObject>();

/**
 * The names and plural groups of a source object, computed once and shared by every target
 * locale compared with it (49 targets read it, it is split once).
 */
export function sourceObject(object: Record<string, unknown>, pluralSeparator: string): SourceObject {
  let shape = cache.get(object);
  if (shape) return shape;
  const names = Object.keys(object);
  const groups = new Map<string, ObjectGroup>();
  const formNames = new Set<string>();
  for (const name of names) {
    const plural = parsePluralKey(name, pluralSeparator);
    if (!plural) continue;
    const id = plural.ordinal ? `${plural.base}#ordinal` : plural.base;
    let group = groups.get(id);
    if (!group) groups.set(id, (group = { base: plural.base, ordinal: plural.ordinal, forms: new Map(), names: new Map() }));
    group.forms.set(plural.category, name);
    formNames.add(name);
  }
  shape = { names, groups, formNames };
  cache.set(object, shape);
  return shape;
}

/** The property name of a group's form, built once per group and category. */
export function formName(group: ObjectGroup, category: PluralCategory, pluralSeparator: string): string {
  let name = group.names.get(category);
  if (name === undefined) group.names.set(category, (name = pluralFormKey(group.base, category, group.ordinal, pluralSeparator)));
  return name;
}
