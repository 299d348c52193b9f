import { describe, expect, it } from 'vitest';
import type { Hover } from 'vscode-languageserver/node';
import { lspClientsPerTest } from '../support/lsp-client.js';

const config = `export default { sourceLocale: 'en', locales: ['en', 'es', 'es-AR'], fallbacks: { 'es-AR': ['es', 'en'] } };\n`;
const en = '{\n  "items_one": "{{count}} item in {{place}}",\n  "items_other": "{{count}} items in {{place}}"\n}\n';
const es = '{\n  "items_one": "{{count}} elemento en {{place}}",\n  "items_other": "{{count}} elementos en {{place}}"\n}\n';
const esAR = '{\n  "items_one": "{{count}} cosita en {{place}}",\n  "items_other": "{{count}} cositas en {{place}}"\n}\n';

describe('l10n lsp --stdio: hover on a key', () => {
  const start = lspClientsPerTest();

  it('shows the source text, the chain, the plural forms with a count each and the variables', async () => {
    const client = await start({
      'l10n.config.mjs': config,
      'locales/en/ui.json': en,
      'locales/es/ui.json': es,
      'locales/es-AR/ui.json': esAR,
    });
    await client.open('locales/es-AR/ui.json', esAR);
    const hover: Hover | null = await client.connection.sendRequest('textDocument/hover', {
      textDocument: { uri: client.uri('locales/es-AR/ui.json') },
      position: { line: 2, character: 5 },
    });
    const value = (hover?.contents as { value: string }).value;
    expect(value.split('\n')).toEqual([
      '**items\\_other** · ui · es-AR',
      '',
      'Source (en): “{{count}} items in {{place}}”',
      '',
      '- es-AR: “{{count}} cositas en {{place}}”',
      '- es: “{{count}} elementos en {{place}}”',
      '- en: “{{count}} items in {{place}}”',
      '',
      'Plural forms es-AR needs: `one` (1), `many` (1000000), `other` (2)',
      '',
      'Variables the source passes: `count`, `place`',
    ]);
  });

  it('shows the arguments and plural categories of an ICU message (messageFormat "icu")', async () => {
    const pl =
      '{\n  "comments": "{count, plural, one {# komentarz} few {# komentarze} many {# komentarzy} other {# komentarza}} od {user}"\n}\n';
    const client = await start({
      'l10n.config.mjs': `export default { sourceLocale: 'en', locales: ['en', 'pl'], messageFormat: 'icu' };\n`,
      'locales/en/ui.json': '{\n  "comments": "{count, plural, one {# comment} other {# comments}} by {user}"\n}\n',
      'locales/pl/ui.json': pl,
    });
    await client.open('locales/pl/ui.json', pl);
    const hover: Hover | null = await client.connection.sendRequest('textDocument/hover', {
      textDocument: { uri: client.uri('locales/pl/ui.json') },
      position: { line: 1, character: 5 },
    });
    const lines = (hover?.contents as { value: string }).value.split('\n');
    expect(lines.slice(-3)).toEqual([
      'Plural forms pl needs: `one` (1), `few` (2), `many` (5), `other` (0.5)',
      '',
      'Variables the source passes: `count`, `user`',
    ]);
  });

  it('shows the key a $t(ns:key) names, in the namespace it names', async () => {
    const home = '{\n  "home": "Inicio de $t(common:brand)"\n}\n';
    const client = await start({
      'l10n.config.mjs': config,
      'locales/en/ui.json': '{\n  "home": "$t(common:brand) home"\n}\n',
      'locales/en/common.json': '{\n  "brand": "Acme"\n}\n',
      'locales/es/ui.json': home,
      'locales/es/common.json': '{\n  "brand": "Acmé"\n}\n',
    });
    await client.open('locales/es/ui.json', home);
    const hover: Hover | null = await client.connection.sendRequest('textDocument/hover', {
      textDocument: { uri: client.uri('locales/es/ui.json') },
      position: { line: 1, character: home.split('\n')[1]!.indexOf('brand') },
    });
    expect((hover?.contents as { value: string }).value.split('\n')).toEqual([
      '**brand** · common · es',
      '',
      'Source (en): “Acme”',
      '',
      '- es: “Acmé”',
      '- en: “Acme”',
    ]);
  });
});
