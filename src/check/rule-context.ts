import type { NamespaceContext } from '../project/namespace-context.js';
import type { Lookup } from '../project/resolve-key.js';
import type { Finding } from './finding.js';

/** A key another namespace must hold; checked once every namespace has been read. */
export interface KeyRequirement {
  namespace: string;
  locale: string;
  key: string;
  lookup: Lookup;
  /**
   * Reported (under the requiring rule) when the key does not resolve. No related places: it is
   * kept until the end of the run, and those would keep their bundles in memory that long.
   */
  finding: Omit<Finding, 'related'>;
  /** The message instead, when the key resolves to an object of keys rather than a string. */
  objectMessage: string;
}

/**
 * What a rule sees of one namespace: the shared namespace model, and a way to defer a check on
 * another namespace's keys to the end of the run (only the runner has every namespace).
 */
export interface RuleContext extends NamespaceContext {
  /** Defers a check on another namespace's keys to the end of the run. */
  requireKey(requirement: KeyRequirement): void;
}
