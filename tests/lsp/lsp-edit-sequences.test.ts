import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCheck } from '../../src/check/run-check.js';
import { parseConfig } from '../../src/config/parse-config.js';
import { loadBundleProject } from '../../src/project/load-bundle-project.js';
import { startLspClient, type LspClient } from '../support/lsp-client.js';
import { tempProject } from '../support/temp-project.js';
import { applyEdit, keystrokeEdits } from '../support/keystroke-edits.js';

const settings = { sourceLocale: 'en', locales: ['en', 'es'] };
const en =
  '{\n  "title": "Title",\n  "greeting": "Hello, {{name}}",\n  "items_one": "{{count}} item",\n  "items_other": "{{count}} items"\n}\n';
const es =
  '{\n  "title": "Título",\n  "greeting": "Hola, {{name}}",\n  "items_one": "{{count}} elemento",\n  "items_other": "{{count}} elementos"\n}\n';
const FILE = 'locales/es/ui.json';

/** One keystroke-sized edit: text typed at a place, or a stretch deleted. */
const edit = keystrokeEdits(
  ['"', '{', '}', ',', ':', 'x', ' ', '\n', '{{name}}', '<b>', '"items_many": "{{count}} de elementos",', '"extra": "x",'],
  12,
);

describe('l10n lsp --stdio under random edits', () => {
  let client: LspClient;
  let root: string;
  let disk: string;
  beforeAll(async () => {
    root = tempProject({ 'l10n.config.mjs': `export default ${JSON.stringify(settings)};\n`, 'locales/en/ui.json': en, [FILE]: es });
    // The same project on disk, where `check` reads each final text.
    disk = tempProject({ 'locales/en/ui.json': en, [FILE]: es });
    client = await startLspClient(root);
    await client.open(FILE, es);
  });
  afterAll(async () => {
    await client.close();
    rmSync(root, { recursive: true, force: true });
    rmSync(disk, { recursive: true, force: true });
  });

  it('never crashes and always ends at the diagnostics check gives for the final text', async () => {
    const config = parseConfig(settings);
    await fc.assert(
      fc.asyncProperty(fc.array(edit, { minLength: 1, maxLength: 6 }), async (steps) => {
        let text = es;
        await client.change(FILE, text);
        for (const step of steps) {
          text = applyEdit(text, step);
          await client.change(FILE, text);
        }
        // Once the server's checks have covered every change sent, everything they found is published.
        await client.settled();
        writeFileSync(join(disk, FILE), text);
        const expected = runCheck(loadBundleProject(disk, config))
          .diagnostics.filter((d) => d.file === FILE)
          .map((d) => `${d.ruleId} ${d.line - 1}:${d.column - 1} ${d.message}`)
          .sort();
        const got = client
          .diagnostics(FILE)
          .map((d) => `${String(d.code)} ${d.range.start.line}:${d.range.start.character} ${d.message}`)
          .sort();
        expect(client.running).toBe(true);
        expect(got).toEqual(expected);
      }),
      { numRuns: 15 },
    );
  });
});
