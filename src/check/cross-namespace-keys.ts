import type { Config } from '../config/schema.js';
import { fallbackChain } from '../bundles/fallback-chain.js';
import type { Bundle, BundleInput } from './bundle.js';
import type { Finding } from './finding.js';
import type { KeyRequirement } from './namespace-context.js';
import { resolveKey } from './resolve-key.js';
import type { Rule } from './rule.js';

/** A `$t(ns:key)` requirement waiting for the end of the run, with the rule that made it. */
export interface DeferredKey {
  rule: Rule;
  requirement: KeyRequirement;
}

/** What the resolution reads: the config, which namespaces exist, and their files. */
interface Project {
  config: Config;
  namespaces: readonly string[];
  read(namespace: string): BundleInput[];
}

type Parse = (input: BundleInput, keySeparator: string | false) => Bundle;

/**
 * Keeps a requirement until the end of the run without its parsed bundle: holding the bundle
 * would hold its namespace in memory, and with `$t(common:...)` in every file that is the whole
 * project (large corpus with one such reference per file: 217 -> 333 MB on one thread, and the
 * worker threads ran out of heap). The file is read again if the key does not resolve.
 */
export function deferKey(rule: Rule, requirement: KeyRequirement): DeferredKey {
  const { finding } = requirement;
  return { rule, requirement: { ...requirement, finding: { ...finding, target: { ...finding.target, bundle: undefined } } } };
}

function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(keyOf(item));
    if (group) group.push(item);
    else groups.set(keyOf(item), [item]);
  }
  return groups;
}

/**
 * The findings of the deferred keys that do not resolve, each with its rule: every namespace
 * they name is read once more to resolve them, and the file of each failure once more to place it.
 */
export function unresolvedKeys(project: Project, deferred: readonly DeferredKey[], parse: Parse): { rule: Rule; finding: Finding }[] {
  const { config } = project;
  const failed: DeferredKey[] = [];
  for (const [namespace, items] of groupBy(deferred, (item) => item.requirement.namespace)) {
    const bundles = new Map<string, Bundle>();
    if (project.namespaces.includes(namespace)) for (const input of project.read(namespace)) bundles.set(input.locale, parse(input, config.keySeparator));
    for (const item of items) {
      const { locale, key, lookup } = item.requirement;
      if (!resolveKey(bundles, fallbackChain(locale, config), key, lookup, config, false)) failed.push(item);
    }
  }
  const found: { rule: Rule; finding: Finding }[] = [];
  for (const [namespace, items] of groupBy(failed, (item) => item.requirement.finding.target.namespace)) {
    const inputs = new Map(project.read(namespace).map((input) => [input.file, input]));
    for (const { rule, requirement } of items) {
      const { finding } = requirement;
      const input = inputs.get(finding.target.file);
      found.push({ rule, finding: { ...finding, target: { ...finding.target, bundle: input && parse(input, config.keySeparator) } } });
    }
  }
  return found;
}
