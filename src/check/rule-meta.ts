import type { Severity } from '../diagnostics/diagnostic.js';
import type { RuleOptionsSchema } from './rule-options.js';

/**
 * A project small enough to show a rule at work: files relative to the root (`locales/en/ui.json`)
 * and an optional config. The rule's tests run it and its docs print it.
 */
export interface RuleExample {
  /** What the case shows, one line (a heading in the rule's docs). */
  name: string;
  files: Record<string, string>;
  config?: Record<string, unknown>;
}

/** A project where the rule reports, with its diagnostics as `file:line:col severity message [rule]`. */
export interface InvalidExample extends RuleExample {
  expect: string[];
}

/** What a reader of the rule's docs page (`docs/rules/<id>.md`) learns beside the description. */
export interface RuleDocs {
  /** Everything it reports, in one paragraph: the README's table shows it. */
  checks: string;
  /** What a reader of the site or app gets when the finding is left alone. */
  why: string;
  /** What the rule leaves alone on purpose. */
  passes: string;
  /** Each option by name, what it does; the default comes from the options schema. */
  options?: Record<string, string>;
}

/**
 * What every rule declares beside its code (ESLint's `meta`): the docs, the README's table and
 * `l10n rules` are generated from it, and its examples are run by the rule's own test file.
 */
export interface RuleMeta<Options = unknown> {
  id: string;
  /** The rule's top level: a finding it grades is never above it. */
  defaultSeverity: Severity;
  /** Its options (`["warning", { ... }]` in the config); a rule without takes none. */
  options?: RuleOptionsSchema<Options>;
  /** What it catches and why it matters, one or two sentences (shown by `l10n rules`). */
  description: string;
  docs: RuleDocs;
  /** Projects where it reports (`invalid`) and the same kind put right (`valid`): it reports nothing. */
  examples: { invalid: InvalidExample[]; valid: RuleExample[] };
}
