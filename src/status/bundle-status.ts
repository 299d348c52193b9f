import { listLeaves } from '../bundles/list-leaves.js';
import { parsePluralKey, pluralFormKey } from '../bundles/plural-key.js';
import { pluralFamily } from '../bundles/plural-rules.js';
import { absentKeys, comparableTargets } from '../check/absent-keys.js';
import { lookupPath } from '../check/lookup-path.js';
import type { NamespaceContext } from '../check/namespace-context.js';
import { groupId } from '../check/plural-groups.js';

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
  /** Entries in any state but translated and fallback, in source order. */
  left: { key: string; state: EntryState }[];
}

/** The source value each translated key of a target file had when it was marked translated. */
export type TranslatedSnapshot = ReadonlyMap<string, string>;

/** The keys the checker flags in one target file: empty values and values identical to the source. */
export interface FlaggedKeys {
  empty: ReadonlySet<string>;
  untranslated: ReadonlySet<string>;
}

/** Rounds to one decimal without showing 100 for an unfinished locale. */
export const percentOf = (done: number, total: number): number => (total === 0 ? 100 : Math.floor((done / total) * 1000) / 10);

/**
 * Counts a namespace for each target locale from the checker's own model: absent keys from
 * absent-keys (as missing-key and fallback-resolved see them), empty and untranslated values as
 * the empty-value and untranslated rules flagged them (see statusOfProject), so `status` and
 * `check` never disagree. An entry is stale when a snapshot says its source text changed since
 * it was marked translated.
 */
export function bundleStatus(context: NamespaceContext, flagged: (locale: string) => FlaggedKeys, snapshots: (locale: string) => TranslatedSnapshot | undefined): NamespaceStatus[] {
  const source = context.source?.flat;
  if (!source) return [];
  const sep = context.pluralSeparator;
  const join = context.keySeparator === false ? '.' : context.keySeparator;
  const statuses: NamespaceStatus[] = [];
  for (const [locale, bundle] of comparableTargets(context)) {
    const absent = new Map(absentKeys(context, locale).filter((a) => !a.forms).map((a) => [a.key, a]));
    const { empty, untranslated: same } = flagged(locale);
    const snapshot = snapshots(locale);
    const has = (key: string): boolean => bundle?.flat !== undefined && (bundle.flat.values.has(key) || bundle.flat.objects.has(key));
    const entries: { key: string; state: EntryState }[] = [];
    const groupsDone = new Set<string>();
    const classifyPresent = (key: string, sourceKey: string): EntryState => {
      if (empty.has(key)) return 'empty';
      if (same.has(key)) return 'untranslated';
      const then = snapshot?.get(key);
      // A list item (`nav.2`) is no flat key: its source text is read through the list.
      const now = source.values.has(sourceKey) ? source.values.get(sourceKey) : lookupPath(context.source?.data, sourceKey, context.keySeparator);
      return then !== undefined && then !== now ? 'stale' : 'translated';
    };
    for (const key of source.values.keys()) {
      const plural = parsePluralKey(key, sep);
      const group = plural && context.sourceGroups().get(groupId(plural.base, plural.ordinal));
      if (!plural || !group) {
        // A list the locale has is counted item by item, as check compares it (`nav.2`).
        const whole = absent.get(key);
        for (const entry of whole ? [key] : listLeaves(source.values.get(key), key, join)) {
          const missing = absent.get(entry);
          entries.push({ key: entry, state: missing ? (missing.resolvedBy ? 'fallback' : 'missing') : classifyPresent(entry, entry) });
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
        if (has(formKey)) {
          entries.push({ key: formKey, state: classifyPresent(formKey, sourceKey) });
          continue;
        }
        const resolution = context.resolve(locale, plural.base, { count: family.samples.get(category) ?? 1, ordinal: plural.ordinal }, true);
        entries.push({ key: formKey, state: !resolution ? 'missing' : resolution.locale === locale ? 'translated' : 'fallback' });
      }
    }
    const counts = Object.fromEntries(ENTRY_STATES.map((s) => [s, 0])) as Record<EntryState, number>;
    for (const entry of entries) counts[entry.state]++;
    const left = entries.filter((e) => e.state !== 'translated' && e.state !== 'fallback');
    statuses.push({ locale, namespace: context.namespace, total: entries.length, counts, percent: percentOf(counts.translated + counts.fallback, entries.length), left });
  }
  return statuses;
}
