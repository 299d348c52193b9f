import type { CheckResult } from '../check/run-check.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { applySuppressions } from './apply-suppressions.js';
import type { SuppressionEntry, Suppressions } from './suppression-entry.js';

/** A check result with the suppressed findings taken out, and the entries no finding used up. */
export interface SuppressedCheck {
  result: CheckResult & { suppressed: Diagnostic[] };
  unused: SuppressionEntry[];
}

/**
 * Applies the suppressions to a check's result: the diagnostics and the error, warning and info
 * counts (which set the exit code) are those reported; the suppressed ones are listed apart, for
 * the summary. Files, locales and keys stay as checked.
 */
export function suppressResult(result: CheckResult, suppressions: Suppressions, locales?: ReadonlySet<string>): SuppressedCheck {
  const { reported, suppressed, unused } = applySuppressions(result.diagnostics, suppressions, locales);
  const count = (severity: Diagnostic['severity']): number => reported.filter((d) => d.severity === severity).length;
  return {
    result: {
      ...result,
      diagnostics: reported,
      summary: { ...result.summary, errors: count('error'), warnings: count('warning'), infos: count('info') },
      suppressed,
    },
    unused,
  };
}
