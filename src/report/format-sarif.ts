import type { Diagnostic } from '../diagnostics/diagnostic.js';

/** What SARIF needs to know of a rule. */
export interface SarifRule {
  id: string;
  description: string;
  defaultSeverity: Diagnostic['severity'];
}

const LEVEL = { error: 'error', warning: 'warning', info: 'note' } as const;

const location = (file: string, line: number, column: number, endLine?: number, endColumn?: number) => ({
  physicalLocation: {
    artifactLocation: { uri: encodeURI(file), uriBaseId: '%SRCROOT%' },
    region: { startLine: line, startColumn: column, ...(endLine ? { endLine, endColumn } : {}) },
  },
});

/**
 * SARIF 2.1.0 for GitHub code scanning; a missing key's source location is a related location, and
 * what found a result (check, build, ingest, content) is in its property bag as `source`.
 */
export function formatSarif(diagnostics: readonly Diagnostic[], rules: readonly SarifRule[], version: string): string {
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'l10n',
            version,
            rules: rules.map((r) => ({
              id: r.id,
              shortDescription: { text: r.description },
              defaultConfiguration: { level: LEVEL[r.defaultSeverity] },
            })),
          },
        },
        results: diagnostics.map((d) => ({
          ruleId: d.ruleId,
          ...(index.has(d.ruleId) ? { ruleIndex: index.get(d.ruleId) } : {}),
          level: LEVEL[d.severity],
          message: { text: d.message },
          locations: [location(d.file, d.line, d.column, d.endLine, d.endColumn)],
          ...(d.related?.length
            ? { relatedLocations: d.related.map((r, id) => ({ id, ...location(r.file, r.line, r.column), message: { text: r.message } })) }
            : {}),
          properties: { source: d.source },
        })),
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
