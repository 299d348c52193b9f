import { describe, expect, it } from 'vitest';
import { diagnosticsOf, line } from '../support/check-lines.js';
import { tempProject } from '../support/temp-project.js';

const messages = (root: string, id: string): string[] =>
  diagnosticsOf(root)
    .filter((d) => d.ruleId === id)
    .map((d) => `${line(d)} ${d.message}`);

describe('a namespace whose source cannot be compared with', () => {
  it('names a missing source file as missing', () => {
    const root = tempProject({ 'locales/en/ui.json': '{ "a": "A" }\n', 'locales/de/menu.json': '{ "m": "Menü" }\n' });
    expect(messages(root, 'extra-key')).toEqual([
      'locales/de/menu.json:1:1 extra-key the namespace "menu" has no source file locales/en/menu.json: nothing here can be checked against it',
    ]);
  });

  it('names a source file that does not parse as broken, not missing', () => {
    const root = tempProject({ 'locales/en/ui.json': '{ "a": "A", }\n', 'locales/de/ui.json': '{ "a": "A de" }\n' });
    expect(messages(root, 'json-syntax')).toHaveLength(1);
    expect(messages(root, 'extra-key')).toEqual([
      'locales/de/ui.json:1:1 extra-key the namespace "ui" has a source file locales/en/ui.json that does not parse (its json-syntax error says where): nothing here can be checked against it',
    ]);
  });

  it('says so for the build namespace of a project with pages, with "fix it" as the first way out', () => {
    const root = tempProject({
      'content/en/hello.md': '---\ntitle: Hello\ndate: 2026-01-01\n---\n\nHello.\n',
      'locales/en/ui.json': '{ "nav": ',
      'locales/es-AR/ui.json': '{ "nav": { "home": "Inicio" } }\n',
    });
    expect(messages(root, 'undefined-key')).toEqual([
      `locales/en/ui.json:1:1 undefined-key the build namespace "ui" has a source file locales/en/ui.json that does not parse (its json-syntax error says where): none of the 27 keys the page templates use can be checked, and pages leave out every one their locale lacks; fix it, or if es-AR holds the original strings, set namespaceSourceLocale: { ui: 'es-AR' } in the config`,
    ]);
  });
});
