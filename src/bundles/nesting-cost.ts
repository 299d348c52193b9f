import { writeNesting, type InterpolationSyntax } from './interpolation-syntax.js';
import { nestingOf, type NestingRef } from './message-parts.js';
import { referencedKey, referencedNamespace, type KeySplitting } from './reference-target.js';

/**
 * The most `$t()` lookups one message may cost when rendered. i18next 26 has no limit of its own
 * on nesting (it only stops a key that nests itself directly); its one bound on expansion is
 * `interpolation.maxReplaces`, 1000 replacements per string, so nesting gets the same bound.
 * `"b0": "$t(b1)$t(b1)"` down to `b20` costs two million lookups and renders megabytes.
 */
export const MAX_NESTED_LOOKUPS = 1000;

/** The problem with a message whose `$t()` references expand past the limit: check reports it and the build refuses it with the same words. */
export function expansionMessage(key: string, syntax: InterpolationSyntax): string {
  return `${writeNesting('', syntax)} in "${key}" expands to more than ${MAX_NESTED_LOOKUPS} nested lookups (each level repeats the next): the page would grow with every level, so it is never rendered; reference each text once`;
}

/** The strings a nested key may resolve to in a locale's chain (the key itself, its plural and context forms). */
export type NestedValues = (namespace: string, key: string) => readonly string[];

/** The `$t()` references of a message, as nestingOf parses them. */
export type NestingParse = (value: string) => readonly NestingRef[];

/**
 * nestingOf in a syntax, parsing each distinct message once: a locale's chain repeats its
 * fallbacks' messages, and a message is parsed both where it is counted and where a reference
 * reaches it. The references are shared, so callers only read them.
 */
export function parsedOnce(syntax: InterpolationSyntax): NestingParse {
  const parsed = new Map<string, NestingRef[]>();
  return (value) => {
    let refs = parsed.get(value);
    if (refs === undefined) parsed.set(value, (refs = nestingOf(value, syntax)));
    return refs;
  };
}

/**
 * Counts the `$t()` lookups rendering a message costs, every nested message expanded as
 * i18next expands it (the costliest form where a key has plural or context forms), capped at
 * MAX_NESTED_LOOKUPS + 1. Each key is counted once (memoised), so a doubling chain costs one
 * visit per key; a key met again on its own path is a cycle, which i18next cuts short, and
 * costs nothing more. The returned function keeps its memo: use one per locale chain. `parse`
 * may be shared between counters (parsedOnce) so that a message is parsed once in all of them.
 */
export function nestingCounter(
  valuesOf: NestedValues,
  splitting: KeySplitting,
  parse: NestingParse = (value) => nestingOf(value, splitting.interpolation),
): (namespace: string, value: string) => number {
  const { nestingPrefix } = splitting.interpolation;
  const over = MAX_NESTED_LOOKUPS + 1;
  const memo = new Map<string, number>();
  const onPath = new Set<string>();
  // A key's costliest value, once per key; a key met again on its own path costs nothing more.
  const costOfKey = (namespace: string, key: string, candidates: readonly string[], depth: number): number => {
    const id = `${namespace}\u0000${key}`;
    let known = memo.get(id);
    if (known === undefined && !onPath.has(id)) {
      onPath.add(id);
      known = 0;
      for (const candidate of candidates) known = Math.max(known, cost(namespace, candidate, depth + 1));
      onPath.delete(id);
      memo.set(id, known);
    }
    return known ?? 0;
  };
  const cost = (namespace: string, value: string, depth: number): number => {
    if (!value.includes(nestingPrefix)) return 0;
    // Every level costs at least one lookup: a path deeper than the limit is over it.
    if (depth > MAX_NESTED_LOOKUPS) return over;
    let total = 0;
    for (const ref of parse(value)) {
      total += 1;
      if (!ref.dynamic && ref.unreadOptions === undefined && ref.locale === undefined) {
        const toNamespace = referencedNamespace(ref, namespace, splitting);
        const toKey = referencedKey(ref.key, splitting);
        // Most references name a key with no nesting value: it costs its one lookup, with no memo entry.
        const candidates = valuesOf(toNamespace, toKey);
        if (candidates.length > 0) total += costOfKey(toNamespace, toKey, candidates, depth);
      }
      if (total >= over) return over;
    }
    return total;
  };
  return (namespace, value) => cost(namespace, value, 0);
}

/**
 * An index of a chain's nesting strings (those holding the nesting prefix, `$t(`; the others cost no lookup) for
 * nestingCounter: a key's own value, and the values of its plural and context forms
 * (`item_one`, `item_male_other`, `item_ordinal_one`) under the key.
 * Only the last three separators of a name are tried, so a name of many separators costs no
 * more than three entries.
 */
export function nestedValueIndex(
  entries: Iterable<readonly [string, unknown]>,
  separators: readonly string[],
  nestingPrefix: string,
): Map<string, string[]> {
  const index = new Map<string, string[]>();
  const add = (key: string, value: string): void => {
    const list = index.get(key);
    if (list) list.push(value);
    else index.set(key, [value]);
  };
  const distinct = [...new Set(separators)];
  for (const [key, value] of entries) {
    if (typeof value !== 'string' || !value.includes(nestingPrefix)) continue;
    add(key, value);
    for (const at of formCuts(key, distinct)) add(key.slice(0, at), value);
  }
  return index;
}

/**
 * Where a key's name may end before a plural or context suffix (`item` of `item_male_one`): the
 * last three of each separator, each distinct cut once in the order met (separators may share a
 * position: `_` for both). `distinct` holds each separator once.
 */
export function formCuts(key: string, distinct: readonly string[]): number[] {
  const cuts: number[] = [];
  for (const sep of distinct) {
    let at = key.length;
    for (let n = 0; n < 3; n++) {
      at = key.lastIndexOf(sep, at - 1);
      if (at <= 0) break;
      if (!cuts.includes(at)) cuts.push(at);
    }
  }
  return cuts;
}

const NO_VALUES: readonly string[] = Object.freeze([]);

/**
 * A chain's values of a key from the nestedValueIndex of each of its bundles, in chain order: the
 * same lists as one index over the chain's entries, while each bundle is indexed once, however
 * many chains it is in (every locale's chain holds the source).
 */
export function chainValues(indexes: readonly ReadonlyMap<string, readonly string[]>[]): (key: string) => readonly string[] {
  return (key) => {
    let found: readonly string[] | undefined;
    let joined: string[] | undefined;
    for (const index of indexes) {
      const list = index.get(key);
      if (list === undefined) continue;
      if (found === undefined) found = list;
      else (joined ??= [...found]).push(...list);
    }
    return joined ?? found ?? NO_VALUES;
  };
}
