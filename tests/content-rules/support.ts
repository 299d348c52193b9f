import { loadContentProject } from '../../src/check/content-rules/load-content-check.js';
import { runContentCheck } from '../../src/check/content-rules/run-content-check.js';
import { parseConfig } from '../../src/config/parse-config.js';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';

/** Runs every content rule on the project at root (locales from the config, default en and es). */
export function contentDiagnostics(root: string, config: Record<string, unknown> = {}): Diagnostic[] {
  const parsed = parseConfig({ locales: ['en', 'es'], ...config });
  return runContentCheck(loadContentProject(root, parsed, parsed.locales ?? []));
}
