import { checkProject } from '../../src/check/load-check.js';
import { parseConfig } from '../../src/config/parse-config.js';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { loadIcuParser } from '../../src/bundles/icu-message.js';

// The config loader loads the ICU parser for a project that asks for it; these helpers parse configs themselves.
await loadIcuParser();

/** A diagnostic as the tests compare it: `file:line:col rule-id`. */
export const line = (d: Diagnostic): string => `${d.file}:${d.line}:${d.column} ${d.ruleId}`;

/** Checks the project at root with a config object and returns its diagnostics. */
export function diagnosticsOf(root: string, config: Record<string, unknown> = {}): Diagnostic[] {
  return checkProject(root, parseConfig(config)).diagnostics;
}
