import { DEFAULT_SYNTAX, type InterpolationSyntax } from '../bundles/interpolation-syntax.js';
import { PLURAL_CATEGORIES, pluralFamily } from '../bundles/plural-rules.js';
import { compareGroup } from './compare-group.js';
import { emitPair, hasOwn, isObject, kindOf, selects, type Comparison, type Needs, type Walk } from './compare-walk.js';
import { isFound, lookupPath, type NameTest } from './lookup-path.js';
import { fullKey as full, Pair } from './pair.js';
import { sourceObject, type SourceObject } from './source-groups.js';
import { pluralInPlaceOf, targetOnly } from './target-spellings.js';

/** What a locale needs of one kind of plural, read once per comparison. */
function needs(locale: string, ordinal: boolean): Needs {
  const family = pluralFamily(locale, ordinal);
  return { family, indices: family.categories.map((c) => PLURAL_CATEGORIES.indexOf(c)) };
}

/**
 * Whether a plural form the source writes and the target keeps is one the target locale selects;
 * one it never does (Japanese _one) is recorded as unused, and its text is never read.
 */
function sharedForm(w: Walk, shape: SourceObject, prefix: string, name: string): boolean {
  const form = shape.forms.get(name);
  if (!form || selects(w, form.group.ordinal, form.category)) return true;
  w.result.unusedForms.push({ key: full(prefix, name, w.join), category: form.category, ordinal: form.group.ordinal });
  return false;
}

/**
 * Compares one target name with the source's (`inSource`: the source has it; `theirs`: its value).
 * Returns 1 when it is a source name other than a plural form, which the target then has too.
 */
function compareName(
  w: Walk,
  shape: SourceObject,
  source: Record<string, unknown>,
  prefix: string,
  name: string,
  value: unknown,
  theirs: unknown,
  inSource: boolean,
): number {
  const grouped = shape.groups.length !== 0;
  let plain = 0;
  if (typeof theirs === 'string') {
    // A form the locale never selects is never shown: no pair rule or type to judge in it.
    let read = true;
    if (grouped && shape.formNames.has(name)) read = sharedForm(w, shape, prefix, name);
    else plain = 1;
    if (!read) return plain;
    if (typeof value === 'string') {
      if (w.onPair) emitPair(w, prefix, name, value, name, theirs, shape.forms);
    } else w.result.mismatches.push({ key: full(prefix, name, w.join), target: value, source: theirs });
  } else if (inSource) {
    if (!grouped || !shape.formNames.has(name)) plain = 1;
    if (isObject(theirs) && isObject(value)) walk(w, theirs, value, prefix, name);
    else if (Array.isArray(theirs) && Array.isArray(value)) walkArray(w, theirs, value, full(prefix, name, w.join));
    else if (value === null || kindOf(value) !== kindOf(theirs)) mismatch(w, full(prefix, name, w.join), value, theirs);
  } else targetOnly(w, shape, source, prefix, name, value);
  return plain;
}

/**
 * Whether the store reads a key under `prefix` only as an own name of the target object the walk
 * stands at: both bundles' names are free of the separator, so the key's parts are the names the
 * walk followed (with keySeparator false, only at the root, where the key is one name).
 */
function plainAt(w: Walk, prefix: string): boolean {
  return w.plainNames && !(w.sep === false && prefix !== '');
}

/**
 * The names whose plural forms (`name_one`, `name_zero`...) a target object has, of any category:
 * one pass over its names, made for the first key it lacks, answers each later question by a set
 * lookup instead of six spelled forms.
 */
function formBases(names: readonly string[], pluralSeparator: string): Set<string> {
  const bases = new Set<string>();
  for (const name of names) {
    // Every category ends in one of these letters: most names are passed over at once.
    const last = name.charCodeAt(name.length - 1);
    if (last !== 0x6f && last !== 0x65 && last !== 0x77 && last !== 0x79 && last !== 0x72) continue;
    for (const category of PLURAL_CATEGORIES) {
      const cut = name.length - category.length - pluralSeparator.length;
      if (cut >= 0 && name.endsWith(category) && name.startsWith(pluralSeparator, cut)) bases.add(name.slice(0, cut));
    }
  }
  return bases;
}

/** Source objects with at least this many names are read in two passes (see walk). */
const MANY_NAMES = 32;

/**
 * Compares a target object with the source object at `parent`, or at `name` under it: a source
 * object has the same key for every target compared with it, so that key is joined once.
 */
function walk(w: Walk, source: Record<string, unknown>, target: Record<string, unknown> | undefined, parent: string, name?: string): void {
  const shape = sourceObject(source, w.pluralSeparator, w.sourceLocale);
  let prefix = parent;
  if (name !== undefined) {
    // The same strings each time (the parent's kept key, a property name), so compared at once.
    const known = shape.key;
    if (known && known.parent === parent && known.name === name && known.join === w.join) prefix = known.key;
    else shape.key = { parent, name, join: w.join, key: (prefix = full(parent, name, w.join)) };
  }
  // Source names other than plural forms that the target has too: fewer than all means some are absent.
  let sharedPlain = 0;
  let targetNames: string[] | undefined;
  if (target && shape.names.length >= MANY_NAMES) {
    // A keyed lookup with a varying name into an object of many names searches them: such objects
    // are read in two passes instead (names, values), and a target mostly lists the source's names
    // in its order, so the source's value is the one at the same index (else it is looked up).
    // The source's names and values are read once for every target (its shape keeps them).
    const names = (targetNames = Object.keys(target));
    const values = Object.values(target);
    const sourceNames = shape.names;
    const sourceValues = shape.values;
    for (let i = 0; i < names.length; i++) {
      const name = names[i] as string;
      const aligned = sourceNames[i] === name;
      const theirs = aligned ? sourceValues[i] : source[name];
      sharedPlain += compareName(
        w,
        shape,
        source,
        prefix,
        name,
        values[i],
        theirs,
        aligned || typeof theirs === 'string' || hasOwn.call(source, name),
      );
    }
  } else if (target) {
    // Small objects: the arrays would cost more than the lookups.
    for (const name in target) {
      if (!hasOwn.call(target, name)) continue;
      const theirs = source[name];
      sharedPlain += compareName(
        w,
        shape,
        source,
        prefix,
        name,
        target[name],
        theirs,
        typeof theirs === 'string' || hasOwn.call(source, name),
      );
    }
  }
  if (sharedPlain < shape.plain.length) {
    const plain = plainAt(w, prefix);
    // Where the store reads a key only in this target object, one it lacks is not looked up again,
    // and a plural form in its place needs a form of it here.
    const here = plain && target !== undefined;
    let bases: Set<string> | undefined;
    for (const name of shape.plain) {
      if (target && hasOwn.call(target, name)) continue;
      const key = full(prefix, name, w.join);
      const theirs = source[name];
      const formHere = here && (bases ??= formBases(targetNames ?? Object.keys(target), w.pluralSeparator)).has(name);
      const present = here
        ? formHere && pluralInPlaceOf(w, target, prefix, name, theirs)
        : isFound(lookupPath(w.targetRoot, key, w.sep, w.holdsSeparator)) || pluralInPlaceOf(w, target, prefix, name, theirs);
      if (present) continue;
      if (isObject(theirs)) walk(w, theirs, undefined, key);
      else w.result.absent.push({ key, sourceKey: key, missedInTarget: true, formsMissedInTarget: plain && !formHere });
    }
  }
  for (const group of shape.groups) compareGroup(w, group, target, prefix);
}

/**
 * Compares two lists item by item, as i18next reads them: `nav.2` is the third item, and a
 * shorter list lacks it (i18next falls back to the source's item for `t('nav.2')`).
 */
function walkArray(w: Walk, source: unknown[], target: unknown[], prefix: string): void {
  const length = Math.max(source.length, target.length);
  for (let i = 0; i < length; i++) {
    const name = String(i);
    const key = full(prefix, name, w.join);
    const theirs = source[i];
    const value = target[i];
    if (i >= source.length) w.result.extra.push(key);
    else if (i >= target.length) {
      if (isObject(theirs)) walk(w, theirs, undefined, key);
      else w.result.absent.push({ key, sourceKey: key, missedInTarget: false, formsMissedInTarget: false });
    } else if (typeof theirs === 'string' && typeof value === 'string') {
      if (w.onPair) emitPair(w, prefix, name, value, name, theirs);
    } else if (isObject(theirs) && isObject(value)) walk(w, theirs, value, key);
    else if (Array.isArray(theirs) && Array.isArray(value)) walkArray(w, theirs, value, key);
    else if (value === null || kindOf(value) !== kindOf(theirs)) mismatch(w, key, value, theirs);
  }
}

/**
 * A target value of another shape than the source's. Where the source has an object, i18next
 * finds none of its keys under the target's value, only keys written flat (`"a.b"` beside a
 * string `a`): each other key is absent, as readers see it.
 */
function mismatch(w: Walk, key: string, value: unknown, theirs: unknown): void {
  w.result.mismatches.push({ key, target: value, source: theirs });
  if (isObject(theirs)) walk(w, theirs, undefined, key);
  else if (Array.isArray(theirs)) walkArray(w, theirs, [], key);
}

/**
 * Compares a target bundle with its source in one walk over both parsed objects: no flat map,
 * no key string unless a key is reported. `onPair` sees every translated string beside its
 * source string (plural forms beside the source form of the same category, else `other`;
 * `options.sourceLocale` tells the source's plural forms from names that end in a category word;
 * with `options.returnEmptyString` false an empty source string is compared as its key, shown instead;
 * `options.syntax` reads the source's count variable).
 * `holdsSeparator` is passed to the lookups of keys the target lacks (see separatorNames);
 * `plainNames` says that no name of the target or the source holds the key separator: a key
 * the target object lacks is then not looked up from the root (AbsentEntry's
 * formsMissedInTarget is false without it).
 */
export function compareBundles(
  source: Record<string, unknown>,
  target: Record<string, unknown> | undefined,
  locale: string,
  options: {
    keySeparator: string | false;
    pluralSeparator: string;
    sourceLocale?: string;
    returnEmptyString?: boolean;
    syntax?: InterpolationSyntax;
  },
  onPair?: (pair: Pair) => void,
  holdsSeparator?: NameTest,
  plainNames = false,
): Comparison {
  const result: Comparison = { absent: [], extra: [], mismatches: [], missingForms: [], unusedForms: [], formsInPlace: [] };
  const w: Walk = {
    locale,
    sep: options.keySeparator,
    join: options.keySeparator === false ? '.' : options.keySeparator,
    pluralSeparator: options.pluralSeparator,
    sourceLocale: options.sourceLocale,
    emptyShowsKey: options.returnEmptyString === false,
    syntax: options.syntax ?? DEFAULT_SYNTAX,
    targetRoot: target ?? {},
    holdsSeparator,
    plainNames,
    result,
    pair: new Pair(locale, options.keySeparator === false ? '.' : options.keySeparator),
    onPair,
    cardinal: needs(locale, false),
    ordinal: needs(locale, true),
  };
  walk(w, source, target, '');
  return result;
}
