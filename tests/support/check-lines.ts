import { checkProject } from '../../src/check/load-check.js';
import { parseConfig } from '../../src/config/parse-config.js';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';

/** A diagnostic as the tests compare it: `file:line:col rule-id`. */
export const line = (d: Diagnostic): string => `${d.file}:${d.line}:${d.column} ${d.ruleId}`;

/** Checks the project at root with a config object and returns its diagnostics. */
export function diagnosticsOf(root: string, config: Record<string, unknown> = {}): Diagnostic[] {
  return checkProject(root, parseConfig(config)).diagnostics;
}
