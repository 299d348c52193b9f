import { parsePluralKey } from '../bundles/plural-key.js';
import { lookupPath } from '../project/lookup-path.js';
import { applySync } from '../sync/apply-sync.js';
import { detectFormat } from '../sync/detect-format.js';
import { keyPaths } from '../sync/key-paths.js';
import { planSync, type SyncAddition, type SyncPlan } from '../sync/plan-sync.js';
import { prunePass } from '../sync/prune-pass.js';
import type { DocumentNamespace } from './document-namespace.js';

/** One fix: what the editor's menu says, and the whole new text of the file. */
export interface TextFix {
  title: string;
  text: string;
}

const quoted = (key: string): string => JSON.stringify(key);

/** A plan narrowed to some additions, nothing removed: what one quick fix of sync's writes. */
function only(plan: SyncPlan, keep: (key: string) => boolean): SyncPlan {
  return {
    ...plan,
    additions: plan.additions.filter((a) => keep(a.key)),
    listAdditions: plan.listAdditions.filter((item) => keep(item.key)),
    removals: [],
    listRemovals: [],
  };
}

/**
 * Adds a missing key, or the missing forms of a plural (a finding's key is the base or the form),
 * where `l10n sync` puts them and with the text it writes (the source's, or the locale's own
 * `other` form for a plural form it lacks): sync's own plan, narrowed to this key.
 */
export function addMissing(doc: DocumentNamespace, text: string, key: string): TextFix | undefined {
  if (!doc.bundle) return undefined;
  const sep = doc.context.pluralSeparator;
  const plan = only(planSync(doc.context, doc.locale, doc.bundle), (added) => added === key || parsePluralKey(added, sep)?.base === key);
  if (plan.additions.length + plan.listAdditions.length === 0) return undefined;
  const result = applySync(text, plan, detectFormat(text));
  const what = result.added.length === 1 ? quoted(result.added[0] ?? key) : result.added.map(quoted).join(', ');
  return result.text === text ? undefined : { title: `Add ${what} as l10n sync would`, text: result.text };
}

/**
 * Removes a key the source does not have, as `l10n sync --prune` does (an object left holding only
 * such keys goes too). A form of an i18next v3 plural (`item_plural`, `item_0`) is first moved to
 * the forms i18next 26 reads, with the rest of its plural, as sync's prune pass moves it: its
 * translation is kept, not lost.
 */
export function removeExtra(doc: DocumentNamespace, text: string, key: string): TextFix | undefined {
  if (!doc.bundle) return undefined;
  const plan = prunePass(planSync(doc.context, doc.locale, doc.bundle, [key]), doc.context.pluralSeparator);
  if (plan.removals.length + plan.listRemovals.length === 0) return undefined;
  const result = applySync(text, plan, detectFormat(text));
  if (result.text === text) return undefined;
  const moves = plan.additions.filter((move) => result.added.includes(move.key));
  return { title: `${pruning(key, moves)} as l10n sync --prune would`, text: result.text };
}

/** What a pruning fix does, its v3 plural moves first: `Move "item_plural" to "item_other" and copy "item" to "item_one"`. */
function pruning(key: string, moves: readonly SyncAddition[]): string {
  const targets = new Map<string, string[]>();
  for (const move of moves) {
    const from = move.moved ?? key;
    targets.set(from, [...(targets.get(from) ?? []), quoted(move.key)]);
  }
  const own = targets.get(key);
  const copies = [...targets].filter(([from]) => from !== key).map(([from, to]) => `copy ${quoted(from)} to ${to.join(', ')}`);
  return [own ? `Move ${quoted(key)} to ${own.join(', ')}` : `Remove ${quoted(key)}`, ...copies].join(' and ');
}

/**
 * Renames a mistyped key to the key the locale lacks (extra-key names it): its value moves to
 * where sync would add the right key, and the mistyped one goes.
 */
export function renameKey(doc: DocumentNamespace, text: string, from: string, to: string): TextFix | undefined {
  if (!doc.bundle?.data) return undefined;
  const value = lookupPath(doc.bundle.data, from, doc.context.keySeparator);
  const path = keyPaths(doc.bundle.data, doc.context.keySeparator).get(from);
  const plan = planSync(doc.context, doc.locale, doc.bundle);
  const addition = plan.additions.find((a) => a.key === to);
  if (value === undefined || !path || !addition) return undefined;
  const result = applySync(
    text,
    { ...plan, additions: [{ ...addition, value }], listAdditions: [], removals: [{ key: from, path }], listRemovals: [] },
    detectFormat(text),
  );
  return { title: `Rename ${quoted(from)} to ${quoted(to)}`, text: result.text };
}

/** Every missing key and plural form of the file added at once, as `l10n sync` would (nothing removed: that stays a choice). */
export function addAllMissing(doc: DocumentNamespace, text: string): TextFix | undefined {
  if (!doc.bundle) return undefined;
  const plan = only(planSync(doc.context, doc.locale, doc.bundle), () => true);
  if (plan.additions.length + plan.listAdditions.length === 0) return undefined;
  const result = applySync(text, plan, detectFormat(text));
  const count = result.added.length;
  return result.text === text
    ? undefined
    : { title: `Fix all in this file: add the ${count} missing entr${count === 1 ? 'y' : 'ies'} as l10n sync would`, text: result.text };
}
