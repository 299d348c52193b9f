import { createTwoFilesPatch } from 'diff';
import type { SyncResult } from './sync-project.js';
import { terminalLines, terminalSafe } from '../report/terminal-safe.js';

const list = (keys: readonly string[]): string => keys.map((k) => `    ${terminalSafe(k)}`).join('\n');

/** The summary sync prints: per file, the keys added and (with --prune) removed, with what each held. */
export function formatSyncSummary(result: SyncResult, dryRun: boolean): string {
  const lines: string[] = [];
  for (const skip of result.skipped) lines.push(`${terminalSafe(skip.file)}: skipped: ${terminalSafe(skip.reason)}`);
  for (const change of result.changes) {
    const verb = dryRun ? 'would ' : '';
    lines.push(`${terminalSafe(change.file)}${change.before === undefined ? ` (${verb}create)` : ''}`);
    if (change.added.length > 0) lines.push(`  ${verb}add ${change.added.length}:`, list(change.added));
    if (change.removed.length > 0)
      lines.push(
        `  ${verb}remove ${change.removed.length} (absent from the source):`,
        ...change.removed.map((k) => `    ${terminalSafe(k)} = ${terminalSafe(change.removedValues[k] ?? '?')}`),
      );
  }
  const files = result.changes.length;
  lines.push(
    files === 0
      ? 'sync: every bundle already has every source key'
      : `sync: ${files} file${files === 1 ? '' : 's'} ${dryRun ? 'would change (dry run: nothing written)' : 'updated'}`,
  );
  return `${lines.join('\n')}\n`;
}

/** A unified diff of every change, as `--dry-run` prints it (new files diff against /dev/null), escaped for the terminal line by line. */
export function formatSyncDiff(result: SyncResult): string {
  return result.changes
    .map((c) =>
      terminalLines(
        createTwoFilesPatch(
          c.before === undefined ? '/dev/null' : `a/${c.file}`,
          `b/${c.file}`,
          c.before ?? '',
          c.after,
          undefined,
          undefined,
          { context: 3 },
        ),
      ),
    )
    .join('');
}
