import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import type { CodeAction, Diagnostic } from 'vscode-languageserver/node';
import { lspClientsPerTest } from '../support/lsp-client.js';
import { runCli } from '../support/run-cli.js';

const config = `export default { sourceLocale: 'en', locales: ['en', 'es'] };\n`;
const en =
  '{\n  "title": "Title",\n  "greeting": "Hello, {{name}}",\n  "cta": "Click <b>here</b>",\n  "items_one": "{{count}} item",\n  "items_other": "{{count}} items"\n}\n';
const es = {
  title: '"title": "Título"',
  greeting: '"greeting": "Hola, {{name}}"',
  cta: '"cta": "Hacé clic <b>acá</b>"',
  one: '"items_one": "{{count}} elemento"',
  many: '"items_many": "{{count}} de elementos"',
  other: '"items_other": "{{count}} elementos"',
};
const file = (...entries: string[]): string => `{\n  ${entries.join(',\n  ')}\n}\n`;
const FILE = 'locales/es/ui.json';

interface Case {
  name: string;
  text: string;
  rule: string;
  /** The title of the fix to apply. */
  title: RegExp;
  /** The file the fix writes. */
  fixed: string;
  /** Another project than the one above: its config and source file. */
  project?: { config: string; en: string };
}

const cases: Case[] = [
  {
    name: 'adds a missing key with the source text, where sync puts it',
    text: file(es.title, es.cta, es.one, es.many, es.other),
    rule: 'missing-key',
    title: /^Add "greeting" as l10n sync would$/,
    fixed: file(es.title, '"greeting": "Hello, {{name}}"', es.cta, es.one, es.many, es.other),
  },
  {
    name: 'adds a missing plural form from the locale own other form',
    text: file(es.title, es.greeting, es.cta, es.one, es.other),
    rule: 'plural-forms',
    title: /^Add "items_many" as l10n sync would$/,
    fixed: file(es.title, es.greeting, es.cta, es.one, '"items_many": "{{count}} elementos"', es.other),
  },
  {
    name: 'restores a dropped variable',
    text: file(es.title, '"greeting": "Hola"', es.cta, es.one, es.many, es.other),
    rule: 'interpolation-mismatch',
    title: /^Restore \{\{name\}\}/,
    fixed: file(es.title, '"greeting": "Hola {{name}}"', es.cta, es.one, es.many, es.other),
  },
  {
    name: 'restores a dropped ICU argument as ICU writes it',
    project: {
      config: `export default { sourceLocale: 'en', locales: ['en', 'es'], messageFormat: 'icu' };\n`,
      en: '{\n  "greeting": "Hello, {name}! {count, plural, one {# message} other {# messages}}"\n}\n',
    },
    text: '{\n  "greeting": "¡Hola! {count, plural, one {# mensaje} many {# de mensajes} other {# mensajes}}"\n}\n',
    rule: 'interpolation-mismatch',
    title: /^Restore \{name\} \(at the end/,
    fixed: '{\n  "greeting": "¡Hola! {count, plural, one {# mensaje} many {# de mensajes} other {# mensajes}} {name}"\n}\n',
  },
  {
    name: 'restores a dropped tag',
    text: file(es.title, es.greeting, '"cta": "Hacé clic acá"', es.one, es.many, es.other),
    rule: 'markup-mismatch',
    title: /^Restore <b><\/b>/,
    fixed: file(es.title, es.greeting, '"cta": "Hacé clic acá<b></b>"', es.one, es.many, es.other),
  },
  {
    name: 'removes an extra key as sync --prune does',
    text: file(es.title, es.greeting, '"oldBanner": "Oferta"', es.cta, es.one, es.many, es.other),
    rule: 'extra-key',
    title: /^Remove "oldBanner"/,
    fixed: file(es.title, es.greeting, es.cta, es.one, es.many, es.other),
  },
  {
    name: 'renames a mistyped key to the one the locale lacks',
    text: file(es.title, '"Greeting": "Hola, {{name}}"', es.cta, es.one, es.many, es.other),
    rule: 'extra-key',
    title: /^Rename "Greeting" to "greeting"$/,
    fixed: file(es.title, es.greeting, es.cta, es.one, es.many, es.other),
  },
  {
    name: 'fixes all in the file at once',
    text: file(es.title, es.one),
    rule: 'missing-key',
    title: /^Fix all in this file: add the 4 missing entries/,
    fixed: file(
      es.title,
      '"greeting": "Hello, {{name}}"',
      '"cta": "Click <b>here</b>"',
      es.one,
      '"items_many": "{{count}} items"',
      '"items_other": "{{count}} items"',
    ),
  },
];

describe('l10n lsp --stdio: quick fixes', () => {
  const start = lspClientsPerTest();

  for (const c of cases) {
    it(`${c.name}, and check passes the fixed file`, async () => {
      const client = await start({
        'l10n.config.mjs': c.project?.config ?? config,
        'locales/en/ui.json': c.project?.en ?? en,
        [FILE]: c.text,
      });
      await client.open(FILE, c.text);
      const diagnostics: Diagnostic[] = await client.until(FILE, (list) => list.some((d) => d.code === c.rule));
      const actions: CodeAction[] = await client.connection.sendRequest('textDocument/codeAction', {
        textDocument: { uri: client.uri(FILE) },
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        context: { diagnostics },
      });
      const action = actions.find((a) => c.title.test(a.title));
      expect(action, actions.map((a) => a.title).join('\n')).toBeDefined();
      const [edit] = action?.edit?.changes?.[client.uri(FILE)] ?? [];
      expect(edit?.range.start).toEqual({ line: 0, character: 0 });
      const fixed = edit?.newText ?? '';
      expect(fixed).toBe(c.fixed);
      // The fixed buffer, saved: check passes it.
      writeFileSync(join(client.root, FILE), fixed);
      const check = runCli(['check', '--format', 'json'], client.root);
      const report = JSON.parse(check.stdout) as { diagnostics: { ruleId: string; severity: string }[] };
      expect(report.diagnostics.filter((d) => d.severity === 'error' || d.ruleId === c.rule)).toEqual([]);
      expect(check.status).toBe(0);
      // The editor, told of the change, clears the finding too.
      await client.change(FILE, readFileSync(join(client.root, FILE), 'utf8'));
      await client.until(FILE, (list) => !list.some((d) => d.code === c.rule));
    });
  }

  it('keeps a v3 plural translation when removing its extra key: moved to the forms i18next 26 reads, as sync --prune does', async () => {
    const DE = 'locales/de/ui.json';
    const source =
      '{\n  "item_one": "{{count}} item",\n  "item_other": "{{count}} items",\n  "box_one": "{{count}} box",\n  "box_other": "{{count}} boxes"\n}\n';
    const v3 =
      '{\n  "item": "{{count}} Ding",\n  "item_plural": "{{count}} Dinge",\n  "box": "{{count}} Kiste",\n  "box_plural": "{{count}} Kisten"\n}\n';
    const client = await start({
      'l10n.config.mjs': `export default { sourceLocale: 'en', locales: ['en', 'de'] };\n`,
      'locales/en/ui.json': source,
      [DE]: v3,
    });
    await client.open(DE, v3);
    const diagnostics: Diagnostic[] = await client.until(DE, (list) => list.filter((d) => d.code === 'extra-key').length === 2);
    const actions: CodeAction[] = await client.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri: client.uri(DE) },
      range: { start: { line: 2, character: 2 }, end: { line: 2, character: 2 } },
      context: { diagnostics: diagnostics.filter((d) => d.range.start.line === 2) },
    });
    const title = 'Move "item_plural" to "item_other" and copy "item" to "item_one" as l10n sync --prune would';
    expect(actions.map((a) => a.title)).toContain(title);
    const fixed = actions.find((a) => a.title === title)?.edit?.changes?.[client.uri(DE)]?.[0]?.newText ?? '';
    // The plural of the finding only: the other v3 plural is another finding's fix.
    expect(fixed).toBe(
      '{\n  "item_one": "{{count}} Ding",\n  "item_other": "{{count}} Dinge",\n  "item": "{{count}} Ding",\n  "box": "{{count}} Kiste",\n  "box_plural": "{{count}} Kisten"\n}\n',
    );
    // i18next 26 reads the fixed file: the plural translation shows at a count of several, the singular at one.
    const i18n = i18next.createInstance();
    void i18n.init({
      initAsync: false,
      lng: 'de',
      fallbackLng: 'en',
      resources: { en: { ui: JSON.parse(source) as Record<string, string> }, de: { ui: JSON.parse(fixed) as Record<string, string> } },
      ns: ['ui'],
      defaultNS: 'ui',
    });
    expect([i18n.t('item', { count: 2 }), i18n.t('item', { count: 1 })]).toEqual(['2 Dinge', '1 Ding']);
    // sync --prune makes of the fixed file what it makes of the v3 one: the fix is its step for that key.
    writeFileSync(join(client.root, DE), v3);
    runCli(['sync', '--prune'], client.root);
    const synced = readFileSync(join(client.root, DE), 'utf8');
    writeFileSync(join(client.root, DE), fixed);
    runCli(['sync', '--prune'], client.root);
    expect(readFileSync(join(client.root, DE), 'utf8')).toBe(synced);
    expect(synced).not.toContain('_plural');
  });
});
