import { runCheck } from '../check/run-check.js';
import type { BundleProject } from '../project/bundle-project.js';
import { jsonSyntax } from '../check/rules/json-syntax.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { diagnosticLine } from '../report/diagnostic-line.js';

/**
 * The bundles that cannot be read or parsed, as json-syntax errors at their place. sync, status,
 * export and import pass over such a file to protect what is in it; this says so, with a position,
 * instead of leaving a silent gap in their output. `locales` limits it to those locales' files.
 */
export function brokenBundles(project: BundleProject, locales?: readonly string[]): Diagnostic[] {
  const { diagnostics } = runCheck({ ...project, config: { ...project.config, rules: {} }, skipped: [] }, { rules: [jsonSyntax] });
  return diagnostics.filter((d) => d.severity === 'error' && (!locales || (d.locale !== undefined && locales.includes(d.locale))));
}

/**
 * Writes errors in user files to standard error, one `file:line:col error message [rule]` per line,
 * and sets exit status 1 when there is any. Returns whether there was.
 */
export function reportBroken(diagnostics: readonly Diagnostic[]): boolean {
  for (const d of diagnostics) process.stderr.write(`${diagnosticLine(d)}\n`);
  if (diagnostics.length > 0) process.exitCode = 1;
  return diagnostics.length > 0;
}
