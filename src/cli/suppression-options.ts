import type { Command } from 'commander';
import { collect } from './option-values.js';

/** The bulk-suppression options of `check`, as ESLint 9 spells them. */
export interface SuppressionOptions {
  suppressAll?: boolean;
  suppressRule?: string[];
  pruneSuppressions?: boolean;
  suppressionsLocation?: string;
  passOnUnprunedSuppressions?: boolean;
}

/** Adds the bulk-suppression options to `check`, worded once (docs/suppressions.md says more). */
export function withSuppressionOptions(command: Command): Command {
  return command
    .option('--suppress-all', 'record every error and warning found now in the suppressions file: later checks fail only on new ones')
    .option('--suppress-rule <id>', 'record the errors and warnings of this rule only (repeatable)', collect)
    .option('--prune-suppressions', 'remove from the suppressions file the findings that are gone')
    .option('--suppressions-location <path>', 'the suppressions file (default: l10n-suppressions.json beside the config)')
    .option('--pass-on-unpruned-suppressions', 'do not fail (exit 2) on suppressions whose findings are gone');
}
