import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { terminalSafe } from './terminal-safe.js';

const LEVEL = { error: 'error', warning: 'warning', info: 'notice' } as const;

// After the workflow-command escapes, what is left of the controls is escaped for the log's terminal.
const escapeData = (text: string): string => terminalSafe(text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A'));
const escapeProperty = (text: string): string => escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** GitHub Actions workflow commands: one annotation per finding, shown on the pull request's diff. */
export function formatGithub(diagnostics: readonly Diagnostic[]): string {
  return diagnostics
    .map((d) => {
      const props = [
        `file=${escapeProperty(d.file)}`,
        `line=${d.line}`,
        `col=${d.column}`,
        `endLine=${d.endLine}`,
        `endColumn=${d.endColumn}`,
        `title=${escapeProperty(d.ruleId)}`,
      ];
      return `::${LEVEL[d.severity]} ${props.join(',')}::${escapeData(d.message)}\n`;
    })
    .join('');
}
