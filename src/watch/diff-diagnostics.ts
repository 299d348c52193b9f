import type { Diagnostic } from '../diagnostics/diagnostic.js';

const identity = (d: Diagnostic): string => `${d.file}:${d.line}:${d.column}\u0000${d.ruleId}\u0000${d.message}`;

/** What a re-check changed: diagnostics that appeared and ones that went away. */
export interface DiagnosticChange {
  added: Diagnostic[];
  fixed: Diagnostic[];
}

/** Compares two runs over the same files by position, rule and message. */
export function diffDiagnostics(before: readonly Diagnostic[], after: readonly Diagnostic[]): DiagnosticChange {
  const old = new Set(before.map(identity));
  const now = new Set(after.map(identity));
  return { added: after.filter((d) => !old.has(identity(d))), fixed: before.filter((d) => !now.has(identity(d))) };
}
