import { expect, it } from 'vitest';
import * as api from '../../src/index.js';

it('the public API checks a project in memory, as a library user would', () => {
  const config = api.parseConfig({ locales: ['en', 'es'] });
  const files: Record<string, string> = {
    en: '{ "item_one": "{{count}} item", "item_other": "{{count}} items" }',
    es: '{ "item_one": "{{count}} elemento", "item_other": "{{count}} elementos" }',
  };
  const result = api.runCheck({
    config,
    locales: ['en', 'es'],
    namespaces: ['ui'],
    read: () =>
      ['en', 'es'].map((locale) => ({
        file: `locales/${locale}/ui.json`,
        locale,
        namespace: 'ui',
        bytes: Buffer.from(files[locale] as string),
      })),
  });
  expect(result.diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.ruleId} ${d.key}`)).toEqual([
    'locales/es/ui.json:1:3 plural-forms item_many',
  ]);
  expect(api.pluralFamily('es').categories).toEqual(['one', 'many', 'other']);
  expect(api.bundleRules.length).toBeGreaterThanOrEqual(15);
});

it('the public API checks ICU messages once the ICU parser is loaded', async () => {
  await api.loadIcuParser();
  const config = api.parseConfig({ locales: ['en', 'pl'], messageFormat: 'icu' });
  const files: Record<string, string> = {
    en: '{ "n": "{count, plural, one {# comment} other {# comments}}", "hi": "Hi {name}" }',
    pl: '{ "n": "{count, plural, one {# komentarz} other {# komentarze}}", "hi": "Cześć {name" }',
  };
  const result = api.runCheck({
    config,
    locales: ['en', 'pl'],
    namespaces: ['ui'],
    read: () =>
      ['en', 'pl'].map((locale) => ({
        file: `locales/${locale}/ui.json`,
        locale,
        namespace: 'ui',
        bytes: Buffer.from(files[locale] as string),
      })),
  });
  expect(result.diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.ruleId} ${d.key}`)).toEqual([
    'locales/pl/ui.json:1:9 plural-forms n',
    'locales/pl/ui.json:1:80 message-syntax hi',
  ]);
  expect(api.parseIcu('{n, number}').arguments.map((a) => a.kind)).toEqual(['number']);
});
