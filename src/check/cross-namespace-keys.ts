import type { BundleReading } from '../project/parse-source.js';
import type { Config } from '../config/schema.js';
import { fallbackChain } from '../project/fallback-chain.js';
import type { Bundle, BundleSource } from '../project/bundle.js';
import type { Finding } from './finding.js';
import type { KeyRequirement } from './rule-context.js';
import { resolveKey } from '../project/resolve-key.js';
import type { Rule } from './rule.js';

/** A `$t(ns:key)` requirement waiting for its namespace, with the rule that made it. */
export interface DeferredKey {
  rule: Rule;
  requirement: KeyRequirement;
}

/** What the end of the run reads: which namespaces exist, and their files. */
interface Project {
  namespaces: readonly string[];
  read(namespace: string): BundleSource[];
}

type Parse = (input: BundleSource, reading: BundleReading) => Bundle;

const isObject = (value: unknown): boolean => value !== null && typeof value === 'object';

/**
 * The `$t(ns:key)` references of a check run. Each is resolved against its namespace while that
 * namespace is in memory, if it is checked later in the run (runCheck checks named namespaces
 * last), else at the end by reading the namespace once more.
 */
export class CrossNamespaceKeys {
  private readonly pending = new Map<string, DeferredKey[]>();
  private readonly failed: DeferredKey[] = [];
  private readonly chains = new Map<string, string[]>();

  constructor(private readonly config: Config) {}

  /**
   * Keeps a requirement without its parsed bundle: holding the bundle would hold its namespace
   * in memory, and with `$t(common:...)` in every file that is the whole project (large corpus
   * with one such reference per file: 217 -> 333 MB on one thread, and the worker threads ran
   * out of heap). The file is read again if the key does not resolve.
   */
  defer(rule: Rule, requirement: KeyRequirement): void {
    const { finding } = requirement;
    const item = { rule, requirement: { ...requirement, finding: { ...finding, target: { ...finding.target, bundle: undefined } } } };
    const list = this.pending.get(requirement.namespace);
    if (list) list.push(item);
    else this.pending.set(requirement.namespace, [item]);
  }

  /** The namespaces that waiting references name. */
  named(): IterableIterator<string> {
    return this.pending.keys();
  }

  /** Takes the references waiting for `namespace`, for runCheck to resolve locale by locale as it parses them. */
  take(namespace: string): DeferredKey[] {
    const items = this.pending.get(namespace) ?? [];
    this.pending.delete(namespace);
    return items;
  }

  /**
   * Resolves references against their namespace's parsed bundles, by locale (each along its own
   * chain, so the bundles need hold only the locales of the references and their fallbacks): one
   * fails when its key resolves nowhere, or to an object of keys (reported with `objectMessage`).
   */
  resolve(items: readonly DeferredKey[], bundles: ReadonlyMap<string, Bundle>): void {
    for (const item of items) {
      const { locale, key, lookup, finding, objectMessage } = item.requirement;
      let chain = this.chains.get(locale);
      if (!chain) this.chains.set(locale, (chain = fallbackChain(locale, this.config)));
      const found = resolveKey(bundles, chain, key, lookup, this.config, false);
      if (!found) this.failed.push(item);
      else if (isObject(found.value)) {
        this.failed.push({ rule: item.rule, requirement: { ...item.requirement, finding: { ...finding, message: objectMessage } } });
      }
    }
  }

  /**
   * The findings of the references that do not resolve, each with its rule: the namespaces still
   * waiting are read once more to resolve them, and the file of each failure once more to place it.
   */
  unresolved(project: Project, parse: Parse): { rule: Rule; finding: Finding }[] {
    for (const namespace of [...this.pending.keys()]) {
      const bundles = new Map<string, Bundle>();
      if (project.namespaces.includes(namespace))
        for (const input of project.read(namespace)) bundles.set(input.locale, parse(input, this.config));
      this.resolve(this.take(namespace), bundles);
    }
    const found: { rule: Rule; finding: Finding }[] = [];
    const byNamespace = new Map<string, DeferredKey[]>();
    for (const item of this.failed) {
      const namespace = item.requirement.finding.target.namespace;
      const list = byNamespace.get(namespace);
      if (list) list.push(item);
      else byNamespace.set(namespace, [item]);
    }
    for (const [namespace, items] of byNamespace) {
      const inputs = new Map(project.read(namespace).map((input) => [input.file, input]));
      for (const { rule, requirement } of items) {
        const { finding } = requirement;
        const input = inputs.get(finding.target.file);
        found.push({ rule, finding: { ...finding, target: { ...finding.target, bundle: input && parse(input, this.config) } } });
      }
    }
    return found;
  }
}
