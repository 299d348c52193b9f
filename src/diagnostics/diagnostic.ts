/** How bad a finding is. `fatal` findings (a file that cannot be read) are errors. */
export type Severity = 'error' | 'warning' | 'info';

/**
 * What found a diagnostic, beside its rule: the checker's rules, the build, ingest, or the reading
 * of articles (shared by check and build). Lets json and sarif consumers tell a rule's finding from
 * a problem a command met on its way (`nesting` from the build refusing a page, from the check).
 */
export type DiagnosticSource = 'check' | 'build' | 'ingest' | 'content';

/** A place in a file, 1-based line and column (UTF-16 code units, as editors count). */
export interface Position {
  line: number;
  column: number;
}

/** Another place that explains a finding, such as the source key of a missing translation. */
export interface RelatedLocation extends Position {
  file: string;
  message: string;
}

/**
 * One finding in a user's file. Paths are relative to the project root with `/` separators,
 * so output is the same on every machine.
 */
export interface Diagnostic {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  severity: Severity;
  ruleId: string;
  source: DiagnosticSource;
  message: string;
  locale?: string;
  namespace?: string;
  key?: string;
  related?: RelatedLocation[];
}

const order: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Orders diagnostics by file, then position, then severity, then rule: stable output for diffs and tests. */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  return (
    a.line - b.line ||
    a.column - b.column ||
    order[a.severity] - order[b.severity] ||
    (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0) ||
    (a.message < b.message ? -1 : a.message > b.message ? 1 : 0)
  );
}

/** What a diagnostic about a whole file says besides its place. */
export type FileFinding = Pick<Diagnostic, 'severity' | 'ruleId' | 'source' | 'message'> &
  Partial<Pick<Diagnostic, 'locale' | 'namespace' | 'key'>>;

/** A diagnostic about a whole file (a missing bundle, an unusable cache or lock): at its 1:1, where an editor opens it. */
export function atFileStart(file: string, finding: FileFinding): Diagnostic {
  return { file, line: 1, column: 1, endLine: 1, endColumn: 1, ...finding };
}
