import { applyEdits, modify } from 'jsonc-parser';
import { detectFormat, formattingOptions, restoreEnds, serialise, type TextFormat } from './detect-format.js';
import { insertRuns, type Run } from './insert-runs.js';
import { pathId } from './key-paths.js';
import { removeListItem } from './list-items.js';
import type { SyncPlan } from './plan-sync.js';

/** A file's new text and the flat keys actually added and removed. */
export interface SyncedText {
  text: string;
  added: string[];
  removed: string[];
}

type Tree = Map<string, Tree | { leaf: unknown }>;

const isObject = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);
const stripBom = (text: string): string => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);

function materialise(node: Tree | { leaf: unknown }): unknown {
  if (!(node instanceof Map)) return node.leaf;
  // No prototype: a key named `__proto__` is a key here, as it is in the file.
  const object: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  for (const [name, child] of node) object[name] = materialise(child);
  return object;
}

function leafKeys(node: Tree | { leaf: unknown }, keys: Map<string, string>, path: string[]): string[] {
  if (!(node instanceof Map)) return [keys.get(pathId(path)) ?? path.join('.')];
  return [...node].flatMap(([name, child]) => leafKeys(child, keys, [...path, name]));
}

/**
 * Applies a plan with jsonc-parser edits, so every byte outside an edit stays as it was: the
 * translator's order, indentation, line endings and final newline. A missing subtree is written
 * in one edit, placed after its nearest preceding source sibling. Without a file (`text`
 * undefined) a new one is written in `newFileFormat` (the source file's).
 */
export function applySync(text: string | undefined, plan: SyncPlan, newFileFormat: TextFormat): SyncedText {
  const tree: Tree = new Map();
  const keys = new Map<string, string>();
  for (const addition of plan.additions) {
    keys.set(pathId(addition.path), addition.key);
    let node = tree;
    addition.path.forEach((name, i) => {
      // A subtree wins over a leaf at the same name: a plural form spelled as an object holds more.
      if (i === addition.path.length - 1) {
        if (!(node.get(name) instanceof Map)) node.set(name, { leaf: addition.value });
      } else {
        let next = node.get(name);
        if (!(next instanceof Map)) node.set(name, (next = new Map()));
        node = next;
      }
    });
  }
  if (text === undefined) {
    return { text: serialise(materialise(tree), newFileFormat), added: leafKeys(tree, keys, []), removed: [] };
  }
  const format = detectFormat(text);
  const options = formattingOptions(format);
  let current = stripBom(text);
  const removed: string[] = [];
  for (const removal of plan.removals) {
    current = applyEdits(current, modify(current, removal.path, undefined, { formattingOptions: options }));
    removed.push(removal.key);
  }
  for (const removal of plan.listRemovals) {
    current =
      typeof removal.path.at(-1) === 'number'
        ? removeListItem(current, removal.path)
        : applyEdits(current, modify(current, removal.path, undefined, { formattingOptions: options }));
    removed.push(removal.key);
  }
  const added: string[] = [];
  const pending: Run[] = [];
  const insert = (node: Tree, path: string[], holder: Record<string, unknown>): void => {
    const prefix = path.length === 0 ? '' : `${pathId(path)}\u0000`;
    const ranks = new Map<string, number>();
    const rankOf = (n: string): number => {
      let rank = ranks.get(n);
      if (rank === undefined) ranks.set(n, (rank = plan.rank.get(prefix + n) ?? -1));
      return rank;
    };
    // The object's property ranks, once per list of names (every run of a one-pass insertion shares it).
    const rankLists = new WeakMap<string[], number[]>();
    const rankList = (properties: string[]): number[] => {
      let list = rankLists.get(properties);
      if (!list) rankLists.set(properties, (list = properties.map(rankOf)));
      return list;
    };
    // The ranks the object's own properties have in the source, sorted: a new property goes right
    // after the one ranked nearest before it, found by binary search.
    const present = Object.keys(holder)
      .map(rankOf)
      .filter((r) => r >= 0)
      .sort((x, y) => x - y);
    const nearestBefore = (rank: number): number => {
      let low = 0;
      let high = present.length;
      while (low < high) {
        const mid = (low + high) >>> 1;
        if ((present[mid] as number) < rank) low = mid + 1;
        else high = mid;
      }
      return low === 0 ? -1 : (present[low - 1] as number);
    };
    // New properties that land after the same present one form a run, written by one edit.
    const runs = new Map<number, [string, Tree | { leaf: unknown }][]>();
    // Own properties only: `constructor` or `__proto__` in a bundle are keys, never Object's.
    const existing = new Map<string, unknown>();
    for (const [name, child] of node) {
      const value = Object.hasOwn(holder, name) ? holder[name] : undefined;
      if (value !== undefined) {
        existing.set(name, value);
        continue;
      }
      const after = nearestBefore(rankOf(name));
      const run = runs.get(after);
      if (run) run.push([name, child]);
      else runs.set(after, [[name, child]]);
    }
    for (const run of runs.values()) {
      run.sort(([a], [b]) => rankOf(a) - rankOf(b));
      const mine = rankOf(run[0]?.[0] as string);
      // Right after the nearest preceding source sibling, wherever the translator moved it.
      const getInsertionIndex = (properties: string[]): number => {
        let index = 0;
        let nearest = -1;
        rankList(properties).forEach((r, i) => {
          if (r < mine && r > nearest) [nearest, index] = [r, i + 1];
        });
        return index;
      };
      const values = run.map(([name, child]) => ({ name, value: materialise(child) }));
      pending.push({ path, values, getInsertionIndex });
      for (const { name, value } of values)
        Object.defineProperty(holder, name, { value, enumerable: true, writable: true, configurable: true });
    }
    // Reported, and deeper objects filled, in the source's order.
    for (const [name, child] of node) {
      const here = [...path, name];
      const value = existing.get(name);
      if (value === undefined) added.push(...leafKeys(child, keys, here));
      else if (child instanceof Map && isObject(value)) insert(child, here, value);
    }
  };
  const root: unknown = JSON.parse(current);
  if (isObject(root)) insert(tree, [], root);
  current = insertRuns(current, pending, options, format.colonSpace);
  for (const item of plan.listAdditions) {
    current = applyEdits(
      current,
      modify(current, item.path, item.value, { formattingOptions: options, isArrayInsertion: typeof item.path.at(-1) === 'number' }),
    );
    added.push(item.key);
  }
  if (added.length === 0 && removed.length === 0) return { text, added, removed };
  return { text: restoreEnds(current, format), added, removed };
}
