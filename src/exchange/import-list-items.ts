import { applyEdits, modify, type FormattingOptions } from 'jsonc-parser';
import { lookupPath } from '../project/lookup-path.js';
import { firstMissingStep, listPath, valueAt, type Step } from '../sync/list-items.js';

/** What writing one imported list item (`nav.2`, `steps.1.title`) does. */
export type ListItemOutcome =
  | { kind: 'unchanged' }
  | { kind: 'changed'; text: string; from: string }
  | { kind: 'added'; text: string }
  /** The target has no such list: the item went into `lists`, the new lists to add where sync places them. */
  | { kind: 'new-list' }
  | { kind: 'skipped'; reason: string };

/** The value `steps` lead to from a new item or property: `['title']` and "x" give `{ title: "x" }`; undefined past a hole. */
function nest(steps: readonly Step[], value: string): unknown {
  let built: unknown = value;
  for (let i = steps.length - 1; i >= 0; i--) {
    const step = steps[i] as Step;
    if (typeof step === 'number' && step !== 0) return undefined;
    built = typeof step === 'number' ? [built] : { [step]: built };
  }
  return built;
}

/** Puts `value` at `steps` inside `holder` (a list built for a new list), when no hole is left; false otherwise. */
function place(holder: unknown, steps: readonly Step[], value: string): boolean {
  const [step, ...rest] = steps;
  if (step === undefined || holder === null || typeof holder !== 'object') return false;
  const list = Array.isArray(holder);
  if (list !== (typeof step === 'number')) return false;
  // Own properties only, and defined as such: `constructor` or `__proto__` in a bundle are keys.
  const here = valueAt(holder, [step]);
  if (here !== undefined) return rest.length > 0 && place(here, rest, value);
  if (list && step !== (holder as unknown[]).length) return false;
  const built = nest(rest, value);
  if (built === undefined) return false;
  Object.defineProperty(holder, step, { value: built, enumerable: true, writable: true, configurable: true });
  return true;
}

/**
 * Writes one imported list item into a target text: an item the list holds is replaced in
 * place, one just past the list's end is appended (as is a property an object item lacks), and
 * one of a list the target lacks altogether is gathered into `lists` (by the list's flat key;
 * `list.steps` are the item's steps inside the list), from item 0 on. An item that would leave a
 * hole in a list is skipped with the reason.
 */
export function importListItem(
  text: string | undefined,
  entry: { key: string; value: string },
  list: { key: string; steps: readonly Step[] },
  lists: Map<string, unknown[]>,
  keySeparator: string | false,
  formattingOptions: FormattingOptions | undefined,
): ListItemOutcome {
  const data: unknown = text === undefined ? {} : JSON.parse(text);
  const path = listPath(data, entry.key, keySeparator);
  const hole = {
    kind: 'skipped',
    reason: `the list ${list.key} has fewer items than this one's place: run l10n sync first (it appends the items a list lacks)`,
  } as const;
  if (!path || text === undefined) {
    if (lookupPath(data, list.key, keySeparator) !== undefined)
      return { kind: 'skipped', reason: `the target does not hold ${list.key} as a list` };
    const built = lists.get(list.key) ?? [];
    if (!place(built, list.steps, entry.value)) return hole;
    lists.set(list.key, built);
    return { kind: 'new-list' };
  }
  const current = valueAt(data, path);
  if (typeof current === 'string') {
    if (current === entry.value) return { kind: 'unchanged' };
    return { kind: 'changed', text: applyEdits(text, modify(text, path, entry.value, { formattingOptions })), from: current };
  }
  if (current !== undefined)
    return {
      kind: 'skipped',
      reason: `the target holds ${Array.isArray(current) ? 'a list' : current === null ? 'null' : `a ${typeof current}`} at ${entry.key}, not a string`,
    };
  const missing = firstMissingStep(data, path);
  if (!missing) return hole;
  const { cut, parent } = missing;
  if (Array.isArray(parent) && path[cut] !== parent.length) return hole;
  const built = nest(path.slice(cut + 1), entry.value);
  if (built === undefined) return hole;
  return {
    kind: 'added',
    text: applyEdits(text, modify(text, path.slice(0, cut + 1), built, { formattingOptions, isArrayInsertion: Array.isArray(parent) })),
  };
}
