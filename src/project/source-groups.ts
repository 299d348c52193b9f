import { isLoneForm, isNoPlural, parsePluralKey, pluralFormKey } from '../bundles/plural-key.js';
import { PLURAL_CATEGORIES, type PluralCategory } from '../bundles/plural-rules.js';

/** A plural group among the properties of one source object (`item_one`, `item_other`). */
export interface ObjectGroup {
  base: string;
  ordinal: boolean;
  /** Category -> property name, in file order. */
  forms: Map<PluralCategory, string>;
  /** The property name of each form, written or not, in PLURAL_CATEGORIES order. */
  names: string[];
}

/** A property name that is a form of a source group, whether or not the source writes it. */
export interface GroupForm {
  group: ObjectGroup;
  category: PluralCategory;
  /** The source form a target's string of this form is compared with. */
  counterpart: string;
}

/** The shape of one source object that every target object is compared with. */
export interface SourceObject {
  names: string[];
  /** The values of `names`, in the same order (Object.values), for the walk's reads by index. */
  values: unknown[];
  /** The names that are no form of a group, in file order (`names` itself when there is no group). */
  plain: string[];
  /** Plural groups in order of their first form. */
  groups: readonly ObjectGroup[];
  /** Property names that are a form of some group. */
  formNames: ReadonlySet<string>;
  /** Every form name of every group (the name parsePluralKey reads back into that group and category). */
  forms: ReadonlyMap<string, GroupForm>;
  /** The object's flat key as the last walk into it joined it: `parent`, `join`, `name` (see compare-bundles). */
  key?: { parent: string; name: string; join: string; key: string };
}

const cache = new WeakMap<object, SourceObject>();
const readable = new Map<string, PluralCategory[]>();

/**
 * The categories whose form names parsePluralKey reads back with this separator: those where the
 * separator does not occur again inside its own suffix (`_` never does; `e` does in `_one`).
 */
function readableCategories(pluralSeparator: string): PluralCategory[] {
  let categories = readable.get(pluralSeparator);
  if (!categories)
    readable.set(pluralSeparator, (categories = PLURAL_CATEGORIES.filter((c) => (pluralSeparator + c).lastIndexOf(pluralSeparator) === 0)));
  return categories;
}

/** The names of a group's forms and what a target form is compared with, by property name. */
function addForms(group: ObjectGroup, pluralSeparator: string, forms: Map<string, GroupForm>): void {
  for (const category of PLURAL_CATEGORIES) group.names.push(pluralFormKey(group.base, category, group.ordinal, pluralSeparator));
  const other = group.forms.get('other') ?? (group.forms.values().next().value as string);
  for (const category of readableCategories(pluralSeparator))
    forms.set(group.names[PLURAL_CATEGORIES.indexOf(category)] as string, {
      group,
      category,
      counterpart: group.forms.get(category) ?? other,
    });
}

/** Drops the groups that are no plural of the locale (isNoPlural), and lone forms, which translations compare as keys of their own. */
function dissolveNonPlurals(
  byId: Map<string, ObjectGroup>,
  formNames: Set<string>,
  names: string[],
  pluralSeparator: string,
  locale: string | undefined,
): void {
  for (const [id, group] of byId) {
    if (!isLoneForm(group) && !isNoPlural(group, () => names, pluralSeparator, locale)) continue;
    byId.delete(id);
    for (const name of group.forms.values()) formNames.delete(name);
  }
}

const PLAIN: Omit<SourceObject, 'names' | 'values' | 'plain'> = { groups: [], formNames: new Set(), forms: new Map() };

/**
 * The names and plural groups of a source object, computed once and shared by every target
 * locale compared with it (49 targets read it, it is split once). `locale` is the source's: a
 * group it could not select is no plural (see isNoPlural).
 */
export function sourceObject(object: Record<string, unknown>, pluralSeparator: string, locale?: string): SourceObject {
  let shape = cache.get(object);
  if (shape) return shape;
  const names = Object.keys(object);
  const values = Object.values(object);
  let byId: Map<string, ObjectGroup> | undefined;
  let formNames: Set<string> | undefined;
  for (const name of names) {
    const plural = parsePluralKey(name, pluralSeparator);
    if (!plural) continue;
    const id = plural.ordinal ? `${plural.base}#ordinal` : plural.base;
    let group = (byId ??= new Map()).get(id);
    if (!group) byId.set(id, (group = { base: plural.base, ordinal: plural.ordinal, forms: new Map(), names: [] }));
    group.forms.set(plural.category, name);
    (formNames ??= new Set()).add(name);
  }
  if (byId && formNames) dissolveNonPlurals(byId, formNames, names, pluralSeparator, locale);
  if (!byId || !formNames || byId.size === 0) shape = { names, values, plain: names, ...PLAIN };
  else {
    const forms = new Map<string, GroupForm>();
    for (const group of byId.values()) addForms(group, pluralSeparator, forms);
    const written = formNames;
    shape = { names, values, plain: names.filter((name) => !written.has(name)), groups: [...byId.values()], formNames, forms };
  }
  cache.set(object, shape);
  return shape;
}
