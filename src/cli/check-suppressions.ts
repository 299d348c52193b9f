import type { CheckResult } from '../check/run-check.js';
import { UsageError } from '../diagnostics/usage-error.js';
import { readSuppressions, suppressionsPath } from '../suppressions/read-suppressions.js';
import type { Suppressions } from '../suppressions/suppression-entry.js';
import { SUPPRESSIBLE_RULES } from '../suppressions/suppressible-rules.js';
import type { SuppressionOptions } from './suppression-options.js';

/** What the suppressions made of a check: the result to report, the entries to apply while watching, and the message on unused entries. */
export interface CheckSuppressions {
  result: CheckResult;
  suppressions: Suppressions;
  /** The unused-entries message, when the exit status is 2 for it. */
  unused?: string;
}

/** Refuses what ESLint refuses: two ways of writing the file at once, an unknown rule, writing while watching. */
export function assertSuppressionOptions(options: SuppressionOptions, watch: boolean): void {
  const given = [
    options.suppressAll && '--suppress-all',
    options.suppressRule && '--suppress-rule',
    options.pruneSuppressions && '--prune-suppressions',
  ];
  const writes = given.filter((flag): flag is string => typeof flag === 'string');
  if (writes.length > 1) throw new UsageError(`${writes.join(' and ')} cannot be used together: run check once for each`);
  if (writes.length > 0 && watch)
    throw new UsageError(`${writes[0]} writes the suppressions file once: run it without --watch, then watch`);
  const unknown = (options.suppressRule ?? []).filter((id) => !SUPPRESSIBLE_RULES.has(id));
  if (unknown.length > 0)
    throw new UsageError(`--suppress-rule ${unknown.join(', ')}: unknown rule (known: ${[...SUPPRESSIBLE_RULES].join(', ')})`);
}

/**
 * Reads the suppressions file, updates it when asked (--suppress-all, --suppress-rule,
 * --prune-suppressions) and applies it to the check's result. A `--suppressions-location` that
 * names no file is refused unless this run writes it; without one, no file is no suppressions.
 * What updates, writes and applies them is loaded only when there is something to do: most
 * checks have no suppressions file, and the writer brings write-file-atomic with it.
 */
export async function checkSuppressions(
  result: CheckResult,
  project: { root: string; configFile: string | undefined; locales: readonly string[] | undefined },
  options: SuppressionOptions,
): Promise<CheckSuppressions> {
  const suppressing = options.suppressAll === true || options.suppressRule !== undefined;
  const file = readSuppressions(suppressionsPath(project.root, project.configFile, options.suppressionsLocation));
  if (file.text === null && options.suppressionsLocation !== undefined && !suppressing)
    throw new UsageError(
      `--suppressions-location ${options.suppressionsLocation}: no such file; --suppress-all or --suppress-rule writes it`,
    );
  const locales = project.locales && new Set(project.locales);
  let suppressions: Suppressions = file.suppressions;
  if (suppressing || (options.pruneSuppressions && file.text !== null)) {
    const { pruneSuppressions, suppressFindings } = await import('../suppressions/update-suppressions.js');
    const { writeSuppressions } = await import('../suppressions/write-suppressions.js');
    const rules = options.suppressRule && new Set(options.suppressRule);
    suppressions = suppressing
      ? suppressFindings(suppressions, result.diagnostics, rules, locales)
      : pruneSuppressions(suppressions, result.diagnostics, locales);
    writeSuppressions(project.root, file, suppressions);
  }
  if (suppressions.size === 0) return { result, suppressions };
  const { suppressResult } = await import('../suppressions/suppress-result.js');
  const { formatUnused } = await import('../suppressions/format-unused.js');
  const applied = suppressResult(result, suppressions, locales);
  const stale = applied.unused.length > 0 && !options.passOnUnprunedSuppressions;
  return { result: applied.result, suppressions, ...(stale && { unused: formatUnused(applied.unused, file.shown) }) };
}
