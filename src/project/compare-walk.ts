/** The state and helpers of the walk that compares a target bundle with its source (compare-bundles, target-spellings). */
import type { InterpolationSyntax } from '../bundles/interpolation-syntax.js';
import type { PluralCategory, PluralFamily } from '../bundles/plural-rules.js';
import type { NameTest } from './lookup-path.js';
import { fullKey, type Pair } from './pair.js';
import type { GroupForm } from './source-groups.js';

/** A source key (or a whole plural group) the target lacks; `forms` is set for a group. */
export interface AbsentEntry {
  key: string;
  sourceKey: string;
  /** Whether the walk looked the key up in the target bundle (as i18next's store reads it) and missed. */
  missedInTarget: boolean;
  /**
   * Whether the walk knows that the store reads none of the key's plural forms (`key_one`,
   * `key_zero`...) in the target either: no name of the target or the source holds the key
   * separator, so the key's parts are the source names the walk followed and the forms could only
   * be names of the target object it stands at, which has none (or is absent).
   */
  formsMissedInTarget: boolean;
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

/**
 * A source string the target writes as plural forms in its stead (de `rename_one`, `rename_other`
 * for en `rename`): i18next reads those forms whenever the app passes a count.
 */
export interface FormsInPlace {
  key: string;
  /** The form of each category the locale needs, written or not, in the locale's order. */
  forms: string[];
  /** Whether the source string shows `{{count}}` (then the app surely passes one). */
  takesCount: boolean;
}

/**
 * A target value of another shape than the source's at its key. `forms` is set where the key is
 * the bare name of a source plural group (`show` for `show_one`, `show_other`) and the target holds
 * an object or list there: the source's form keys, which i18next looks for before that value.
 */
export interface Mismatch {
  key: string;
  target: unknown;
  source: unknown;
  forms?: string[];
  /** With `forms`: whether the group is of ordinal forms (`_ordinal_one`). */
  ordinal?: boolean;
}

/** What one target bundle lacks, adds or shapes differently, found in one walk. */
export interface Comparison {
  absent: AbsentEntry[];
  extra: string[];
  mismatches: Mismatch[];
  missingForms: MissingForm[];
  unusedForms: { key: string; category: PluralCategory; ordinal: boolean }[];
  formsInPlace: FormsInPlace[];
}

/** Object.prototype.hasOwnProperty, read once: bundles may hold a key named `hasOwnProperty`. */
export const hasOwn = Object.prototype.hasOwnProperty;
/** Whether a value is a JSON object (not a list, not null). */
export const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/** A plural family of the target locale, with the PLURAL_CATEGORIES index of each category it needs. */
export interface Needs {
  family: PluralFamily;
  indices: number[];
}

/** The state of one comparison walk: the target locale, its separators and needs, and what it found so far. */
export interface Walk {
  locale: string;
  sep: string | false;
  join: string;
  pluralSeparator: string;
  /** The source's locale, whose plural categories tell its plural forms from words (see sourceObject). */
  sourceLocale: string | undefined;
  /** Whether i18next skips an empty source string (see skipsValue), which then shows its key: pairs compare with that. */
  emptyShowsKey: boolean;
  /** How the strings write variables: a source string with a count variable takes a count. */
  syntax: InterpolationSyntax;
  targetRoot: Record<string, unknown>;
  /** Passed to lookupPath for the target's lookups (see separatorNames). */
  holdsSeparator: NameTest | undefined;
  /** Whether no name of the target or the source holds the key separator (their property scans say so). */
  plainNames: boolean;
  result: Comparison;
  pair: Pair;
  onPair: ((pair: Pair) => void) | undefined;
  cardinal: Needs;
  ordinal: Needs;
}

/**
 * Hands one target string and its source string to the walk's pair callback, in the one reused
 * Pair: as readers of the source see it, the key itself for an empty one i18next skips. That key
 * is the one the app passes: for a plural form (`forms`: the source object's), its base, since
 * i18next shows `files` when `t('files', { count })` finds `files_other` empty.
 */
export function emitPair(
  w: Walk,
  prefix: string,
  name: string,
  value: string,
  sourceName: string,
  sourceValue: string,
  forms?: ReadonlyMap<string, GroupForm>,
): void {
  const pair = w.pair;
  pair.prefix = prefix;
  pair.name = name;
  pair.value = value;
  pair.sourceName = sourceName;
  pair.sourceWritten = sourceValue;
  pair.sourceValue =
    sourceValue === '' && w.emptyShowsKey ? fullKey(prefix, forms?.get(sourceName)?.group.base ?? sourceName, w.join) : sourceValue;
  (w.onPair as (pair: Pair) => void)(pair);
}

/** The JSON type of a value, for comparing shapes ('object' only for non-array objects). */
export function kindOf(value: unknown): string {
  return value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
}

/** Whether the target locale ever selects a form's category (cardinal zero always counts: i18next reads `_zero` at 0). */
export function selects(w: Walk, ordinal: boolean, category: PluralCategory): boolean {
  return (ordinal ? w.ordinal : w.cardinal).family.categories.includes(category) || (category === 'zero' && !ordinal);
}
