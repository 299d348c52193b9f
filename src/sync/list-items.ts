import { findNodeAtLocation, parseTree } from 'jsonc-parser';
import { keyPaths, pathId } from './key-paths.js';

/** A step of a JSON path: a property name, or a list index. */
export type Step = string | number;

/** One edit inside a list: the flat key check reports (`nav.2`), its JSON path, and for an addition the value. */
export interface ListEdit {
  key: string;
  path: Step[];
  value?: unknown;
}

const isIndex = (name: string): boolean => /^(?:0|[1-9][0-9]*)$/.test(name);

/** The value at a JSON path, or undefined; own properties only. */
export function valueAt(data: unknown, path: readonly Step[]): unknown {
  let at = data;
  for (const step of path) {
    if (at === null || typeof at !== 'object' || !Object.hasOwn(at, step)) return undefined;
    at = (at as Record<string, unknown>)[step];
  }
  return at;
}

/**
 * Where a path first leaves what `data` holds: the index of its first missing step and the value
 * that step would go into, when that value can take it (a list for an index, an object for a
 * name); undefined when the whole path is there or the step cannot be added.
 */
export function firstMissingStep(data: unknown, path: readonly Step[]): { cut: number; parent: object } | undefined {
  const cut = path.findIndex((_, i) => valueAt(data, path.slice(0, i + 1)) === undefined);
  if (cut < 0) return undefined;
  const parent = valueAt(data, path.slice(0, cut));
  if (parent === null || typeof parent !== 'object' || Array.isArray(parent) !== (typeof path[cut] === 'number')) return undefined;
  return { cut, parent };
}

/**
 * The JSON path of a flat key that reaches into a list (`steps.1.title` -> ['steps', 1, 'title']),
 * or undefined for any other key. The part before the list follows the file's own spelling
 * (`paths`, its keyPaths, given when many keys are looked up); names inside list items are taken
 * to hold no separator.
 */
export function listPath(
  data: unknown,
  key: string,
  keySeparator: string | false,
  paths: ReadonlyMap<string, string[]> = keyPaths(data, keySeparator),
): Step[] | undefined {
  const sep = keySeparator === false ? '.' : keySeparator;
  for (let at = key.lastIndexOf(sep); at > 0; at = key.lastIndexOf(sep, at - 1)) {
    const head = paths.get(key.slice(0, at));
    if (!head || !Array.isArray(valueAt(data, head))) continue;
    const path: Step[] = [...head];
    let value = valueAt(data, head);
    for (const name of key.slice(at + sep.length).split(sep)) {
      const step = Array.isArray(value) && isIndex(name) ? Number(name) : name;
      path.push(step);
      value = valueAt(value, [step]);
    }
    return path;
  }
  return undefined;
}

/**
 * The list items (or properties of objects in lists) a target lacks, from the absent keys check
 * reports: each becomes one insertion of the source's value at the first step the target does not
 * have, in index order, so the items a shorter list lacks are appended one after another.
 */
export function listAdditions(source: unknown, target: unknown, absent: readonly string[], keySeparator: string | false): ListEdit[] {
  const sep = keySeparator === false ? '.' : keySeparator;
  const edits = new Map<string, ListEdit>();
  const targetPaths = keyPaths(target, keySeparator);
  const sourcePaths = keyPaths(source, keySeparator);
  for (const key of absent) {
    // Each file's own spelling of the part before the list; the steps after it are the same.
    const path = listPath(target, key, keySeparator, targetPaths);
    const sourcePath = listPath(source, key, keySeparator, sourcePaths);
    if (!path || !sourcePath) continue;
    const missing = firstMissingStep(target, path);
    if (!missing) continue;
    const at = path.slice(0, missing.cut + 1);
    const tail = path.length - at.length;
    const flat = key
      .split(sep)
      .slice(0, key.split(sep).length - tail)
      .join(sep);
    edits.set(pathId(at.map(String)), { key: flat, path: at, value: valueAt(source, sourcePath.slice(0, sourcePath.length - tail)) });
  }
  return [...edits.values()].sort((a, b) => compareSteps(a.path, b.path));
}

/** The extra list items (or properties of objects in lists) to prune, highest index first, so each removal leaves the others' indices as they were. */
export function listRemovals(target: unknown, extra: readonly string[], keySeparator: string | false): ListEdit[] {
  const edits: ListEdit[] = [];
  const paths = keyPaths(target, keySeparator);
  for (const key of extra) {
    const path = listPath(target, key, keySeparator, paths);
    if (path && valueAt(target, path) !== undefined) edits.push({ key, path });
  }
  return edits.sort((a, b) => compareSteps(b.path, a.path));
}

function compareSteps(a: readonly Step[], b: readonly Step[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const x = a[i] as Step;
    const y = b[i] as Step;
    if (x === y) continue;
    return typeof x === 'number' && typeof y === 'number' ? x - y : String(x) < String(y) ? -1 : 1;
  }
  return a.length - b.length;
}

/**
 * Removes the list item at `path` from a JSON text, with the comma that separates it from its
 * neighbour; the only item leaves `[]`. Done here because jsonc-parser 3.3.1's `modify` cuts the
 * last item of a list one character short (`[1,"x"]` becomes `[1"]`).
 */
export function removeListItem(text: string, path: readonly Step[]): string {
  const root = parseTree(text);
  const node = root && findNodeAtLocation(root, [...path]);
  const list = node?.parent;
  if (!node || list?.type !== 'array' || !list.children) return text;
  const items = list.children;
  const i = items.indexOf(node);
  const before = items[i - 1];
  const after = items[i + 1];
  const [start, end] = before
    ? [before.offset + before.length, node.offset + node.length]
    : after
      ? [node.offset, after.offset]
      : [list.offset + 1, list.offset + list.length - 1];
  return text.slice(0, start) + text.slice(end);
}
