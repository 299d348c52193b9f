import type { Config } from '../config/schema.js';
import { nestingOf } from './message-parts.js';
import { formCuts } from './nesting-cost.js';
import type { NestingBundle } from './nesting-bombs.js';
import { referencedKey, referencedNamespace } from './reference-target.js';

/**
 * Whether a message may name a key of another namespace: by a `common:` prefix, or by an `ns`
 * option, however quoted (i18next reads `{'ns': 'common'}` too) or escaped (`"\\u006es"`).
 */
const mayNestAcross = (message: string, nsSeparator: string | false): boolean =>
  (nsSeparator !== false && message.includes(nsSeparator)) || message.includes('ns') || message.includes('\\u');

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
  const { nsSeparator } = config;
  const across: [namespace: string, message: string][] = [];
  for (const bundle of bundles)
    for (const [, message] of bundle.nestings) if (mayNestAcross(message, nsSeparator)) across.push([bundle.namespace, message]);
  if (across.length === 0) return false;
  const distinct = [...new Set([config.pluralSeparator, config.contextSeparator])];
  // The names under which each namespace holds a nesting value, as nestedValueIndex files them.
  const nesting = new Map<string, Set<string>>();
  for (const bundle of bundles) {
    let names = nesting.get(bundle.namespace);
    if (!names) nesting.set(bundle.namespace, (names = new Set()));
    for (const [key] of bundle.nestings) {
      names.add(key);
      for (const at of formCuts(key, distinct)) names.add(key.slice(0, at));
    }
  }
  for (const [namespace, message] of across) {
    for (const ref of nestingOf(message, config.interpolation)) {
      if (ref.dynamic || ref.unreadOptions !== undefined || ref.locale !== undefined) continue;
      const named = referencedNamespace(ref, namespace, config);
      if (named !== namespace && nesting.get(named)?.has(referencedKey(ref.key, config))) return true;
    }
  }
  return false;
}
