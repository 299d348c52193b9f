import type { NamespaceContext } from './namespace-context.js';

/**
 * A memo of facts about a namespace's source strings or key names, kept with its source bundle:
 * runCheck builds one context per group of locales of a namespace, all over the same source
 * bundle, so what one group works out serves the others (a context without a source keeps its own).
 */
export function sourceMemo<V>(): (context: NamespaceContext) => Map<string, V> {
  const memos = new WeakMap<object, Map<string, V>>();
  return (context) => {
    const owner = context.source ?? context;
    let memo = memos.get(owner);
    if (!memo) memos.set(owner, (memo = new Map()));
    return memo;
  };
}
