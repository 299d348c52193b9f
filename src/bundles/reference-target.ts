import type { NestingRef } from './message-parts.js';

/** Where a reference's `common:` prefix ends (the separator's index), or -1 when it has none. */
const prefixEnd = (key: string, nsSeparator: string | false): number => (nsSeparator === false ? -1 : key.indexOf(nsSeparator));

/**
 * The namespace a `$t()` reference names, as i18next reads it: a `common:` prefix on the key,
 * else the options' `ns`, else `namespace` (the message's own). Shared by the nesting rule, the
 * expansion count and the language server, which must agree on it.
 */
export function referencedNamespace(ref: Pick<NestingRef, 'key' | 'namespace'>, namespace: string, nsSeparator: string | false): string {
  const at = prefixEnd(ref.key, nsSeparator);
  return at > 0 ? ref.key.slice(0, at) : (ref.namespace ?? namespace);
}

/** The key a `$t()` reference names within its namespace: the key without a `common:` prefix. */
export function referencedKey(key: string, nsSeparator: string | false): string {
  const at = prefixEnd(key, nsSeparator);
  return at > 0 ? key.slice(at + (nsSeparator as string).length) : key;
}
