import { listLeaves } from '../bundles/list-leaves.js';
import { parsePluralKey, pluralFormKey } from '../bundles/plural-key.js';
import { pluralFamily } from '../bundles/plural-rules.js';
import { absentKeys, comparableTargets } from '../project/absent-keys.js';
import { lookupPath } from '../project/lookup-path.js';
import { missingForms } from '../project/missing-forms.js';
import type { NamespaceContext } from '../project/namespace-context.js';
import { groupId } from '../project/plural-groups.js';
import { entryPlace, type EntryPlace } from './entry-place.js';

/** The state of one entry a locale needs, as `check` sees it. */
export type EntryState = 'translated' | 'missing' | 'empty' | 'fallback' | 'untranslated' | 'stale';

/** Every state, in the order reports show them. */
export const ENTRY_STATES: readonly EntryState[] = ['translated', 'missing', 'empty', 'fallback', 'untranslated', 'stale'];

/** One namespace of one locale: a count per state and the entries still to do. */
export interface NamespaceStatus {
  locale: string;
  namespace: string;
  /** Entries the locale needs: source keys, with plural groups counted in the locale's own categories. */
  total: number;
  counts: Record<EntryState, number>;
  /** Translated or resolved through a same-language fallback, in percent (one decimal). */
  percent: number;
  /** Entries in any state but translated and fallback, in source order, each where to work on it. */
  left: LeftEntry[];
}

/** An entry still to do: its key and state, and the file and line to open for it (see entryPlace). */
export interface LeftEntry extends EntryPlace {
  key: string;
  state: EntryState;
}

/** The source value each translated key of a target file had when it was marked translated. */
export type TranslatedSnapshot = ReadonlyMap<string, string>;

/**
 * The keys the checker flags in one target file: empty values, values identical to the source,
 * and empty values i18next skips for a same-language fallback's text (en-GB through en-US).
 */
export interface FlaggedKeys {
  empty: ReadonlySet<string>;
  untranslated: ReadonlySet<string>;
  fallback: ReadonlySet<string>;
}

/**
 * The units check judges lacking or unreadable in one locale, by flat key: absent keys and plural
 * forms (missing-key, plural-forms) and what a same-language fallback supplies (fallback-resolved),
 * and values of the wrong shape (type-mismatch): null where a fallback answers is fallback.
 */
function unitStates(context: NamespaceContext, locale: string): Map<string, EntryState> {
  const states = new Map<string, EntryState>();
  for (const absent of absentKeys(context, locale))
    for (const key of absent.forms ?? [absent.key]) states.set(key, absent.resolvedBy ? 'fallback' : 'missing');
  for (const form of missingForms(context, locale)) {
    const by = form.resolution?.locale;
    states.set(form.key, by === undefined ? 'missing' : by === locale ? 'translated' : 'fallback');
  }
  for (const { key, target, source, forms, ordinal = false } of context.comparison(locale).mismatches) {
    // An object at a plural's bare name: i18next shows none of the locale's forms there.
    if (forms)
      for (const category of pluralFamily(locale, ordinal).categories)
        states.set(pluralFormKey(key, category, ordinal, context.pluralSeparator), 'missing');
    if (forms || (source !== null && typeof source === 'object')) continue;
    const kin = target === null ? context.resolve(locale, key, {}, true) : undefined;
    states.set(key, kin ? 'fallback' : 'missing');
  }
  return states;
}

/** Rounds to one decimal without showing 100 for an unfinished locale. */
export const percentOf = (done: number, total: number): number => (total === 0 ? 100 : Math.floor((done / total) * 1000) / 10);

/**
 * Counts a namespace for each target locale from the checker's own model: lacking and
 * unreadable units as unitStates reads them, plural forms a locale writes for a source string in
 * the locale's categories, empty and untranslated values as the empty-value and untranslated
 * rules flagged them (see projectStatus), so `status` and `check` never disagree. An entry is
 * stale when a snapshot says its source text changed since it was marked translated.
 */
export function bundleStatus(
  context: NamespaceContext,
  flagged: (locale: string) => FlaggedKeys,
  snapshots: (locale: string) => TranslatedSnapshot | undefined,
): NamespaceStatus[] {
  const source = context.source?.flat;
  if (!source) return [];
  const sep = context.pluralSeparator;
  const join = context.keySeparator === false ? '.' : context.keySeparator;
  const statuses: NamespaceStatus[] = [];
  for (const [locale, bundle] of comparableTargets(context)) {
    const states = unitStates(context, locale);
    const { empty, untranslated: same, fallback } = flagged(locale);
    const snapshot = snapshots(locale);
    const has = (key: string): boolean => bundle?.flat !== undefined && (bundle.flat.values.has(key) || bundle.flat.objects.has(key));
    const entries: { key: string; state: EntryState; sourceKey: string }[] = [];
    const groupsDone = new Set<string>();
    const classify = (key: string, sourceKey: string): EntryState => {
      const known = states.get(key);
      if (known) return known;
      if (empty.has(key)) return 'empty';
      if (fallback.has(key)) return 'fallback';
      if (same.has(key)) return 'untranslated';
      const then = snapshot?.get(key);
      // A list item (`nav.2`) is no flat key: its source text is read through the list.
      const now = source.values.has(sourceKey)
        ? source.values.get(sourceKey)
        : lookupPath(context.source?.data, sourceKey, context.keySeparator);
      return then !== undefined && then !== now ? 'stale' : 'translated';
    };
    const inPlace = new Map(context.comparison(locale).formsInPlace.map((f) => [f.key, f.forms]));
    for (const absent of absentKeys(context, locale))
      if (absent.inPlaceOf !== undefined) inPlace.set(absent.inPlaceOf, [...(inPlace.get(absent.inPlaceOf) ?? []), absent.key]);
    for (const key of source.values.keys()) {
      const plural = parsePluralKey(key, sep);
      const group = plural && context.sourceGroups().get(groupId(plural.base, plural.ordinal));
      if (!plural || !group) {
        // A string the locale writes as plural forms counts in the locale's categories, as check compares it.
        const forms = inPlace.get(key);
        // A list the locale has is counted item by item, as check compares it (`nav.2`).
        const units = forms ?? (states.has(key) ? [key] : listLeaves(source.values.get(key), key, join));
        for (const entry of units) {
          const sourceKey = forms ? key : entry;
          entries.push({ key: entry, state: classify(entry, sourceKey), sourceKey });
        }
        continue;
      }
      const id = groupId(plural.base, plural.ordinal);
      if (groupsDone.has(id)) continue;
      groupsDone.add(id);
      const family = pluralFamily(locale, plural.ordinal);
      for (const category of family.categories) {
        const formKey = pluralFormKey(plural.base, category, plural.ordinal, sep);
        const sourceKey = group.forms.get(category) ?? group.forms.get('other') ?? key;
        if (states.has(formKey) || has(formKey)) {
          entries.push({ key: formKey, state: classify(formKey, sourceKey), sourceKey });
          continue;
        }
        // Neither lacking nor written: read through another spelling of the locale (its bare key).
        const resolution = context.resolve(
          locale,
          plural.base,
          { count: family.samples.get(category) ?? 1, ordinal: plural.ordinal },
          true,
        );
        const state = !resolution ? 'missing' : resolution.locale === locale ? 'translated' : 'fallback';
        entries.push({ key: formKey, state, sourceKey });
      }
    }
    const counts = Object.fromEntries(ENTRY_STATES.map((s) => [s, 0])) as Record<EntryState, number>;
    for (const entry of entries) counts[entry.state]++;
    const left = entries
      .filter((e) => e.state !== 'translated' && e.state !== 'fallback')
      .map(({ key, state, sourceKey }) => ({ key, state, ...entryPlace(context, locale, key, sourceKey) }));
    statuses.push({
      locale,
      namespace: context.namespace,
      total: entries.length,
      counts,
      percent: percentOf(counts.translated + counts.fallback, entries.length),
      left,
    });
  }
  return statuses;
}
