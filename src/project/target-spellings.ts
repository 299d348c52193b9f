/**
 * The ways a target may write a source key otherwise and still resolve in i18next (plural forms in
 * place of a string with `{{count}}`, a plural's bare key, a key split at another separator), and
 * the target names left over: extra.
 */
import type { InterpolationSyntax } from '../bundles/interpolation-syntax.js';
import { interpolationsOf } from '../bundles/message-parts.js';
import { parsePluralKey, pluralFormKey } from '../bundles/plural-key.js';
import { emitPair, hasOwn, isObject, kindOf, selects, type Walk } from './compare-walk.js';
import { isFound, lookupPath } from './lookup-path.js';
import { fullKey as full } from './pair.js';
import type { SourceObject } from './source-groups.js';

/** Whether a source string shows `{{count}}` (in its syntax): the app then surely calls it with a count. */
export const takesCount = (value: unknown, syntax: InterpolationSyntax): value is string =>
  typeof value === 'string' && value.includes(syntax.prefix) && interpolationsOf(value, syntax).variables.includes('count');

/**
 * A target's plural form of a key the source writes as one string (ru `apples_few` for en
 * `apples`, de `rename_one` for en `rename`): i18next called with a count reads it, whether or
 * not the source shows `{{count}}`. True when `name` (under `prefix`) is one. `sourceValue` reads
 * the source's value of a name beside `name`: the target may nest what the source writes flat
 * (`"a": {"b_other"}` for `"a.b"`).
 */
function formOfPlainKey(w: Walk, prefix: string, name: string, value: unknown, sourceValue: (base: string) => unknown): boolean {
  const plural = parsePluralKey(name, w.pluralSeparator);
  const theirs = plural && sourceValue(plural.base);
  if (!plural || typeof value !== 'string' || typeof theirs !== 'string') return false;
  if (!selects(w, plural.ordinal, plural.category))
    w.result.unusedForms.push({ key: full(prefix, name, w.join), category: plural.category, ordinal: plural.ordinal });
  else if (w.onPair) emitPair(w, prefix, name, value, plural.base, theirs);
  return true;
}

/**
 * A source string the target writes as plural forms instead (without its bare key): i18next
 * reads those forms for every count, so only the locale's forms the target lacks are missing.
 * False when it has none of them.
 */
export function pluralInPlaceOf(
  w: Walk,
  target: Record<string, unknown> | undefined,
  prefix: string,
  name: string,
  theirs: unknown,
): boolean {
  if (!target || typeof theirs !== 'string') return false;
  const { family } = w.cardinal;
  const names = family.categories.map((category) => pluralFormKey(name, category, false, w.pluralSeparator));
  const anchor = names.find((form) => typeof target[form] === 'string');
  if (anchor === undefined) return false;
  const base = full(prefix, name, w.join);
  family.categories.forEach((category, i) => {
    const form = names[i] as string;
    if (!hasOwn.call(target, form))
      w.result.missingForms.push({
        key: full(prefix, form, w.join),
        base,
        category,
        ordinal: false,
        anchorKey: full(prefix, anchor, w.join),
      });
  });
  w.result.formsInPlace.push({
    key: base,
    forms: names.map((form) => full(prefix, form, w.join)),
    takesCount: takesCount(theirs, w.syntax),
  });
  return true;
}

/** An object or a list: what i18next finds at a key and shows no text for (returnObjects off). */
const isShaped = (value: unknown): boolean => value !== null && typeof value === 'object';

/** A target property the source object lacks: a plural form of a source group or string, a group's bare key, a flat key, or extra. */
export function targetOnly(
  w: Walk,
  shape: SourceObject,
  source: Record<string, unknown>,
  prefix: string,
  name: string,
  value: unknown,
): void {
  const form = shape.forms.get(name);
  if (form) {
    const { group, category } = form;
    // A form the locale never selects is never shown: no pair rule or type to judge in it.
    if (!selects(w, group.ordinal, category)) {
      w.result.unusedForms.push({ key: full(prefix, name, w.join), category, ordinal: group.ordinal });
      return;
    }
    const theirs = source[form.counterpart];
    if (typeof value !== 'string') w.result.mismatches.push({ key: full(prefix, name, w.join), target: value, source: theirs });
    else if (w.onPair && typeof theirs === 'string') emitPair(w, prefix, name, value, form.counterpart, theirs, shape.forms);
    return;
  }
  // The bare key of a source group: i18next reads it for every count the target has no form for.
  const group = typeof value === 'string' || isShaped(value) ? shape.groups.find((g) => g.base === name) : undefined;
  if (group && typeof value !== 'string') {
    // An object or list there is read as well, before any fallback's form: i18next shows no text for it.
    const forms = [...group.forms.values()].map((form) => full(prefix, form, w.join));
    w.result.mismatches.push({ key: full(prefix, name, w.join), target: value, source: undefined, forms, ordinal: group.ordinal });
    return;
  }
  if (group) {
    const counterpart = group.forms.get('other') ?? (group.forms.values().next().value as string);
    const theirs = source[counterpart];
    if (w.onPair && typeof theirs === 'string') emitPair(w, prefix, name, value as string, counterpart, theirs, shape.forms);
    return;
  }
  if (formOfPlainKey(w, prefix, name, value, (base) => source[base])) return;
  if (w.sep !== false && name.includes(w.sep) && lookupPath(source, name, w.sep) !== undefined) return;
  if (w.sep !== false && isObject(value) && splitDifferently(w, w.sep, source, prefix, name, value)) return;
  w.result.extra.push(full(prefix, name, w.join));
}

/**
 * A target object under a name the source writes only inside a flat name (`"h": {"i.j"}` for
 * `"h.i": {"j"}`): i18next finds each of its strings by the flat key all the same. True when the
 * source has such a name; then each string is compared, or extra when the source has no such key.
 */
function splitDifferently(
  w: Walk,
  sep: string,
  source: Record<string, unknown>,
  prefix: string,
  name: string,
  value: Record<string, unknown>,
): boolean {
  const start = name + sep;
  if (!Object.keys(source).some((n) => n.startsWith(start))) return false;
  const visit = (object: Record<string, unknown>, path: string): void => {
    for (const [child, item] of Object.entries(object)) {
      const key = `${path}${sep}${child}`;
      if (isObject(item)) {
        visit(item, key);
        continue;
      }
      const theirs = lookupPath(source, key, sep);
      if (!isFound(theirs)) {
        const inSource = (base: string): unknown => lookupPath(source, `${path}${sep}${base}`, sep);
        if (!formOfPlainKey(w, full(prefix, path, w.join), child, item, inSource)) w.result.extra.push(full(prefix, key, w.join));
      } else if (typeof item === 'string' && typeof theirs === 'string') {
        if (w.onPair) emitPair(w, full(prefix, path, w.join), child, item, child, theirs);
      } else if (kindOf(item) !== kindOf(theirs))
        w.result.mismatches.push({ key: full(prefix, key, w.join), target: item, source: theirs });
    }
  };
  visit(value, name);
  return true;
}
