import type { Config } from '../config/schema.js';
import { nestingOf } from './message-parts.js';
import { nestingSpans } from './nesting-syntax.js';
import type { InterpolationSyntax } from './interpolation-syntax.js';
import { formCuts } from './nesting-cost.js';
import type { NestingBundle } from './nesting-bombs.js';
import { referencedKey, referencedNamespace } from './reference-target.js';

/**
 * Whether a message may name a key of another namespace: by a `common:` prefix, or by an `ns`
 * option, however quoted (i18next reads `{'ns': 'common'}` too) or escaped (`"\\u006es"`).
 */
const mayNestAcross = (message: string, nsSeparator: string | false): boolean =>
  (nsSeparator !== false && message.includes(nsSeparator)) || message.includes('ns') || message.includes('\\u');

/** A bundle's references that may name another namespace, with the reading they were found in. */
interface AcrossTexts {
  nsSeparator: string | false;
  syntax: InterpolationSyntax;
  texts: readonly string[];
}

/** Kept per parsed bundle's messages: the watcher counts again after every save, over every bundle it keeps. */
const acrossOf = new WeakMap<readonly (readonly [string, string])[], AcrossTexts>();

/** The distinct texts of the `$t()` references of a bundle's messages that may name another namespace. */
function textsAcross(
  nestings: readonly (readonly [string, string])[],
  nsSeparator: string | false,
  syntax: InterpolationSyntax,
): readonly string[] {
  const known = acrossOf.get(nestings);
  if (known && known.nsSeparator === nsSeparator && known.syntax === syntax) return known.texts;
  const texts = new Set<string>();
  for (const [, message] of nestings) {
    if (!mayNestAcross(message, nsSeparator)) continue;
    const spans = nestingSpans(message, syntax);
    for (let i = 0; i < spans.length; i += 2) {
      const text = message.slice(spans[i], spans[i + 1]);
      if (mayNestAcross(text, nsSeparator)) texts.add(text);
    }
  }
  const found = { nsSeparator, syntax, texts: [...texts] };
  acrossOf.set(nestings, found);
  return found.texts;
}

/**
 * Whether some `$t()` reference into another namespace names a key that nests further there (a
 * `$t(` value of the key or of one of its plural or context forms, in any locale). Only then can
 * a message's expansion counted across namespaces exceed its count within its own namespace,
 * where such a reference costs its one lookup: the nesting rule counts within each namespace,
 * so when this is false the count across namespaces finds nothing more.
 */
export function nestsFurtherAcross(
  bundles: readonly NestingBundle[],
  config: Pick<Config, 'nsSeparator' | 'keySeparator' | 'separatorsGiven' | 'pluralSeparator' | 'contextSeparator' | 'interpolation'>,
): boolean {
  const { nsSeparator, interpolation: syntax } = config;
  // Each namespace's references that may name another, once each: every locale writes the same
  // ones, and a reference is read from its own text alone.
  const across = new Map<string, Set<string>>();
  for (const bundle of bundles) {
    const texts = textsAcross(bundle.nestings, nsSeparator, syntax);
    if (texts.length === 0) continue;
    const known = across.get(bundle.namespace);
    if (known) for (const text of texts) known.add(text);
    else across.set(bundle.namespace, new Set(texts));
  }
  if (across.size === 0) return false;
  // The keys each reference names in another namespace.
  const named = new Map<string, Set<string>>();
  for (const [namespace, texts] of across)
    for (const text of texts)
      for (const ref of nestingOf(text, syntax)) {
        if (ref.dynamic || ref.unreadOptions !== undefined || ref.locale !== undefined) continue;
        const other = referencedNamespace(ref, namespace, config);
        if (other === namespace) continue;
        let keys = named.get(other);
        if (!keys) named.set(other, (keys = new Set()));
        keys.add(referencedKey(ref.key, config));
      }
  const distinct = [...new Set([config.pluralSeparator, config.contextSeparator])];
  // Whether one of them holds a nesting value there, under a name as nestedValueIndex files it.
  for (const bundle of bundles) {
    const keys = named.get(bundle.namespace);
    if (!keys) continue;
    for (const [key] of bundle.nestings) {
      if (keys.has(key)) return true;
      for (const at of formCuts(key, distinct)) if (keys.has(key.slice(0, at))) return true;
    }
  }
  return false;
}
