import { describe, expect, it } from 'vitest';
import type { CompletionItem, Location } from 'vscode-languageserver/node';
import { lspClientsPerTest, type LspClient } from '../support/lsp-client.js';

const config = `export default { sourceLocale: 'en', locales: ['en', 'es'] };\n`;
const enUi =
  '{\n  "title": "Title",\n  "items_one": "{{count}} item",\n  "items_other": "{{count}} items",\n  "home": "$t(common:brand) home"\n}\n';
const enCommon = '{\n  "brand": "Acme"\n}\n';
const esUi =
  '{\n  "title": "Título",\n  "items_one": "{{count}} elemento",\n  "items_many": "{{count}} de elementos",\n  "items_other": "{{count}} elementos",\n  "home": "Inicio de $t(common:brand)"\n}\n';
const esCommon = '{\n  "brand": "Acmé"\n}\n';

describe('l10n lsp --stdio: definition and completion', () => {
  const started = lspClientsPerTest();

  const start = async (): Promise<LspClient> => {
    const client = await started({
      'l10n.config.mjs': config,
      'locales/en/ui.json': enUi,
      'locales/en/common.json': enCommon,
      'locales/es/ui.json': esUi,
      'locales/es/common.json': esCommon,
    });
    await client.open('locales/es/ui.json', esUi);
    return client;
  };
  const define = (c: LspClient, line: number, character: number): Promise<Location | null> =>
    c.connection.sendRequest('textDocument/definition', {
      textDocument: { uri: c.uri('locales/es/ui.json') },
      position: { line, character },
    });

  it('goes from a target key to the source key, and a plural form the source lacks to its other form', async () => {
    const c = await start();
    expect(await define(c, 1, 4)).toEqual({
      uri: c.uri('locales/en/ui.json'),
      range: { start: { line: 1, character: 2 }, end: { line: 1, character: 2 } },
    });
    expect(await define(c, 3, 4)).toEqual({
      uri: c.uri('locales/en/ui.json'),
      range: { start: { line: 3, character: 2 }, end: { line: 3, character: 2 } },
    });
  });

  it('goes from $t(ns:key) to where the locale resolves it', async () => {
    const c = await start();
    const character = esUi.split('\n')[5]!.indexOf('brand');
    expect(await define(c, 5, character)).toEqual({
      uri: c.uri('locales/es/common.json'),
      range: { start: { line: 1, character: 2 }, end: { line: 1, character: 2 } },
    });
  });

  it('completes keys inside $t(, plural keys by their base, other namespaces by prefix', async () => {
    const c = await start();
    const typed = '{\n  "title": "Título $t(';
    const complete = async (text: string): Promise<string[]> => {
      await c.change('locales/es/ui.json', `${text}"\n}\n`);
      const at = text.split('\n');
      const items: CompletionItem[] = await c.connection.sendRequest('textDocument/completion', {
        textDocument: { uri: c.uri('locales/es/ui.json') },
        position: { line: at.length - 1, character: at[at.length - 1]!.length },
      });
      return items.map((item) => item.label);
    };
    expect(await complete(typed)).toEqual(['title', 'items', 'home']);
    expect(await complete(`${typed}common:`)).toEqual(['common:brand']);
    expect(await complete('{\n  "title": "Título')).toEqual([]);
  });

  it('completes nothing inside $t( in an ICU project, where i18next-icu nests nothing', async () => {
    const c = await started({
      'l10n.config.mjs': `export default { sourceLocale: 'en', locales: ['en', 'es'], messageFormat: 'icu' };\n`,
      'locales/en/ui.json': '{\n  "title": "Title"\n}\n',
      'locales/es/ui.json': '{\n  "title": "Título"\n}\n',
    });
    const typed = '{\n  "title": "Título $t(';
    await c.open('locales/es/ui.json', `${typed}"\n}\n`);
    const items: CompletionItem[] = await c.connection.sendRequest('textDocument/completion', {
      textDocument: { uri: c.uri('locales/es/ui.json') },
      position: { line: 1, character: typed.split('\n')[1]!.length },
    });
    expect(items).toEqual([]);
  });

  it("completes and defines nestings in the project's own delimiters, and nothing inside $t( there", async () => {
    const en = '{\n  "title": "Title",\n  "home": "[[title]] home"\n}\n';
    const c = await started({
      'l10n.config.mjs': `export default { sourceLocale: 'en', locales: ['en', 'es'], interpolation: { nestingPrefix: '[[', nestingSuffix: ']]' } };\n`,
      'locales/en/ui.json': en,
      'locales/es/ui.json': '{\n  "title": "Título"\n}\n',
    });
    await c.open('locales/en/ui.json', en);
    expect(
      await c.connection.sendRequest('textDocument/definition', {
        textDocument: { uri: c.uri('locales/en/ui.json') },
        position: { line: 2, character: en.split('\n')[2]!.indexOf('title') + 1 },
      }),
    ).toEqual({ uri: c.uri('locales/en/ui.json'), range: { start: { line: 1, character: 2 }, end: { line: 1, character: 2 } } });
    const complete = async (typed: string): Promise<string[]> => {
      await c.change('locales/en/ui.json', `{\n  "title": "${typed}"\n}\n`);
      const items: CompletionItem[] = await c.connection.sendRequest('textDocument/completion', {
        textDocument: { uri: c.uri('locales/en/ui.json') },
        position: { line: 1, character: `  "title": "${typed}`.length },
      });
      return items.map((item) => item.label);
    };
    expect(await complete('See [[ti')).toEqual(['title']);
    expect(await complete('See $t(')).toEqual([]);
  });
});
