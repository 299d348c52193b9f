import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lspClientsPerTest } from '../support/lsp-client.js';

const config = `export default { sourceLocale: 'en', locales: ['en', 'es'] };\n`;
const en = '{\n  "title": "Title",\n  "greeting": "Hello, {{name}}"\n}\n';
const esMissing = '{\n  "title": "Título"\n}\n';
const esFixed = '{\n  "title": "Título",\n  "greeting": "Hola, {{name}}"\n}\n';

const codes = (list: { code?: number | string | undefined }[]): (string | number | undefined)[] => list.map((d) => d.code);

describe('l10n lsp --stdio: diagnostics on the unsaved text', () => {
  const start = lspClientsPerTest();

  it('reports a missing key in an unsaved buffer and clears it when the fix is typed', async () => {
    const client = await start({ 'l10n.config.mjs': config, 'locales/en/ui.json': en, 'locales/es/ui.json': esFixed });
    await client.open('locales/es/ui.json', esFixed);
    // The disk holds the complete file; the buffer drops a key without being saved.
    await client.change('locales/es/ui.json', esMissing);
    const [missing] = await client.until('locales/es/ui.json', (list) => codes(list).includes('missing-key'));
    expect(missing).toMatchObject({
      code: 'missing-key',
      severity: 1,
      source: 'l10n',
      range: { start: { line: 0, character: 0 } },
      message: 'missing key "greeting"; en has "Hello, {{name}}"',
    });
    expect(missing?.relatedInformation).toEqual([
      {
        location: { uri: client.uri('locales/en/ui.json'), range: { start: { line: 2, character: 2 }, end: { line: 2, character: 3 } } },
        message: 'the en source: "greeting"',
      },
    ]);
    await client.change('locales/es/ui.json', esFixed);
    await client.until('locales/es/ui.json', (list) => list.length === 0);
  });

  it('reads the disk again when a document is closed without saving', async () => {
    const client = await start({ 'l10n.config.mjs': config, 'locales/en/ui.json': en, 'locales/es/ui.json': esFixed });
    await client.open('locales/es/ui.json', esMissing);
    await client.until('locales/es/ui.json', (list) => codes(list).join() === 'missing-key');
    await client.closeDocument('locales/es/ui.json');
    await client.until('locales/es/ui.json', (list) => list.length === 0);
  });

  it('reports json-syntax at its place while the JSON is broken, and keeps running', async () => {
    const client = await start({ 'l10n.config.mjs': config, 'locales/en/ui.json': en, 'locales/es/ui.json': esFixed });
    await client.open('locales/es/ui.json', esFixed);
    await client.change('locales/es/ui.json', '{\n  "title": "Título",\n  "greeting": "Hola\n}\n');
    const [syntax] = await client.until('locales/es/ui.json', (list) => codes(list).includes('json-syntax'));
    expect(syntax?.range.start).toEqual({ line: 2, character: 14 });
    await client.change('locales/es/ui.json', esMissing);
    await client.until('locales/es/ui.json', (list) => codes(list).join() === 'missing-key');
    expect(client.running).toBe(true);
  });

  it('picks up a file changed outside the editor', async () => {
    const client = await start({ 'l10n.config.mjs': config, 'locales/en/ui.json': en, 'locales/es/ui.json': esFixed });
    await client.open('locales/es/ui.json', esFixed);
    // The source gains a key on disk (a pull, another editor): the open Spanish file now lacks it.
    writeFileSync(join(client.root, 'locales/en/ui.json'), en.replace('\n}', ',\n  "bye": "Bye"\n}'));
    const [missing] = await client.until('locales/es/ui.json', (list) => codes(list).includes('missing-key'));
    expect(missing?.message).toBe('missing key "bye"; en has "Bye"');
  });

  it('picks up a change outside the editor in a layout of one file per locale at the root', async () => {
    const flat = `export default { sourceLocale: 'en', locales: ['en', 'es'], bundles: '{{lng}}.json' };\n`;
    const client = await start({ 'l10n.config.mjs': flat, 'en.json': en, 'es.json': esFixed });
    await client.open('es.json', esFixed);
    writeFileSync(join(client.root, 'en.json'), en.replace('\n}', ',\n  "bye": "Bye"\n}'));
    const [missing] = await client.until('es.json', (list) => codes(list).includes('missing-key'));
    expect(missing?.message).toBe('missing key "bye"; en has "Bye"');
  });
});
