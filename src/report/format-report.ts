import type { CheckResult } from '../check/run-check.js';
import { bundleRules } from '../check/rules/index.js';
import { formatGithub } from './format-github.js';
import { formatJson } from './format-json.js';
import { formatSarif } from './format-sarif.js';
import { formatText } from './format-text.js';

/** The report formats `check` can write. */
export const REPORT_FORMATS = ['text', 'json', 'github', 'sarif'] as const;
/** One of REPORT_FORMATS. */
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/**
 * Renders a check result in one format; `color` applies to text only. Async because SARIF lists
 * every rule, and the article rules (remark) are loaded only for it.
 */
export async function formatReport(result: CheckResult, format: ReportFormat, color: boolean, version: string): Promise<string> {
  switch (format) {
    case 'json':
      return formatJson(result.diagnostics, result.summary, result.suppressed?.length);
    case 'github':
      return formatGithub(result.diagnostics);
    case 'sarif': {
      const { contentRules } = await import('../check/content-rules/index.js');
      return formatSarif(result.diagnostics, [...bundleRules, ...contentRules], version);
    }
    case 'text':
      return formatText(result.diagnostics, result.summary, color, result.suppressed?.length);
  }
}
