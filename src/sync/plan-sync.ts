import { pluralFormKey } from '../bundles/plural-key.js';
import { PLURAL_CATEGORIES, pluralFamily, type PluralCategory, type PluralFamily } from '../bundles/plural-rules.js';
import { v3FormKey } from '../bundles/v3-plural-key.js';
import { hasV4Form, v3FormOf, writesV3Plural } from '../check/v3-plural-form.js';
import { absentKeys } from '../project/absent-keys.js';
import type { Bundle } from '../project/bundle.js';
import type { NamespaceContext } from '../project/namespace-context.js';
import { missingForms } from '../project/missing-forms.js';
import { groupId, pluralGroups, type PluralGroup } from '../project/plural-groups.js';
import { keyPaths, pathId, siblingPath } from './key-paths.js';
import { listAdditions, listRemovals, type ListEdit } from './list-items.js';

/** One entry to write: its flat key, its JSON path in the target file, and the value to give it. */
export interface SyncAddition {
  key: string;
  path: string[];
  value: unknown;
  /** The locale's own plural form the value was copied from, when not the source text. */
  from?: string;
  /**
   * Moved from the locale's v3 plural: the key it was in (`points_plural`, `points_0`, or the bare
   * `points`, v3's singular). Written in `--prune`'s pass, before the v3 form is removed.
   */
  moved?: string;
}

/** One entry to delete with `--prune`: a key the source does not have (or the object holding only such keys). */
export interface SyncRemoval {
  key: string;
  path: string[];
}

/** What sync does to one target file; `rank` orders any path (or object) as the source orders it. */
export interface SyncPlan {
  additions: SyncAddition[];
  removals: SyncRemoval[];
  rank: ReadonlyMap<string, number>;
  /** The JSON path every key the locale needs (and each plural's `_zero`) would have in its file (import writes through these). */
  paths: ReadonlyMap<string, string[]>;
  /** Items (or properties of objects in items) a list lacks, in the order to insert them. */
  listAdditions: ListEdit[];
  /** Extra list items to prune (`--prune`), in the order to remove them. */
  listRemovals: ListEdit[];
}

const parse = (bundle: Bundle | undefined): unknown => (bundle?.flat ? JSON.parse(bundle.text) : undefined);

/** A form's text: `from` names the locale's own form it was filled from (recorded in the lock), absent for a translation moved as it is. */
type FormText = Pick<SyncAddition, 'from' | 'moved'> & { value: string };

/**
 * The text a form the locale lacks starts from: the locale's own `other` form (es `n_many` from
 * es `n_other`: "1000000 lectores" is closer than "1000000 readers"). Never `one` or another
 * form of a few counts: "un lector" for 5 would tell readers a wrong number. Undefined when the
 * locale has no `other` string.
 */
function startingForm(target: Bundle | undefined, other: string | undefined): { value: string; from: string } | undefined {
  const value = other === undefined ? undefined : target?.flat?.values.get(other);
  return other !== undefined && typeof value === 'string' ? { value, from: other } : undefined;
}

/**
 * The forms i18next 26 reads, from a translation written in i18next's v3 format, where that format
 * says unambiguously which is which: a language whose integers select `one` and `other` writes
 * `points` (one) and `points_plural` (other); a language of one form writes `points_0` (other).
 * Those translations are moved to the new keys as they are; a further form of large counts (fr
 * `many`) starts from the plural one, as from a locale's own `other`. Undefined for any other shape
 * (the numbered forms of ru or ar, whose v3 order is not CLDR's): the source text then, as before.
 */
function v3Forms(
  context: NamespaceContext,
  target: Bundle | undefined,
  base: string,
  family: PluralFamily,
): Map<PluralCategory, FormText> | undefined {
  const common = family.categories.filter((category) => family.reach.get(category) === 'common');
  const text = (key: string): string | undefined => {
    const value = target?.flat?.values.get(key);
    return typeof value === 'string' ? value : undefined;
  };
  const sep = context.pluralSeparator;
  const forms = new Map<PluralCategory, FormText>();
  if (common.join() === 'one,other' && writesV3Plural(context, target, base)) {
    const plural = v3FormKey(base, 'plural', sep);
    forms.set('one', { value: text(base) as string, moved: base });
    for (const category of family.categories)
      if (category !== 'one')
        forms.set(category, { value: text(plural) as string, moved: plural, ...(category !== 'other' && { from: plural }) });
    return forms;
  }
  const only = v3FormKey(base, 0, sep);
  const single = text(only);
  if (
    common.join() === 'other' &&
    single !== undefined &&
    v3FormOf(context, only, target, context.source) &&
    !hasV4Form(context, target, base)
  ) {
    for (const category of family.categories)
      forms.set(category, { value: single, moved: only, ...(category !== 'other' && { from: only }) });
    return forms;
  }
  return undefined;
}

/**
 * What one locale's file of a namespace lacks, exactly as missing-key and plural-forms see it:
 * absent keys no locale of the same language resolves, and the plural categories the locale
 * needs (from Intl.PluralRules). A new entry gets the source text: i18next then shows what the
 * fallback showed before, and the `untranslated` rule (and `status`) still count it as not
 * translated. A plural form the locale lacks beside forms it has starts from its own text
 * instead (`from` says which form; the lock records it until a translator changes or marks it).
 * An empty string would hide the text from readers and pass for a translation.
 * `extras` are the keys to prune (none unless `--prune`).
 */
export function planSync(context: NamespaceContext, locale: string, target: Bundle | undefined, extras: readonly string[] = []): SyncPlan {
  const source = context.source;
  if (!source?.flat) return { additions: [], removals: [], rank: new Map(), paths: new Map(), listAdditions: [], listRemovals: [] };
  const sep = context.pluralSeparator;
  const values = source.flat.values;
  const sourcePaths = keyPaths(parse(source), context.keySeparator);
  const groups = context.sourceGroups();
  const formValue = (forms: ReadonlyMap<PluralCategory, string>, category: PluralCategory): { key: string; value: unknown } => {
    const key = forms.get(category) ?? forms.get('other') ?? [...forms.values()][0] ?? '';
    return { key, value: values.get(key) };
  };
  const desired: string[][] = [];
  const paths = new Map<string, string[]>();
  const additions: SyncAddition[] = [];
  const wanted = new Set<string>();
  // The locale's plural forms of a source string (its own, or its language's: es-AR from es), in category order.
  const formsOfString = new Map(context.comparison(locale).formsInPlace.map((f) => [f.key, f.forms]));
  // Of those, the ones nothing of the language supplies.
  const lackingForms = new Set(
    missingForms(context, locale)
      .filter((form) => !form.resolution)
      .map((form) => form.key),
  );
  for (const absent of absentKeys(context, locale)) {
    if (absent.inPlaceOf !== undefined) formsOfString.set(absent.inPlaceOf, [...(formsOfString.get(absent.inPlaceOf) ?? []), absent.key]);
    if (absent.resolvedBy) continue;
    if (absent.inPlaceOf !== undefined) lackingForms.add(absent.key);
    else for (const key of absent.forms ?? [absent.key]) wanted.add(key);
  }
  const targetGroups: ReadonlyMap<string, PluralGroup> = target?.flat ? pluralGroups(target.flat, sep) : new Map();
  const groupOf = new Map<string, PluralGroup>();
  for (const group of groups.values()) for (const key of group.forms.values()) groupOf.set(key, group);
  const seenGroups = new Set<string>();
  for (const key of values.keys()) {
    const sourcePath = sourcePaths.get(key) ?? [key];
    const group = groupOf.get(key);
    if (!group) {
      const own = startingForm(target, pluralFormKey(key, 'other', false, sep));
      for (const form of formsOfString.get(key) ?? []) {
        const path = siblingPath(sourcePath, form, key);
        desired.push(path);
        paths.set(form, path);
        if (lackingForms.has(form)) additions.push({ key: form, path, ...(own ?? { value: values.get(key) }) });
      }
      desired.push(sourcePath);
      paths.set(key, sourcePath);
      if (wanted.has(key)) additions.push({ key, path: sourcePath, value: values.get(key) });
      continue;
    }
    const id = groupId(group.base, group.ordinal);
    if (seenGroups.has(id)) {
      desired.push(sourcePath);
      continue;
    }
    seenGroups.add(id);
    const family = pluralFamily(locale, group.ordinal);
    const written = targetGroups.get(id)?.forms;
    const own = written && startingForm(target, written.get('other'));
    const moved = written === undefined && !group.ordinal ? v3Forms(context, target, group.base, family) : undefined;
    // `_zero`, which i18next reads at 0 in every language, gets a place (for import), never an addition.
    if (!group.ordinal && !family.categories.includes('zero')) {
      const zeroKey = pluralFormKey(group.base, 'zero', false, sep);
      const path = siblingPath(sourcePath, zeroKey, key);
      desired.push(path);
      paths.set(zeroKey, path);
    }
    for (const category of PLURAL_CATEGORIES) {
      const formKey = pluralFormKey(group.base, category, group.ordinal, sep);
      const path = siblingPath(sourcePath, formKey, key);
      // A form the locale does not use (th `_one`) keeps its place in category order, before a new `_other`.
      if (!family.categories.includes(category)) {
        if (category !== 'zero' || group.ordinal) desired.push(path);
        continue;
      }
      desired.push(path);
      paths.set(formKey, path);
      const lacking =
        written !== undefined &&
        !target?.flat?.values.has(formKey) &&
        !context.resolve(locale, group.base, { count: family.samples.get(category) ?? 1, ordinal: group.ordinal }, true);
      // A v3 translation is moved even where its bare key answers every count (de `points` shows "5 Punkt").
      const move = moved?.get(category);
      if (move && !target?.flat?.values.has(formKey)) additions.push({ key: formKey, path, ...move });
      else if (wanted.has(formKey) || lacking)
        additions.push({ key: formKey, path, ...(own ?? { value: formValue(group.forms, category).value }) });
    }
    desired.push(sourcePath);
  }
  const rank = new Map<string, number>();
  desired.forEach((path, index) => {
    for (let n = 1; n <= path.length; n++) if (!rank.has(pathId(path.slice(0, n)))) rank.set(pathId(path.slice(0, n)), index);
  });
  const sourceData = parse(source);
  const targetData = parse(target);
  const inLists = [...wanted].filter((key) => !values.has(key) && !groupOf.has(key));
  return {
    additions,
    removals: removals(context, target, extras),
    rank,
    paths,
    listAdditions: targetData === undefined ? [] : listAdditions(sourceData, targetData, inLists, context.keySeparator),
    listRemovals: targetData === undefined ? [] : listRemovals(targetData, extras, context.keySeparator),
  };
}

/** The extra keys (as extra-key reports them), each lifted to the highest object the source lacks entirely. */
function removals(context: NamespaceContext, target: Bundle | undefined, extras: readonly string[]): SyncRemoval[] {
  const source = context.source?.flat;
  if (!source || !target?.flat || extras.length === 0) return [];
  const paths = keyPaths(parse(target), context.keySeparator);
  const byPath = new Map<string, string>();
  for (const [key, path] of paths) byPath.set(pathId(path), key);
  const found = new Map<string, SyncRemoval>();
  for (const key of extras) {
    const path = paths.get(key);
    if (!path) continue;
    for (let n = 1; n <= path.length; n++) {
      const prefix = path.slice(0, n);
      const flat = byPath.get(pathId(prefix)) ?? key;
      if (n < path.length && source.objects.has(flat)) continue;
      if (n < path.length && source.values.has(flat)) break;
      found.set(pathId(prefix), { key: flat, path: prefix });
      break;
    }
  }
  return [...found.values()];
}
