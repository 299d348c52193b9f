import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Hover, Diagnostic as LspDiagnostic } from 'vscode-languageserver/node';
import { runCheck } from '../../src/check/run-check.js';
import { parseConfig } from '../../src/config/parse-config.js';
import { loadBundleProject } from '../../src/project/load-bundle-project.js';
import { lspClientsPerTest } from '../support/lsp-client.js';
import { tempProject } from '../support/temp-project.js';

const settings = { sourceLocale: 'en', locales: ['en', 'es'] };
const config = `export default ${JSON.stringify(settings)};\n`;
const FILE = 'locales/es/ui.json';
const en = '{\n  "title": "Title",\n  "greeting": "Hello, {{name}}"\n}\n';
const onDisk = '{\n  "title": "Título",\n  "greeting": "Hola, {{name}}"\n}\n';
/** The n-th text typed: each drops {{name}} for another variable, so each has findings of its own. */
const typed = (n: number): string => onDisk.replace('{{name}}', `{{nombre${n}}}`).replace('Título', `Título ${'x'.repeat(n)}`);
const BURST = 10;

/** A finding as both sides can say it: rule, place and message. */
const said = (d: LspDiagnostic): string => `${String(d.code)} ${d.range.start.line}:${d.range.start.character} ${d.message}`;

describe('l10n lsp --stdio: edits that queue up while the server is busy', () => {
  const start = lspClientsPerTest();
  let disk: string;
  /** What a fresh check finds in the file for each text: the one on disk, then each typed. */
  const fresh = new Map<string, string[]>();
  const expectedOf = (text: string): string[] => {
    const known = fresh.get(text);
    if (known) return known;
    writeFileSync(join(disk, FILE), text);
    const found = runCheck(loadBundleProject(disk, parseConfig(settings)))
      .diagnostics.filter((d) => d.file === FILE)
      .map((d) => `${d.ruleId} ${d.line - 1}:${d.column - 1} ${d.message}`)
      .sort();
    fresh.set(text, found);
    return found;
  };
  beforeAll(() => {
    disk = tempProject({ 'locales/en/ui.json': en, [FILE]: onDisk });
  });
  afterAll(() => rmSync(disk, { recursive: true, force: true }));

  it('checks a burst of changes fewer times than it has changes, and publishes only ever newer texts, the last one last', async () => {
    const client = await start({ 'l10n.config.mjs': config, 'locales/en/ui.json': en, [FILE]: onDisk });
    await client.open(FILE, onDisk);
    await client.settled();
    const checksBefore = client.checks.length;
    const publishedBefore = client.publications.length;
    const texts = Array.from({ length: BURST }, (_, i) => typed(i + 1));
    await client.burst(texts.map((text) => client.changed(FILE, text)));
    await client.settled();

    const expected = texts.map(expectedOf);
    // Every list published for the file is a fresh check's of one of the texts, each newer than the one before.
    const mine = client.publications.slice(publishedBefore).filter((p) => p.uri === client.uri(FILE));
    const shown = mine.map((p) => {
      const list = p.diagnostics.map(said).sort();
      return expected.findIndex((e) => e.join('\n') === list.join('\n'));
    });
    // Each names the version of the text it is of (opened as 1, the n-th change n + 1), so an editor can tell.
    expect(mine.map((p) => p.version)).toEqual(shown.map((index) => index + 2));
    expect(shown.length).toBeGreaterThan(0);
    expect(shown).not.toContain(-1);
    expect(shown).toEqual([...new Set(shown)].sort((a, b) => a - b));
    expect(shown.at(-1)).toBe(BURST - 1);
    expect(client.diagnostics(FILE).map(said).sort()).toEqual(expected.at(-1));
    expect(client.checks.length - checksBefore).toBeLessThan(BURST);
  });

  it('honours a close and a reopening inside a burst, in order', async () => {
    const client = await start({ 'l10n.config.mjs': config, 'locales/en/ui.json': en, [FILE]: onDisk });
    await client.open(FILE, typed(1));
    await client.settled();
    expect(client.diagnostics(FILE).map(said).sort()).toEqual(expectedOf(typed(1)));
    // Closed without saving after two more edits: the disk's text counts again.
    await client.burst([client.changed(FILE, typed(2)), client.changed(FILE, typed(3)), client.closed(FILE)]);
    await client.settled();
    expect(client.diagnostics(FILE).map(said).sort()).toEqual(expectedOf(onDisk));
    // Opened again with a text of its own, and edited, after a close: the last text counts.
    await client.open(FILE, typed(4));
    await client.burst([
      client.changed(FILE, typed(5)),
      client.closed(FILE),
      client.opened(FILE, typed(6)),
      client.changed(FILE, typed(7)),
    ]);
    await client.settled();
    expect(client.diagnostics(FILE).map(said).sort()).toEqual(expectedOf(typed(7)));
  });

  it('answers a request on the latest text, checked or not', async () => {
    const client = await start({ 'l10n.config.mjs': config, 'locales/en/ui.json': en, [FILE]: onDisk });
    await client.open(FILE, onDisk);
    await client.settled();
    const texts = Array.from({ length: BURST }, (_, i) => typed(i + 1));
    await client.burst(texts.map((text) => client.changed(FILE, text)));
    // Read while the burst is: the hover may come before the burst's check.
    const hover: Hover | null = await client.connection.sendRequest('textDocument/hover', {
      textDocument: { uri: client.uri(FILE) },
      position: { line: 2, character: 5 },
    });
    expect((hover?.contents as { value: string }).value).toContain(`Hola, {{nombre${BURST}}}`);
  });
});
