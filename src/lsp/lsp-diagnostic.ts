import { DiagnosticSeverity, type Diagnostic as LspDiagnostic, type Range } from 'vscode-languageserver';
import type { Diagnostic, Severity } from '../diagnostics/diagnostic.js';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
};

/** What a code action needs to know about the finding it fixes, carried by the LSP diagnostic (its code, message and `data`). */
export interface FindingData {
  ruleId: string;
  locale?: string;
  namespace?: string;
  key?: string;
  /** The finding's message: the extra-key rule names the key a mistyped one meant there. */
  message: string;
}

/**
 * The part of a finding's data the editor's diagnostic does not already carry (its `code` is the
 * rule id, its `message` the message): a project's tens of thousands of findings are sent whole
 * on every change of their file, so nothing is sent twice.
 */
type FindingPlace = Omit<FindingData, 'ruleId' | 'message'>;

/** The finding a diagnostic the server published stands for (undefined for another server's). */
export function findingOf(d: LspDiagnostic): FindingData | undefined {
  if (d.source !== 'l10n' || typeof d.code !== 'string' || typeof d.message !== 'string') return undefined;
  return { ...(d.data as FindingPlace | undefined), ruleId: d.code, message: d.message };
}

/** A 1-based line and column (UTF-16 units, as both sides count) as a 0-based LSP position. */
const at = (line: number, column: number): { line: number; character: number } => ({
  line: Math.max(0, line - 1),
  character: Math.max(0, column - 1),
});

/** The LSP range of a diagnostic; an empty span still covers one character, so editors show it. */
export function rangeOf(d: Pick<Diagnostic, 'line' | 'column' | 'endLine' | 'endColumn'>): Range {
  const start = at(d.line, d.column);
  const end = at(d.endLine, d.endColumn);
  const empty = end.line < start.line || (end.line === start.line && end.character <= start.character);
  return { start, end: empty ? { line: start.line, character: start.character + 1 } : end };
}

/**
 * A checker diagnostic as the editor shows it: the rule id as `code`, its severity, and its
 * related places (the source key of a missing one) as related information. `uriOf` turns a
 * project path into the document URI the editor knows it by.
 */
export function toLspDiagnostic(d: Diagnostic, uriOf: (file: string) => string): LspDiagnostic {
  const data: FindingPlace = {
    ...(d.locale !== undefined && { locale: d.locale }),
    ...(d.namespace !== undefined && { namespace: d.namespace }),
    ...(d.key !== undefined && { key: d.key }),
  };
  return {
    range: rangeOf(d),
    severity: SEVERITY[d.severity],
    code: d.ruleId,
    source: 'l10n',
    message: d.message,
    data,
    ...(d.related &&
      d.related.length > 0 && {
        relatedInformation: d.related.map((r) => ({
          location: { uri: uriOf(r.file), range: rangeOf({ line: r.line, column: r.column, endLine: r.line, endColumn: r.column }) },
          message: r.message,
        })),
      }),
  };
}
