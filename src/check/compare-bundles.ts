import { interpolationsOf } from '../bundles/message-parts.js';
import { parsePluralKey, pluralFormKey } from '../bundles/plural-key.js';
import { PLURAL_CATEGORIES, pluralFamily, type PluralCategory, type PluralFamily } from '../bundles/plural-rules.js';
import { isFound, lookupPath } from './lookup-path.js';
import { sourceObject, type ObjectGroup, type SourceObject } from './source-groups.js';

/**
 * One translated string beside the source string it translates. The walk reuses one object
 * for every pair, so a rule reads it during its call and keeps only strings; the full keys
 * are joined only when a rule asks for them (when it reports).
 */
export class Pair {
  prefix = '';
  name = '';
  sourceName = '';
  value = '';
  sourceValue = '';
  constructor(
    readonly locale: string,
    private readonly join: string,
  ) {}

  /** Full key of the target string (`comments.count_many`). */
  get key(): string {
    return full(this.prefix, this.name, this.join);
  }

  /** Full key of the source string it is compared with (`comments.count_other`). */
  get sourceKey(): string {
    return full(this.prefix, this.sourceName, this.join);
  }
}

/** A source key (or a whole plural group) the target lacks; `forms` is set for a group. */
export interface AbsentEntry {
  key: string;
  sourceKey: string;
  group?: { ordinal: boolean; categories: PluralCategory[] };
}

/** A plural form a locale needs and a target group lacks (the group has other forms). */
export interface MissingForm {
  key: string;
  base: string;
  category: PluralCategory;
  ordinal: boolean;
  /** A form the target has, to point at. */
  anchorKey: string;
}

/** What one target bundle lacks, adds or shapes differently, found in one walk. */
export interface Comparison {
  absent: AbsentEntry[];
  extra: string[];
  mismatches: { key: string; target: unknown; source: unknown }[];
  missingForms: MissingForm[];
  unusedForms: { key: string; category: PluralCategory; ordinal: boolean }[];
}

const hasOwn = Object.prototype.hasOwnProperty;
const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/** A plural family of the target locale, with the PLURAL_CATEGORIES index of each category it needs. */
interface Needs {
  family: PluralFamily;
  indices: number[];
}

interface Walk {
  locale: string;
  sep: string | false;
  join: string;
  pluralSeparator: string;
  targetRoot: Record<string, unknown>;
  result: Comparison;
  pair: Pair;
  onPair: ((pair: Pair) => void) | undefined;
  cardinal: Needs;
  ordinal: Needs;
}

const full = (prefix: string, name: string, join: string): string => (prefix === '' ? name : prefix + join + name);

/** What a locale needs of one kind of plural, read once per comparison. */
function needs(locale: string, ordinal: boolean): Needs {
  const family = pluralFamily(locale, ordinal);
  return { family, indices: family.categories.map((c) => PLURAL_CATEGORIES.indexOf(c)) };
}

function emitPair(w: Walk, prefix: string, name: string, value: string, sourceName: string, sourceValue: string): void {
  const pair = w.pair;
  pair.prefix = prefix;
  pair.name = name;
  pair.value = value;
  pair.sourceName = sourceName;
  pair.sourceValue = sourceValue;
  (w.onPair as (pair: Pair) => void)(pair);
}

function compareGroup(w: Walk, group: ObjectGroup, target: Record<string, unknown> | undefined, prefix: string): void {
  if (target && hasOwn.call(target, group.base)) return;
  const { family, indices } = group.ordinal ? w.ordinal : w.cardinal;
  let missing: PluralCategory[] | undefined;
  if (target) {
    for (let i = 0; i < indices.length; i++) {
      const index = indices[i] as number;
      if (!hasOwn.call(target, group.names[index] as string)) (missing ??= []).push(PLURAL_CATEGORIES[index] as PluralCategory);
    }
    if (!missing) return;
  }
  let anchor: string | undefined;
  if (target) {
    for (const name of group.names) {
      if (hasOwn.call(target, name)) {
        anchor = name;
        break;
      }
    }
  }
  const base = full(prefix, group.base, w.join);
  if (anchor === undefined || !missing) {
    if (isFound(lookupPath(w.targetRoot, base, w.sep))) return;
    const first = group.forms.values().next().value as string;
    w.result.absent.push({ key: base, sourceKey: full(prefix, first, w.join), group: { ordinal: group.ordinal, categories: family.categories } });
    return;
  }
  for (const category of missing) {
    w.result.missingForms.push({ key: full(prefix, group.names[PLURAL_CATEGORIES.indexOf(category)] as string, w.join), base, category, ordinal: group.ordinal, anchorKey: full(prefix, anchor, w.join) });
  }
}

/** The JSON type of a value, for comparing shapes ('object' only for non-array objects). */
function kindOf(value: unknown): string {
  return value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
}

/** Whether the target locale ever selects a form's category (cardinal zero always counts: i18next reads `_zero` at 0). */
function selects(w: Walk, group: ObjectGroup, category: PluralCategory): boolean {
  return (group.ordinal ? w.ordinal : w.cardinal).family.categories.includes(category) || (category === 'zero' && !group.ordinal);
}

/** A plural form the source writes and the target keeps, though the target locale never selects it (Japanese _one). */
function sharedForm(w: Walk, shape: SourceObject, prefix: string, name: string): void {
  const form = shape.forms.get(name);
  if (form && !selects(w, form.group, form.category)) w.result.unusedForms.push({ key: full(prefix, name, w.join), category: form.category, ordinal: form.group.ordinal });
}

/** Whether a source string shows `{{count}}`: the app then calls it with a count, and i18next reads a target's plural forms of it. */
const takesCount = (value: unknown): value is string => typeof value === 'string' && value.includes('{{') && interpolationsOf(value).variables.includes('count');

/**
 * A target's plural form of a key the source writes as one string with `{{count}}` (ru
 * `apples_few` for en `apples`): i18next called with the count reads it. True when `name` is one.
 */
function formOfPlainKey(w: Walk, source: Record<string, unknown>, prefix: string, name: string, value: unknown): boolean {
  const plural = parsePluralKey(name, w.pluralSeparator);
  const theirs = plural && source[plural.base];
  if (!plural || typeof value !== 'string' || !takesCount(theirs)) return false;
  const { family } = plural.ordinal ? w.ordinal : w.cardinal;
  if (!family.categories.includes(plural.category) && !(plural.category === 'zero' && !plural.ordinal)) w.result.unusedForms.push({ key: full(prefix, name, w.join), category: plural.category, ordinal: plural.ordinal });
  else if (w.onPair) emitPair(w, prefix, name, value, plural.base, theirs);
  return true;
}

/**
 * A source string with `{{count}}` the target writes as plural forms instead: i18next reads those
 * forms, so only the locale's forms the target lacks are missing. False when it has none of them.
 */
function pluralInPlaceOf(w: Walk, target: Record<string, unknown> | undefined, prefix: string, name: string, theirs: unknown): boolean {
  if (!target || !takesCount(theirs)) return false;
  const { family } = w.cardinal;
  const names = family.categories.map((category) => pluralFormKey(name, category, false, w.pluralSeparator));
  const anchor = names.find((form) => typeof target[form] === 'string');
  if (anchor === undefined) return false;
  const base = full(prefix, name, w.join);
  family.categories.forEach((category, i) => {
    const form = names[i] as string;
    if (!hasOwn.call(target, form)) w.result.missingForms.push({ key: full(prefix, form, w.join), base, category, ordinal: false, anchorKey: full(prefix, anchor, w.join) });
  });
  return true;
}

/** A target property the source object lacks: a plural form of a source group or string, a group's bare key, a flat key, or extra. */
function targetOnly(w: Walk, shape: SourceObject, source: Record<string, unknown>, prefix: string, name: string, value: unknown): void {
  const form = shape.forms.get(name);
  if (form) {
    const { group, category } = form;
    if (!selects(w, group, category)) w.result.unusedForms.push({ key: full(prefix, name, w.join), category, ordinal: group.ordinal });
    const theirs = source[form.counterpart];
    if (typeof value !== 'string') w.result.mismatches.push({ key: full(prefix, name, w.join), target: value, source: theirs });
    else if (w.onPair && typeof theirs === 'string') emitPair(w, prefix, name, value, form.counterpart, theirs);
    return;
  }
  // The bare key of a source group: i18next reads it for every count the target has no form for.
  const group = typeof value === 'string' ? shape.groups.find((g) => g.base === name) : undefined;
  if (group) {
    const counterpart = group.forms.get('other') ?? (group.forms.values().next().value as string);
    const theirs = source[counterpart];
    if (w.onPair && typeof theirs === 'string') emitPair(w, prefix, name, value as string, counterpart, theirs);
    return;
  }
  if (formOfPlainKey(w, source, prefix, name, value)) return;
  if (w.sep !== false && name.includes(w.sep) && lookupPath(source, name, w.sep) !== undefined) return;
  if (w.sep !== false && isObject(value) && splitDifferently(w, w.sep, source, prefix, name, value)) return;
  w.result.extra.push(full(prefix, name, w.join));
}

/**
 * A target object under a name the source writes only inside a flat name (`"h": {"i.j"}` for
 * `"h.i": {"j"}`): i18next finds each of its strings by the flat key all the same. True when the
 * source has such a name; then each string is compared, or extra when the source has no such key.
 */
function splitDifferently(w: Walk, sep: string, source: Record<string, unknown>, prefix: string, name: string, value: Record<string, unknown>): boolean {
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
      if (!isFound(theirs)) w.result.extra.push(full(prefix, key, w.join));
      else if (typeof item === 'string' && typeof theirs === 'string') {
        if (w.onPair) emitPair(w, full(prefix, path, w.join), child, item, child, theirs);
      } else if (kindOf(item) !== kindOf(theirs)) w.result.mismatches.push({ key: full(prefix, key, w.join), target: item, source: theirs });
    }
  };
  visit(value, name);
  return true;
}

function walk(w: Walk, source: Record<string, unknown>, target: Record<string, unknown> | undefined, prefix: string): void {
  const shape = sourceObject(source, w.pluralSeparator);
  const grouped = shape.groups.length !== 0;
  // Source names other than plural forms that the target has too: fewer than all means some are absent.
  let sharedPlain = 0;
  if (target) {
    for (const name in target) {
      if (!hasOwn.call(target, name)) continue;
      const value = target[name];
      const theirs = source[name];
      if (typeof theirs === 'string') {
        if (grouped && shape.formNames.has(name)) sharedForm(w, shape, prefix, name);
        else sharedPlain++;
        if (typeof value === 'string') {
          if (w.onPair) emitPair(w, prefix, name, value, name, theirs);
        } else w.result.mismatches.push({ key: full(prefix, name, w.join), target: value, source: theirs });
      } else if (hasOwn.call(source, name)) {
        if (!grouped || !shape.formNames.has(name)) sharedPlain++;
        if (isObject(theirs) && isObject(value)) walk(w, theirs, value, full(prefix, name, w.join));
        else if (Array.isArray(theirs) && Array.isArray(value)) walkArray(w, theirs, value, full(prefix, name, w.join));
        else if (value === null || kindOf(value) !== kindOf(theirs)) w.result.mismatches.push({ key: full(prefix, name, w.join), target: value, source: theirs });
      } else targetOnly(w, shape, source, prefix, name, value);
    }
  }
  if (sharedPlain < shape.plain.length) {
    for (const name of shape.plain) {
      if (target && hasOwn.call(target, name)) continue;
      const key = full(prefix, name, w.join);
      const theirs = source[name];
      if (isFound(lookupPath(w.targetRoot, key, w.sep)) || pluralInPlaceOf(w, target, prefix, name, theirs)) continue;
      if (isObject(theirs)) walk(w, theirs, undefined, key);
      else w.result.absent.push({ key, sourceKey: key });
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
      else w.result.absent.push({ key, sourceKey: key });
    } else if (typeof theirs === 'string' && typeof value === 'string') {
      if (w.onPair) emitPair(w, prefix, name, value, name, theirs);
    } else if (isObject(theirs) && isObject(value)) walk(w, theirs, value, key);
    else if (Array.isArray(theirs) && Array.isArray(value)) walkArray(w, theirs, value, key);
    else if (value === null || kindOf(value) !== kindOf(theirs)) w.result.mismatches.push({ key, target: value, source: theirs });
  }
}

/**
 * Compares a target bundle with its source in one walk over both parsed objects: no flat map,
 * no key string unless a key is reported. `onPair` sees every translated string beside its
 * source string (plural forms beside the source form of the same category, else `other`).
 */
export function compareBundles(source: Record<string, unknown>, target: Record<string, unknown> | undefined, locale: string, options: { keySeparator: string | false; pluralSeparator: string }, onPair?: (pair: Pair) => void): Comparison {
  const result: Comparison = { absent: [], extra: [], mismatches: [], missingForms: [], unusedForms: [] };
  const w: Walk = {
    locale,
    sep: options.keySeparator,
    join: options.keySeparator === false ? '.' : options.keySeparator,
    pluralSeparator: options.pluralSeparator,
    targetRoot: target ?? {},
    result,
    pair: new Pair(locale, options.keySeparator === false ? '.' : options.keySeparator),
    onPair,
    cardinal: needs(locale, false),
    ordinal: needs(locale, true),
  };
  walk(w, source, target, '');
  return result;
}
