import { terminalSafe } from '../report/terminal-safe.js';
import type { SuppressionEntry } from './suppression-entry.js';

// Enough to see what was fixed; the rest is one prune away.
const LISTED = 20;

const what = (entry: SuppressionEntry): string =>
  entry.subject.kind === 'key'
    ? `${entry.subject.locale}/${entry.subject.namespace} ${JSON.stringify(entry.subject.key)}`
    : entry.subject.file;

/**
 * The message for suppressions whose findings are gone (fixed, or their rule turned off): the
 * first entries, each with how many of its findings are gone, and how to clear them.
 */
export function formatUnused(unused: readonly SuppressionEntry[], file: string): string {
  const lines = [
    `l10n: ${unused.length} suppression${unused.length === 1 ? '' : 's'} in ${terminalSafe(file)} ${unused.length === 1 ? 'is' : 'are'} no longer needed (the findings are gone):`,
    ...unused.slice(0, LISTED).map((entry) => `  ${entry.ruleId}  ${terminalSafe(what(entry))}  (${entry.count} fewer)`),
  ];
  if (unused.length > LISTED) lines.push(`  and ${unused.length - LISTED} more`);
  lines.push('Remove them with `l10n check --prune-suppressions`, or let them pass with --pass-on-unpruned-suppressions.');
  return `${lines.join('\n')}\n`;
}
