import { compareDiagnostics, type Diagnostic } from '../../diagnostics/diagnostic.js';
import type { CheckResult } from '../run-check.js';

/**
 * One report for bundles and articles: diagnostics merged in file order, the summary recounted.
 * `articleFiles`: the articles of the locales reported on (see reportedFiles), added to the files;
 * `locales`: the locales reported on, of bundles or articles (an articles-only project has no bundle locale).
 */
export function mergeContent(result: CheckResult, content: readonly Diagnostic[], articleFiles: number, locales: number): CheckResult {
  if (content.length === 0 && articleFiles === 0 && locales === result.summary.locales) return result;
  const diagnostics = [...result.diagnostics, ...content].sort(compareDiagnostics);
  const count = (severity: Diagnostic['severity']): number => diagnostics.filter((d) => d.severity === severity).length;
  return {
    diagnostics,
    summary: {
      ...result.summary,
      errors: count('error'),
      warnings: count('warning'),
      infos: count('info'),
      files: result.summary.files + articleFiles,
      locales,
    },
  };
}
