import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Diagnostic as LspDiagnostic } from 'vscode-languageserver/node';
import { runCheck } from '../../src/check/run-check.js';
import { parseConfig } from '../../src/config/parse-config.js';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { loadBundleProject } from '../../src/project/load-bundle-project.js';
import { startLspClient, type LspClient } from '../support/lsp-client.js';
import { tempProject } from '../support/temp-project.js';
import { applyEdit, keystrokeEdits } from '../support/keystroke-edits.js';

const settings = { sourceLocale: 'en', locales: ['en', 'es', 'es-AR', 'de'], fallbacks: { 'es-AR': ['es', 'en'] } };
const SOURCE = 'locales/en/ui.json';
const targets: Record<string, string> = {
  'locales/es/ui.json':
    '{\n  "title": "Título",\n  "greeting": "Hola, {{name}}",\n  "items_one": "{{count}} elemento",\n  "items_other": "{{count}} elementos",\n  "old": "viejo"\n}\n',
  'locales/es-AR/ui.json': '{\n  "greeting": "Hola, {{nombre}}"\n}\n',
  'locales/de/ui.json': '{\n  "title": "Title",\n  "liked": "Gefällt",\n  "items_one": "{{count}} Ding"\n}\n',
};
const en =
  '{\n  "title": "Title",\n  "greeting": "Hello, {{name}}",\n  "liked": "Liked",\n  "items_one": "{{count}} item",\n  "items_other": "{{count}} items"\n}\n';
const FILES = [SOURCE, ...Object.keys(targets)];

/** One keystroke-sized edit of the source: text typed at a place (a key added, a value changed), or a stretch deleted. */
const edit = keystrokeEdits(
  [
    '"',
    ',',
    'x',
    '\n',
    '{{name}}',
    '<b>',
    '$t(title)',
    '"old": "old",',
    '"added": "Added {{what}}",',
    '"liked_male": "He liked it",',
    '"items_many": "{{count}} items",',
  ],
  16,
);

/** A finding as both sides can say it: rule, severity, place, message and related places. */
const fresh = (d: Diagnostic): string =>
  `${d.ruleId} ${d.severity} ${d.line - 1}:${d.column - 1} ${d.message} [${(d.related ?? []).map((r) => `${r.line - 1}:${r.column - 1} ${r.message}`).join('; ')}]`;
const severities = ['', 'error', 'warning', 'info'];
const published = (d: LspDiagnostic): string =>
  `${String(d.code)} ${severities[d.severity ?? 0]} ${d.range.start.line}:${d.range.start.character} ${String(d.message)} [${(d.relatedInformation ?? []).map((r) => `${r.location.range.start.line}:${r.location.range.start.character} ${r.message}`).join('; ')}]`;

describe('l10n lsp --stdio under random edits of the source bundle', () => {
  let client: LspClient;
  let root: string;
  let disk: string;
  beforeAll(async () => {
    root = tempProject({ 'l10n.config.mjs': `export default ${JSON.stringify(settings)};\n`, [SOURCE]: en, ...targets });
    // The same project on disk, where a fresh check reads each final text.
    disk = tempProject({ [SOURCE]: en, ...targets });
    client = await startLspClient(root);
    await client.open(SOURCE, en);
  });
  afterAll(async () => {
    await client.close();
    rmSync(root, { recursive: true, force: true });
    rmSync(disk, { recursive: true, force: true });
  });

  it('publishes for every bundle file what a fresh check of the final texts finds', async () => {
    const config = parseConfig(settings);
    await fc.assert(
      fc.asyncProperty(fc.array(edit, { minLength: 1, maxLength: 6 }), async (steps) => {
        let text = en;
        for (const step of steps) {
          text = applyEdit(text, step);
          await client.change(SOURCE, text);
        }
        // Once the server's checks have covered every change sent, everything they found is published.
        await client.settled();
        writeFileSync(join(disk, SOURCE), text);
        const diagnostics = runCheck(loadBundleProject(disk, config)).diagnostics;
        expect(client.running).toBe(true);
        for (const file of FILES) {
          const expected = diagnostics
            .filter((d) => d.file === file)
            .map(fresh)
            .sort();
          expect({ file, findings: client.diagnostics(file).map(published).sort() }).toEqual({ file, findings: expected });
        }
      }),
      { numRuns: 20 },
    );
  });
});
