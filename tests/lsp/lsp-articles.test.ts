import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/content/parse-article.js';
import { sourceHash } from '../../src/content/source-hash.js';
import { lspClientsPerTest } from '../support/lsp-client.js';
import { runCli } from '../support/run-cli.js';
import { tempProjectsPerTest } from '../support/temp-project.js';

const config = `export default { sourceLocale: 'en', locales: ['en', 'es'] };\n`;
const SOURCE = 'content/en/hello.md';
const TRANSLATION = 'content/es/hello.md';
const en = '---\ntitle: Hello\n---\n\n## Map\n\nSee [the map](https://example.com/map).\n';
const hash = sourceHash(parseArticle(SOURCE, en, 'en', 'hello').article!);
const es = (body: string, front = ''): string =>
  `---\ntitle: Hola\nsource: ${SOURCE}\nsourceHash: "${hash}"\n${front}---\n\n## Mapa\n\n${body}\n`;
const esClean = es('Mirá [el mapa](https://example.com/map).');
const files = {
  'l10n.config.mjs': config,
  'locales/en/ui.json': '{\n  "title": "Title"\n}\n',
  'locales/es/ui.json': '{\n  "title": "Título"\n}\n',
  [SOURCE]: en,
  [TRANSLATION]: esClean,
};

const codes = (list: { code?: number | string | undefined }[]): (string | number | undefined)[] => list.map((d) => d.code);

describe('l10n lsp --stdio: articles as they are typed', () => {
  const start = lspClientsPerTest();
  const project = tempProjectsPerTest();

  it('reports an unsaved article problem at its place, clears it when the fix is typed, and reads the disk on close', async () => {
    const client = await start(files);
    await client.open(TRANSLATION, esClean);
    await client.change(TRANSLATION, es('Mirá [el mapa](https://example.com/mapa).'));
    const [parity] = await client.until(TRANSLATION, (list) => codes(list).includes('structure-parity'));
    expect(parity).toMatchObject({
      code: 'structure-parity',
      severity: 2,
      source: 'l10n',
      range: { start: { line: 8, character: 5 } },
      message: 'link 1 should be "https://example.com/map" as in the source, is "https://example.com/mapa" (1 link here, 1 in the source)',
    });
    expect(parity?.relatedInformation?.[0]?.location).toEqual({
      uri: client.uri(SOURCE),
      range: { start: { line: 6, character: 4 }, end: { line: 6, character: 5 } },
    });
    await client.change(TRANSLATION, esClean);
    await client.until(TRANSLATION, (list) => list.length === 0);
    // A date the source does not have, never saved: closing the buffer brings back the disk's clean text.
    await client.change(TRANSLATION, es('Mirá [el mapa](https://example.com/map).', 'date: 2024-05-02\n'));
    const [date] = await client.until(TRANSLATION, (list) => codes(list).includes('front-matter'));
    expect(date).toMatchObject({ range: { start: { line: 4, character: 0 } } });
    expect(date?.message).toMatch(/^date 2024-05-02 differs from the source's \(none\)/);
    await client.closeDocument(TRANSLATION);
    await client.until(TRANSLATION, (list) => list.length === 0);
  });

  it('re-checks the translations when the source article is edited, unsaved', async () => {
    const client = await start(files);
    await client.open(SOURCE, en);
    await client.change(SOURCE, en.replace('See', 'Look at'));
    const [stale] = await client.until(TRANSLATION, (list) => codes(list).includes('article-stale'));
    expect(stale).toMatchObject({ range: { start: { line: 3, character: 0 } } });
    expect(stale?.message).toMatch(new RegExp(`^translated from an older ${SOURCE} \\(sourceHash ${hash}, now [0-9a-f]{16}\\)`));
    await client.change(SOURCE, en);
    await client.until(TRANSLATION, (list) => list.length === 0);
  });

  it('checks MDX articles under the configured content folder, and picks up one saved outside the editor', async () => {
    const mdx = (text: string): string =>
      text.replace(SOURCE, 'site/posts/en/hello.mdx').replace('## Mapa', '<Card>\n\n## Mapa\n\n</Card>');
    const client = await start({
      'l10n.config.mjs': `export default { sourceLocale: 'en', locales: ['en', 'es'], contentDir: 'site/posts' };\n`,
      'locales/en/ui.json': files['locales/en/ui.json'],
      'locales/es/ui.json': files['locales/es/ui.json'],
      'site/posts/en/hello.mdx': en,
      'site/posts/es/hello.mdx': mdx(esClean),
    });
    const translation = 'site/posts/es/hello.mdx';
    await client.open(translation, mdx(esClean));
    await client.change(translation, mdx(es('Mirá el mapa.')));
    const [lost] = await client.until(translation, (list) => codes(list).includes('structure-parity'));
    expect(lost?.message).toBe(
      'link 1 should be "https://example.com/map" as in the source, and is missing (0 links here, 1 in the source)',
    );
    await client.closeDocument(translation);
    await client.until(translation, (list) => list.length === 0);
    // Saved by another program while no editor holds it: the folder watch reads it.
    writeFileSync(join(client.root, translation), mdx(es('Mirá [el mapa](https://example.com/map).', 'date: 2024-05-02\n')));
    const [date] = await client.until(translation, (list) => codes(list).includes('front-matter'));
    expect(date?.range.start).toEqual({ line: 4, character: 0 });
  });

  /** One keystroke-sized edit of one of the two articles: text typed at a place, or a stretch deleted. */
  const edit = fc.record({
    file: fc.constantFrom(SOURCE, TRANSLATION),
    at: fc.nat(),
    change: fc.oneof(
      fc.constantFrom(
        '[x](https://example.com/x)',
        '## H\n',
        '\n',
        '---\n',
        'date: 2024-01-01\n',
        'title: ',
        '`',
        '```js\nrun()\n```\n',
        '- a\n',
        'x',
      ),
      fc.integer({ min: 1, max: 10 }),
    ),
  });

  it('ends any sequence of article edits at the diagnostics l10n check gives for the final text', async () => {
    const client = await start(files);
    const disk = project(files);
    const shown = (file: string): string[] =>
      client
        .diagnostics(file)
        .map((d) => `${String(d.code)} ${d.range.start.line}:${d.range.start.character} ${d.message}`)
        .sort();
    await client.open(SOURCE, en);
    await client.open(TRANSLATION, esClean);
    await fc.assert(
      fc.asyncProperty(fc.array(edit, { minLength: 1, maxLength: 5 }), async (steps) => {
        const text = new Map([
          [SOURCE, en],
          [TRANSLATION, esClean],
        ]);
        for (const [file, value] of text) await client.change(file, value);
        for (const { file, at, change } of steps) {
          const before = text.get(file)!;
          const place = at % (before.length + 1);
          const after =
            typeof change === 'string'
              ? before.slice(0, place) + change + before.slice(place)
              : before.slice(0, place) + before.slice(place + change);
          text.set(file, after);
          await client.change(file, after);
        }
        // Once the server's checks have covered every change sent, everything they found is published.
        await client.settled();
        for (const [file, value] of text) writeFileSync(join(disk, file), value);
        const report = JSON.parse(runCli(['check', '--format', 'json'], disk).stdout) as {
          diagnostics: { file: string; line: number; column: number; ruleId: string; message: string }[];
        };
        for (const file of text.keys()) {
          const expected = report.diagnostics
            .filter((d) => d.file === file)
            .map((d) => `${d.ruleId} ${d.line - 1}:${d.column - 1} ${d.message}`)
            .sort();
          expect(shown(file)).toEqual(expected);
        }
        expect(client.running).toBe(true);
      }),
      { numRuns: 8 },
    );
  });
});
