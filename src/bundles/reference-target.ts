import type { Config } from '../config/schema.js';
import type { NestingRef } from './message-parts.js';

/** What decides how i18next splits a key at its namespace separator (see splitNamespace). */
export type KeySplitting = Pick<Config, 'nsSeparator' | 'keySeparator' | 'separatorsGiven'>;

// The characters that make i18next 26 take a key for natural language (its looksLikeObjectPath).
const NATURAL = [' ', ',', '?', '!', ';'];
// i18next does not split a key that holds a nesting (its nestingRegexp, default prefix and suffix).
const NESTING = /\$t\(.+?\)/;

/**
 * Whether i18next reads a key as an object path (`common:title`, `nav.home`) rather than natural
 * language (`Status: ok`): it holds none of NATURAL, or none before its first key separator.
 */
function looksLikeObjectPath(key: string, nsSeparator: string, keySeparator: string | false): boolean {
  const keys = keySeparator || '';
  const chars = NATURAL.filter((c) => !nsSeparator.includes(c) && !keys.includes(c));
  const natural = (text: string): boolean => chars.some((c) => text.includes(c));
  if (chars.length === 0 || !natural(key)) return true;
  const at = key.indexOf(keys);
  return at > 0 && !natural(key.slice(0, at));
}

/**
 * The namespace and key i18next 26 reads for a key (its extractFromKey): split at the first
 * namespace separator, the rest joined again with the key separator (`a:b:c` reads `b.c` in
 * `a`), unless the key holds a `$t()` or, where the app gives neither separator
 * (`separatorsGiven`), seems natural language (`Status: ok`, but not `URL:` nor `Ollama.com:
 * {{NAME}}`, whose text before its first "." holds none of ` ,?!;`). `namespace` is undefined
 * when the key names none (a namespace-and-key separator pair that are the same is split too).
 */
export function splitNamespace(key: string, splitting: KeySplitting): { namespace: string | undefined; key: string } {
  const { nsSeparator, keySeparator } = splitting;
  if (nsSeparator === false || nsSeparator === '' || !key.includes(nsSeparator)) return { namespace: undefined, key };
  if (!splitting.separatorsGiven && !looksLikeObjectPath(key, nsSeparator, keySeparator)) return { namespace: undefined, key };
  if (NESTING.test(key)) return { namespace: undefined, key };
  const parts = key.split(nsSeparator);
  const namespace = parts.shift();
  return { namespace, key: parts.join(String(keySeparator)) };
}

/**
 * The namespace a `$t()` reference names, as i18next reads it: a `common:` prefix on the key,
 * else the options' `ns`, else `namespace` (the message's own). Shared by the nesting rule, the
 * expansion count and the language server, which must agree on it.
 */
export function referencedNamespace(ref: Pick<NestingRef, 'key' | 'namespace'>, namespace: string, splitting: KeySplitting): string {
  return splitNamespace(ref.key, splitting).namespace ?? ref.namespace ?? namespace;
}

/** The key a `$t()` reference names within its namespace: the key without a `common:` prefix. */
export function referencedKey(key: string, splitting: KeySplitting): string {
  return splitNamespace(key, splitting).key;
}
