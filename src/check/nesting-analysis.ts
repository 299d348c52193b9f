import { unreadNesting, type NestingRef } from '../bundles/message-parts.js';
import {
  chainValues,
  expansionMessage,
  MAX_NESTED_LOOKUPS,
  nestedValueIndex,
  nestingCounter,
  parsedOnce,
  type NestingParse,
} from '../bundles/nesting-cost.js';
import { referencedKey, referencedNamespace } from '../bundles/reference-target.js';
import { writeNesting, type InterpolationSyntax } from '../bundles/interpolation-syntax.js';
import type { Bundle } from '../project/bundle.js';
import { inBundle, type Finding } from './finding.js';
import { fitsTemplate, keyTemplate } from './key-template.js';
import type { NamespaceContext } from '../project/namespace-context.js';
import type { KeyRequirement } from './rule-context.js';
import { contextLookups, effectiveLookup, passedDown } from './passed-down.js';
import { BARE_LOOKUP, type Lookup } from '../project/resolve-key.js';

interface Split {
  namespace: string;
  key: string;
}

/** The namespace and key a reference names: a `common:` prefix, else the options' `ns`, else the message's own namespace. */
function split(ref: NestingRef, context: NamespaceContext): Split {
  return { namespace: referencedNamespace(ref, context.namespace, context.config), key: referencedKey(ref.key, context.config) };
}

/** The key a reference names in the message's own namespace, or undefined when it names another (as split reads it). */
function keyInNamespace(ref: NestingRef, context: NamespaceContext): string | undefined {
  return referencedNamespace(ref, context.namespace, context.config) === context.namespace
    ? referencedKey(ref.key, context.config)
    : undefined;
}

/** Whether some key of the locale's chain fits a key built at run time (`item_{{kind}}` fits `item_x`). */
function fitsSomeKey(context: NamespaceContext, locale: string, key: string): boolean {
  const template = keyTemplate(key, context.config.interpolation);
  return context.chain(locale).some((l) => [...(context.bundles.get(l)?.flat?.values.keys() ?? [])].some((k) => fitsTemplate(template, k)));
}

/** The `$t()` references of a bundle by key, from the messages its property scan kept. */
function refsOf(bundle: Bundle, parse: NestingParse): Map<string, readonly NestingRef[]> {
  const refs = new Map<string, readonly NestingRef[]>();
  for (const [key, message] of bundle.nestings) refs.set(key, parse(message));
  return refs;
}

/** How i18next looks a reference up: with the count, ordinal and context its options pass. */
function lookupOf(ref: NestingRef): Lookup {
  if (!ref.hasCount && ref.context === undefined) return BARE_LOOKUP;
  const lookup: Lookup = ref.hasCount ? { count: ref.count ?? 1, ordinal: ref.ordinal } : {};
  if (ref.context !== undefined) lookup.context = ref.context;
  return lookup;
}

/**
 * Whether each nesting prefix (`$t(`) of a message begins one of the references parsed from it:
 * then i18next reads them all and unreadNesting, another pass of the pattern, would find nothing
 * (a reference holds at least its own prefix, so as many prefixes as references means none is left over).
 */
function everyNestingRead(message: string, refs: readonly NestingRef[], prefix: string): boolean {
  let count = 0;
  for (let at = message.indexOf(prefix); at >= 0; at = message.indexOf(prefix, at + prefix.length)) count += 1;
  return count === refs.length;
}

/** What a reference resolves to in a locale's chain: nothing, an object of keys, or a string. */
type Outcome = 'missing' | 'object' | 'string';

/** The outcomes of a bundle's references: a lookup with no options by its key alone, the others by key and options. */
interface Resolved {
  plain: Map<string, Outcome>;
  withOptions: Map<string, Outcome>;
}

/** Resolves each referenced key once per bundle and lookup: many messages nest the same key. */
function resolvesOnce(cache: Resolved, context: NamespaceContext, locale: string, key: string, lookup: Lookup): Outcome {
  const plain = lookup.count === undefined && lookup.ordinal === undefined && lookup.context === undefined;
  const map = plain ? cache.plain : cache.withOptions;
  const id = plain ? key : `${key}\u0000${lookup.count ?? ''}\u0000${lookup.ordinal === true}\u0000${lookup.context ?? ''}`;
  let found = map.get(id);
  if (found === undefined) map.set(id, (found = outcome(context, locale, key, lookup)));
  return found;
}

/** Whether the value i18next finds for a reference is a string or an object (its "returned an object" text). */
function outcome(context: NamespaceContext, locale: string, key: string, lookup: Lookup): Outcome {
  const found = context.resolve(locale, key, lookup, false);
  if (!found) return 'missing';
  return found.value !== null && typeof found.value === 'object' ? 'object' : 'string';
}

/** Finds a cycle of `$t()` references inside one namespace of one locale, as the keys that form it. */
function cycleFrom(
  start: string,
  refs: Map<string, readonly NestingRef[]>,
  context: NamespaceContext,
  acyclic: Set<string>,
): string[] | undefined {
  const path: string[] = [];
  const walk = (key: string): string[] | undefined => {
    if (path.includes(key)) return [...path.slice(path.indexOf(key)), key];
    if (acyclic.has(key)) return undefined;
    path.push(key);
    for (const ref of refs.get(key) ?? []) {
      const next = keyInNamespace(ref, context);
      if (next === undefined) continue;
      const cycle = walk(next);
      if (cycle) return cycle;
    }
    path.pop();
    acyclic.add(key);
    return undefined;
  };
  return walk(start);
}

/** A finding of the rule at a key of the bundle. */
function findingAt(bundle: Bundle, key: string, message: string): Finding {
  return { target: inBundle(bundle), anchor: { kind: 'key', key }, key, message };
}

/** i18next's text for a reference that names an object of keys. */
function objectMessage(ref: NestingRef, key: string, locale: string, syntax: InterpolationSyntax): string {
  return `${writeNesting(ref.key, syntax)} names an object of keys, not a string: i18next shows "key '${key} (${locale})' returned an object instead of string."`;
}

/** What the nesting rule finds in one bundle: its findings, and the keys it needs from other namespaces. */
export interface BundleNesting {
  findings: Finding[];
  requirements: KeyRequirement[];
}

/**
 * A counter of the lookups a message of the bundle costs, over its own namespace in its locale's
 * chain (another namespace is not read here: its references count one lookup each).
 */
function lookupCounter(bundle: Bundle, context: NamespaceContext, parse: NestingParse): (value: string) => number {
  const indexes: ReadonlyMap<string, readonly string[]>[] = [];
  for (const locale of context.chain(bundle.locale)) {
    const inChain = context.bundles.get(locale);
    if (inChain) indexes.push(valueIndexOf(inChain, context));
  }
  const values = chainValues(indexes);
  const count = nestingCounter((namespace, key) => (namespace === context.namespace ? values(key) : []), context.config, parse);
  return (value) => count(context.namespace, value);
}

const valueIndexes = new WeakMap<Bundle, Map<string, string[]>>();

/** A bundle's nestedValueIndex, built once however many chains it is in (it lives as long as the parsed bundle). */
function valueIndexOf(bundle: Bundle, context: NamespaceContext): Map<string, string[]> {
  let index = valueIndexes.get(bundle);
  if (!index)
    valueIndexes.set(
      bundle,
      (index = nestedValueIndex(
        bundle.nestings,
        [context.config.pluralSeparator, context.config.contextSeparator],
        context.config.interpolation.nestingPrefix,
      )),
    );
  return index;
}

function nestingIn(bundle: Bundle, context: NamespaceContext): BundleNesting {
  const out: BundleNesting = { findings: [], requirements: [] };
  const syntax = context.config.interpolation;
  // The bundle's messages are parsed once, for their references and for the expansion count.
  const parse = parsedOnce(syntax);
  const refs = refsOf(bundle, parse);
  const lookups = lookupCounter(bundle, context, parse);
  const resolved: Resolved = { plain: new Map(), withOptions: new Map() };
  const inCycle = new Set<string>();
  const acyclic = new Set<string>();
  for (const [key, message] of bundle.nestings) {
    const unread = everyNestingRead(message, parse(message), syntax.nestingPrefix) ? undefined : unreadNesting(message, syntax);
    if (lookups(message) > MAX_NESTED_LOOKUPS)
      out.findings.push({ target: inBundle(bundle), anchor: { kind: 'key', key }, key, message: expansionMessage(key, syntax) });
    if (unread !== undefined)
      out.findings.push({
        target: inBundle(bundle),
        anchor: { kind: 'key', key },
        key,
        message: `${JSON.stringify(unread.length > 40 ? `${unread.slice(0, 40)}…` : unread)} is no ${writeNesting('', syntax)} i18next can read (no closing ${JSON.stringify(syntax.nestingSuffix)}): the page shows it as written`,
      });
  }
  for (const [key, list] of refs) {
    const down = passedDown(key, bundle.locale, context);
    for (const ref of list) {
      // A reference to another locale (`{"lng": "fr"}`) is looked up there, outside this chain: not judged.
      if (ref.locale !== undefined) continue;
      const target = split(ref, context);
      const lookup = effectiveLookup(lookupOf(ref), ref, down);
      if (ref.unreadOptions !== undefined) {
        out.findings.push(
          findingAt(
            bundle,
            key,
            `${writeNesting(ref.key, syntax)}: i18next cannot read the options ${ref.unreadOptions} as JSON, so it looks the key up with them glued on and the page shows the raw key`,
          ),
        );
        continue;
      }
      if (ref.dynamic) {
        if (target.namespace === context.namespace && !ref.hasDefault && !fitsSomeKey(context, bundle.locale, target.key))
          out.findings.push(
            findingAt(
              bundle,
              key,
              `${writeNesting(ref.key.length > 80 ? `${ref.key.slice(0, 80)}…` : ref.key, syntax)} fits no key of ${bundle.locale} or its fallbacks, whatever the variables hold; the page would show the raw key`,
            ),
          );
        continue;
      }
      if (target.namespace !== context.namespace) {
        if (ref.hasDefault) continue;
        const message = `${writeNesting(ref.key, syntax)} does not resolve: namespace "${target.namespace}" has no key "${target.key}" for ${bundle.locale}`;
        out.requirements.push({
          namespace: target.namespace,
          locale: bundle.locale,
          key: target.key,
          lookup,
          finding: findingAt(bundle, key, message),
          objectMessage: objectMessage(ref, target.key, bundle.locale, syntax),
        });
        continue;
      }
      // A plural form hands its count on: a reference that then reads the form itself again loops.
      if (down.count && !ref.hasCount && context.resolve(bundle.locale, target.key, lookup, false)?.key === key) {
        out.findings.push(
          findingAt(
            bundle,
            key,
            `${writeNesting(ref.key, syntax)} reads "${key}" itself again: i18next passes the count of the call down to it, so the form nests itself`,
          ),
        );
        continue;
      }
      // Most references resolve to a string: the finding is built only for those that do not.
      const found = resolvesOnce(resolved, context, bundle.locale, target.key, lookup);
      // A default value is what i18next shows for a key that resolves nowhere; a context the message
      // may be shown with may resolve it too.
      if (
        found === 'string' ||
        (found === 'missing' &&
          (ref.hasDefault || contextLookups(lookup, ref, down).some((l) => outcome(context, bundle.locale, target.key, l) === 'string')))
      )
        continue;
      const message =
        found === 'missing'
          ? `${writeNesting(ref.key, syntax)} does not resolve in ${bundle.locale} or its fallbacks; the page would show the raw key`
          : objectMessage(ref, target.key, bundle.locale, syntax);
      out.findings.push(findingAt(bundle, key, message));
    }
    if (inCycle.has(key)) continue;
    const cycle = cycleFrom(key, refs, context, acyclic);
    if (cycle && cycle[0] === key) {
      for (const k of cycle) inCycle.add(k);
      out.findings.push({
        target: inBundle(bundle),
        anchor: { kind: 'key', key },
        key,
        message: `${writeNesting('', syntax)} cycle: ${cycle.join(' -> ')}`,
      });
    }
  }
  return out;
}

const kept = new WeakMap<Bundle, { chain: (Bundle | undefined)[]; nesting: BundleNesting }>();

/**
 * The nesting rule's work on one bundle (its `$t()` references resolved, its cycles found, its
 * expansion counted) depends only on it and on the bundles of its fallback chain:
 * kept while those are the same parsed objects, so that the watcher, running the rule again after
 * a save in a namespace this one names, only hands the cross-namespace keys on again.
 */
export function keptNesting(bundle: Bundle, context: NamespaceContext): BundleNesting {
  const chain = context.chain(bundle.locale).map((locale) => context.bundles.get(locale));
  const known = kept.get(bundle);
  if (known && known.chain.length === chain.length && known.chain.every((b, i) => b === chain[i])) return known.nesting;
  const nesting = nestingIn(bundle, context);
  kept.set(bundle, { chain, nesting });
  return nesting;
}
