import { pluralFormKey } from '../bundles/plural-key.js';
import { languageOf } from '../locale/locale-tag.js';
import { pluralFamily, type PluralCategory, type PluralFamily } from '../bundles/plural-rules.js';
import type { Bundle } from './bundle.js';
import { lookupPath } from './lookup-path.js';
import type { NamespaceContext } from './namespace-context.js';
import { sourceMemo } from './source-memo.js';
import type { AbsentEntry } from './compare-walk.js';
import { BARE_LOOKUP, type Lookup } from './resolve-key.js';

/** A source key (or whole plural group) that a target bundle does not hold. */
export interface AbsentKey {
  /** The key, or the base of a plural group. */
  key: string;
  /** The source key to point at: the key itself, or the group's first form. */
  sourceKey: string;
  /** The plural keys the locale needs, when the absent key is a plural group. */
  forms?: string[];
  /** Whether that group is of ordinal forms (`_ordinal_one`). */
  ordinal?: boolean;
  /** The locale of the same language that resolves it (es for es-AR), if any. */
  resolvedBy?: string;
  /**
   * For a plural form of a source string that a same-language fallback writes as plural forms
   * (es `rename_one` for en `rename`, absent from es-AR): that string's key.
   */
  inPlaceOf?: string;
}

const sampleLookups = new WeakMap<PluralFamily, Map<PluralCategory, Lookup>>();

/** The lookup with the sample count of a category of a family (ordinal or not): built once, not per key. */
function sampleLookup(family: PluralFamily, category: PluralCategory, ordinal: boolean): Lookup {
  let lookups = sampleLookups.get(family);
  if (!lookups) sampleLookups.set(family, (lookups = new Map()));
  let lookup = lookups.get(category);
  if (!lookup) lookups.set(category, (lookup = { count: family.samples.get(category) ?? 1, ordinal }));
  return lookup;
}

/** Whether the locale's fallback chain goes on in its own language (es-AR -> es), where resolveKey reads with `sameLanguage`. */
function sharesLanguage(context: NamespaceContext, locale: string): boolean {
  const next = context.chain(locale)[1];
  return next !== undefined && languageOf(next) === languageOf(locale);
}

/** Whether the source's value at a key is a string, asked for each key every locale lacks: kept with the source bundle. */
const sourceStringsOf = sourceMemo<boolean>();

/**
 * The locale's plural forms of an absent source string that a same-language fallback writes
 * only as plural forms: with a count i18next reads them there, so each form resolves or is
 * missing on its own. Undefined when no form of the language answers any count. Called for a
 * key no locale of the language holds, so only the forms are looked up. No closure here nor in
 * absentKeys's loop: they run for every absent key, and a closure's context is allocated per call.
 */
function formsInFallback(context: NamespaceContext, locale: string, entry: AbsentEntry): AbsentKey[] | undefined {
  const { key, sourceKey } = entry;
  // The walk saw none of the forms in the target: with no other locale of its language to read, none resolves.
  if (entry.formsMissedInTarget && !sharesLanguage(context, locale)) return undefined;
  const strings = sourceStringsOf(context);
  let isString = strings.get(key);
  if (isString === undefined)
    strings.set(key, (isString = typeof lookupPath(context.source?.data, key, context.keySeparator) === 'string'));
  if (!isString) return undefined;
  const family = pluralFamily(locale, false);
  const { categories } = family;
  // Most keys a locale lacks are found as no form either: their form keys are not even built.
  let by: (string | undefined)[] | undefined;
  for (let i = 0; i < categories.length; i++) {
    const found = context.resolve(locale, key, sampleLookup(family, categories[i] as PluralCategory, false), true, Infinity)?.locale;
    if (found !== undefined) (by ??= [])[i] = found;
  }
  if (!by) return undefined;
  const forms: AbsentKey[] = [];
  for (let i = 0; i < categories.length; i++) {
    const form = pluralFormKey(key, categories[i] as PluralCategory, false, context.pluralSeparator);
    forms.push({ key: form, sourceKey, forms: [form], ordinal: false, resolvedBy: by[i], inPlaceOf: key });
  }
  return forms;
}

/** The absent keys of a source plural group the locale lacks: whole, or form by form when a fallback resolves some. */
function absentGroup(context: NamespaceContext, locale: string, entry: AbsentEntry, absent: AbsentKey[]): void {
  const { ordinal, categories } = entry.group as NonNullable<AbsentEntry['group']>;
  const family = pluralFamily(locale, ordinal);
  const forms = categories.map((c) => ({
    key: pluralFormKey(entry.key, c, ordinal, context.pluralSeparator),
    by: context.resolve(locale, entry.key, sampleLookup(family, c, ordinal), true)?.locale,
  }));
  const unresolved = forms.filter((f) => f.by === undefined);
  if (unresolved.length === 0)
    absent.push({ key: entry.key, sourceKey: entry.sourceKey, forms: forms.map((f) => f.key), ordinal, resolvedBy: forms[0]?.by });
  else if (unresolved.length === forms.length)
    absent.push({ key: entry.key, sourceKey: entry.sourceKey, forms: forms.map((f) => f.key), ordinal });
  // Partly resolved through a fallback: each form on its own, missing or resolved as i18next reads it.
  else
    for (const form of forms) absent.push({ key: form.key, sourceKey: entry.sourceKey, forms: [form.key], ordinal, resolvedBy: form.by });
}

const cache = new WeakMap<NamespaceContext, Map<string, AbsentKey[]>>();

/**
 * The source keys a locale lacks, each with whether a same-language fallback resolves it.
 * Shared by missing-key and fallback-resolved, computed once per locale. Plural forms count
 * as one absent group only when every form is absent; partial groups are plural-forms' job.
 */
export function absentKeys(context: NamespaceContext, locale: string): AbsentKey[] {
  let byLocale = cache.get(context);
  if (!byLocale) cache.set(context, (byLocale = new Map()));
  const known = byLocale.get(locale);
  if (known) return known;
  const absent: AbsentKey[] = [];
  if (context.source?.data) {
    for (const entry of context.comparison(locale).absent) {
      if (entry.group) {
        absentGroup(context, locale, entry, absent);
        continue;
      }
      // The walk has looked the key up in the locale's own bundle (the chain's first) when it says so.
      const resolvedBy = context.resolve(locale, entry.key, BARE_LOOKUP, true, entry.missedInTarget ? 1 : 0)?.locale;
      const forms = resolvedBy === undefined ? formsInFallback(context, locale, entry) : undefined;
      if (forms) absent.push(...forms);
      else absent.push({ key: entry.key, sourceKey: entry.sourceKey, resolvedBy });
    }
  }
  byLocale.set(locale, absent);
  return absent;
}

/** The target locales to compare with the source: their bundle, or undefined when the file is absent. Broken files are skipped (json-syntax reports them). */
export function comparableTargets(context: NamespaceContext): [string, Bundle | undefined][] {
  if (!context.source) return [];
  const broken = new Set(context.files.filter((b) => !b.data).map((b) => b.locale));
  return context.targets.filter((l) => !broken.has(l)).map((l) => [l, context.bundles.get(l)]);
}

/** Shortens a value for a message, so one finding stays one line. */
export function quote(value: unknown, max = 60): string {
  const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  const flat = text.replace(/\s+/g, ' ');
  return JSON.stringify(flat.length > max ? `${flat.slice(0, max - 1)}…` : flat);
}
