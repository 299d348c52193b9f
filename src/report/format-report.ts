import { bundleRules } from '../check/rules/index.js';
import { formatGithub } from './format-github.js';
import { formatJson } from './format-json.js';
import { formatMarkdown } from './format-markdown.js';
import { formatSarif } from './format-sarif.js';
import { formatText } from './format-text.js';
import type { ReportScope } from './report-scope.js';
import { viewReport, type ReportInput } from './report-view.js';

/** The report formats `check` can write. */
export const REPORT_FORMATS = ['text', 'json', 'github', 'sarif', 'markdown'] as const;
/** One of REPORT_FORMATS. */
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/**
 * A check result in one format, as the pieces to write one after the other: a report of a
 * hundred thousand findings is never one string. `color` applies to text only; `scope` filters
 * and caps what is listed (see ReportScope). Async because SARIF lists every rule, and the
 * article rules (remark) are loaded only for it.
 */
export async function reportChunks(
  input: ReportInput,
  format: ReportFormat,
  options: { color?: boolean; version?: string; scope?: ReportScope } = {},
): Promise<Iterable<string>> {
  const view = viewReport(input, options.scope);
  switch (format) {
    case 'json':
      return formatJson(view);
    case 'github':
      return formatGithub(view);
    case 'markdown':
      return formatMarkdown(view);
    case 'sarif': {
      const { contentRules } = await import('../check/content-rules/index.js');
      return formatSarif(view, [...bundleRules, ...contentRules], options.version ?? '0.0.0');
    }
    case 'text':
      return formatText(view, options.color ?? false);
  }
}

/** Renders a check result in one format as one string (reportChunks joined): for the library and short reports. */
export async function formatReport(
  result: ReportInput,
  format: ReportFormat,
  color: boolean,
  version: string,
  scope: ReportScope = {},
): Promise<string> {
  let text = '';
  for (const chunk of await reportChunks(result, format, { color, version, scope })) text += chunk;
  return text;
}
