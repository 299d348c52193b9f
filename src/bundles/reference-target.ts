import type { Config } from '../config/schema.js';
import type { NestingRef } from './message-parts.js';
import { nestingSpans } from './nesting-syntax.js';
import type { InterpolationSyntax } from './interpolation-syntax.js';

/** What decides how i18next splits a key at its namespace separator (see splitNamespace); the nesting delimiters too. */
export type KeySplitting = Pick<Config, 'nsSeparator' | 'keySeparator' | 'separatorsGiven'> & {
  readonly interpolation: InterpolationSyntax;
};

// The characters that make i18next 26 take a key for natural language (its looksLikeObjectPath).
const NATURAL = [' ', ',', '?', '!', ';'];

const naturalPatterns = new WeakMap<KeySplitting, RegExp | null>();

/** A pattern of the NATURAL characters neither separator holds (null: none), made once per config. */
function naturalPattern(splitting: KeySplitting): RegExp | null {
  let pattern = naturalPatterns.get(splitting);
  if (pattern === undefined) {
    const separators = `${splitting.nsSeparator || ''}${splitting.keySeparator || ''}`;
    const chars = NATURAL.filter((c) => !separators.includes(c));
    pattern = chars.length === 0 ? null : new RegExp(`[${chars.join('')}]`);
    naturalPatterns.set(splitting, pattern);
  }
  return pattern;
}

/**
 * Whether i18next reads a key as an object path (`common:title`, `nav.home`) rather than natural
 * language (`Status: ok`): it holds none of NATURAL, or none before its first key separator.
 */
function looksLikeObjectPath(key: string, splitting: KeySplitting): boolean {
  const natural = naturalPattern(splitting);
  if (natural === null || !natural.test(key)) return true;
  const at = key.indexOf(splitting.keySeparator || '');
  return at > 0 && !natural.test(key.slice(0, at));
}

/**
 * Where i18next 26 splits a key into namespace and key (its extractFromKey): the index of the
 * first namespace separator, or -1 when it does not split it: no separator, a key that holds a
 * nesting (`$t()`, as i18next's nestingRegexp finds one), or, where the app gives neither separator (`separatorsGiven`), one that seems natural
 * language (`Status: ok`, but not `URL:` nor `Ollama.com: {{NAME}}`, whose text before its first
 * "." holds none of ` ,?!;`). Allocates nothing: every `$t()` reference of a check asks.
 */
function namespaceEnd(key: string, splitting: KeySplitting): number {
  const { nsSeparator } = splitting;
  if (nsSeparator === false || nsSeparator === '') return -1;
  const at = key.indexOf(nsSeparator);
  if (at < 0) return -1;
  if (!splitting.separatorsGiven && !looksLikeObjectPath(key, splitting)) return -1;
  return key.includes(splitting.interpolation.nestingPrefix) && nestingSpans(key, splitting.interpolation).length > 0 ? -1 : at;
}

/** The key after the namespace ending at `at`: its further parts joined with the key separator (`a:b:c` reads `b.c`). */
function keyAfter(key: string, at: number, splitting: KeySplitting): string {
  const separator = splitting.nsSeparator as string;
  const rest = key.slice(at + separator.length);
  return rest.includes(separator) ? rest.split(separator).join(String(splitting.keySeparator)) : rest;
}

/**
 * The namespace and key i18next 26 reads for a key (see namespaceEnd): `namespace` is undefined
 * when the key names none (a namespace and key separator that are the same are split too).
 */
export function splitNamespace(key: string, splitting: KeySplitting): { namespace: string | undefined; key: string } {
  const at = namespaceEnd(key, splitting);
  return at < 0 ? { namespace: undefined, key } : { namespace: key.slice(0, at), key: keyAfter(key, at, splitting) };
}

/**
 * The namespace a `$t()` reference names, as i18next reads it: a `common:` prefix on the key,
 * else the options' `ns`, else `namespace` (the message's own). Shared by the nesting rule, the
 * expansion count and the language server, which must agree on it.
 */
export function referencedNamespace(ref: Pick<NestingRef, 'key' | 'namespace'>, namespace: string, splitting: KeySplitting): string {
  const at = namespaceEnd(ref.key, splitting);
  return at >= 0 ? ref.key.slice(0, at) : (ref.namespace ?? namespace);
}

/** The key a `$t()` reference names within its namespace: the key without a `common:` prefix. */
export function referencedKey(key: string, splitting: KeySplitting): string {
  const at = namespaceEnd(key, splitting);
  return at < 0 ? key : keyAfter(key, at, splitting);
}
