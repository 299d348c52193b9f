import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import i18next from 'i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { buildSite } from '../../src/build/write-site.js';
import { parseConfig } from '../../src/config/parse-config.js';
import { watchCheck, type WatchHandle } from '../../src/watch/watch-check.js';
import { lspClientsPerTest } from '../support/lsp-client.js';
import { runCommand } from '../sync/run-command.js';
import { tempProject } from '../support/temp-project.js';

/** One bundle layout: its pattern, where each locale's file is, and files beside them that are no bundles. */
interface Layout {
  name: string;
  config: Record<string, unknown>;
  namespace: string;
  file: (locale: string) => string;
  others: Record<string, string>;
  /** What check says of the other files (a JSON file in the bundle folder not named by a locale). */
  notes: string[];
}

const EN = '{\n  "title": "Title",\n  "home": "Home"\n}\n';
const ES = '{\n  "title": "Título"\n}\n';

const LAYOUTS: Layout[] = [
  {
    name: 'locales/{{lng}}/{{ns}}.json, a namespace in a subfolder',
    config: { bundles: 'locales/{{lng}}/{{ns}}.json' },
    namespace: 'views/settings',
    file: (lng) => `locales/${lng}/views/settings.json`,
    others: {},
    notes: [],
  },
  {
    name: 'i18n/{{lng}}.json, one namespace per locale',
    config: { bundles: 'i18n/{{lng}}.json' },
    namespace: 'translation',
    file: (lng) => `i18n/${lng}.json`,
    // A schema.json could be a locale misnamed; $schema.json (an editor's JSON Schema) cannot.
    others: {
      'i18n/schema.json': '{ "type": "object" }\n',
      'i18n/$schema.json': '{ "$schema": "http://json-schema.org/draft-07/schema#" }\n',
    },
    notes: ['i18n/schema.json locale-code '],
  },
  {
    name: 'locales/{{ns}}/{{lng}}.json, a folder per namespace',
    config: { bundles: 'locales/{{ns}}/{{lng}}.json' },
    namespace: 'common',
    file: (lng) => `locales/common/${lng}.json`,
    others: {},
    notes: [],
  },
  {
    name: '{{lng}}.json at the root, beside package.json and tsconfig.json',
    config: { bundles: '{{lng}}.json', defaultNamespace: 'app' },
    namespace: 'app',
    file: (lng) => `${lng}.json`,
    others: { 'package.json': '{ "name": "x", "title": "not a locale" }\n', 'tsconfig.json': '{ "compilerOptions": {} }\n' },
    notes: [],
  },
  {
    // jitsi-meet's: its loader maps en to lang/main.json, every other locale to lang/main-<lng>.json.
    name: 'lang/{{ns}}-{{lng}}.json, the source without its locale in the name (a fixed locale)',
    config: { bundles: ['lang/{{ns}}-{{lng}}.json', { pattern: 'lang/{{ns}}.json', locale: 'en' }], namespaces: ['main'] },
    namespace: 'main',
    file: (lng) => (lng === 'en' ? 'lang/main.json' : `lang/main-${lng}.json`),
    others: { 'lang/languages.json': '{ "es": "Español" }\n' },
    notes: [],
  },
  {
    // AdGuardHome's: its setup registers client/src/__locales-services/<lng>.json as namespace services.
    name: 'client/src/__locales-services/{{lng}}.json, a folder of one namespace its name does not say',
    config: {
      bundles: [
        { pattern: 'client/src/__locales/{{lng}}.json', namespace: 'translation' },
        { pattern: 'client/src/__locales-services/{{lng}}.json', namespace: 'services' },
      ],
    },
    namespace: 'services',
    file: (lng) => `client/src/__locales-services/${lng}.json`,
    others: { 'client/src/helpers/trackers/trackers.json': '{ "categories": {} }\n' },
    notes: [],
  },
  {
    // jitsi-meet's again, its source file named as one locale's one namespace.
    name: 'lang/main-{{lng}}.json beside lang/main.json, the source named by locale and namespace',
    config: {
      bundles: [
        { pattern: 'lang/main-{{lng}}.json', namespace: 'main' },
        { pattern: 'lang/main.json', locale: 'en', namespace: 'main' },
      ],
    },
    namespace: 'main',
    file: (lng) => (lng === 'en' ? 'lang/main.json' : `lang/main-${lng}.json`),
    others: { 'lang/languages.json': '{ "es": "Español" }\n' },
    notes: [],
  },
];

const roots: string[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

/** A project in the layout: en and es bundles (es lacks "home"), the other files, and its config. */
function project(layout: Layout, config: Record<string, unknown> = {}): string {
  const root = tempProject({
    [layout.file('en')]: EN,
    [layout.file('es')]: ES,
    ...layout.others,
    'l10n.config.json': JSON.stringify({ ...layout.config, ...config }),
  });
  roots.push(root);
  return root;
}

/** Every file of a project with its bytes, to show what a command left untouched. */
function snapshot(root: string): Map<string, string> {
  const files = readdirSync(root, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
  return new Map(
    files.map((entry) => [
      join(entry.parentPath, entry.name).slice(root.length + 1),
      readFileSync(join(entry.parentPath, entry.name), 'latin1'),
    ]),
  );
}

/** The files whose bytes differ between two snapshots, or that one of them lacks. */
function changed(before: Map<string, string>, after: Map<string, string>): string[] {
  return [...new Set([...before.keys(), ...after.keys()])].filter((file) => before.get(file) !== after.get(file)).sort();
}

describe.each(LAYOUTS)('the bundle layout $name', (layout) => {
  it('check reports the missing key in the locale file, and nothing about the other files', async () => {
    const root = project(layout);
    const result = await runCommand(['check', '--root', root, '--format', 'json']);
    const report = JSON.parse(result.stdout) as { diagnostics: { file: string; ruleId: string; key?: string }[] };
    expect(report.diagnostics.map((d) => `${d.file} ${d.ruleId} ${d.key ?? ''}`)).toEqual([
      `${layout.file('es')} missing-key home`,
      ...layout.notes,
    ]);
    expect(result.exitCode).toBe(1);
  });

  it('status has one row per locale of the namespace', async () => {
    const root = project(layout);
    const status = await runCommand(['status', '--root', root]);
    const rows = status.stdout.split('\n\n')[0]!.split('\n').slice(1);
    expect(rows.map((row) => row.split(/ +/).slice(0, 2).join(' '))).toEqual([`en ${layout.namespace}`, `es ${layout.namespace}`]);
  });

  it('export names the locale file and offers its missing string', async () => {
    const root = project(layout);
    const exported = await runCommand(['export', '--root', root, '--locale', 'es', '--format', 'po']);
    expect(exported.stdout).toContain(`#. ${layout.file('en')}: home\nmsgctxt "${layout.namespace}:home"\nmsgid "Home"\nmsgstr ""\n`);
  });

  it('sync adds the key in place and changes no other byte of any file', async () => {
    const root = project(layout);
    const before = snapshot(root);
    await runCommand(['sync', '--root', root]);
    const after = snapshot(root);
    expect(changed(before, after)).toEqual([layout.file('es')]);
    expect(after.get(layout.file('es'))).toBe(
      '{\n  "title": "Título",\n  "home": "Home"\n}\n'.replace('Título', Buffer.from('Título').toString('latin1')),
    );
  });

  it('sync creates a missing locale file where the pattern puts it', async () => {
    const root = project(layout, { locales: ['en', 'es', 'fr'] });
    const before = snapshot(root);
    await runCommand(['sync', '--root', root]);
    const after = snapshot(root);
    expect(changed(before, after)).toEqual([layout.file('es'), layout.file('fr')].sort());
    expect(JSON.parse(readFileSync(join(root, layout.file('fr')), 'utf8'))).toEqual({ title: 'Title', home: 'Home' });
  });

  it('import writes a translation back into the file it came from, and nowhere else', async () => {
    const root = project(layout);
    const xliff = join(root, '..', `${root.split('/').pop() ?? ''}-es.xlf`);
    roots.push(xliff);
    await runCommand(['export', '--root', root, '--locale', 'es', '--format', 'xliff', '--output', xliff]);
    writeFileSync(xliff, readFileSync(xliff, 'utf8').replace('<target>Título</target>', '<target>Titular</target>'));
    const before = snapshot(root);
    const imported = await runCommand(['import', xliff, '--root', root]);
    expect(imported.stdout).toContain(`changed  ${layout.file('es')}  title`);
    const after = snapshot(root);
    expect(changed(before, after)).toEqual([layout.file('es')]);
    expect(readFileSync(join(root, layout.file('es')), 'utf8')).toBe('{\n  "title": "Titular"\n}\n');
  });

  it('build reads the bundles into its runtime bundles', async () => {
    const root = project(layout, { build: { namespace: layout.namespace } });
    const config = parseConfig({ ...layout.config, build: { namespace: layout.namespace } });
    const summary = await buildSite(root, config, { now: new Date('2026-01-15T00:00:00Z') });
    expect(summary.errors).toEqual([]);
    const runtime = JSON.parse(readFileSync(join(root, 'dist/locales/es', `${layout.namespace}.json`), 'utf8')) as Record<string, unknown>;
    expect(runtime).toEqual({ title: 'Título', home: 'Home' });
    expect(existsSync(join(root, 'dist/locales/package'))).toBe(false);
  });

  describe('lsp', () => {
    const start = lspClientsPerTest();

    it('reports the missing key in the open locale file, under its namespace', async () => {
      const client = await start({
        [layout.file('en')]: EN,
        [layout.file('es')]: ES,
        ...layout.others,
        'l10n.config.json': JSON.stringify(layout.config),
      });
      await client.open(layout.file('es'), ES);
      const found = await client.until(layout.file('es'), (list) => list.some((d) => d.code === 'missing-key'));
      expect(found.map((d) => `${String(d.code)} ${d.message}`)).toEqual(['missing-key missing key "home"; en has "Home"']);
    });
  });

  describe('watch', () => {
    let handle: WatchHandle | undefined;
    afterEach(() => handle?.close());

    it('picks up an edit of a locale file', async () => {
      const root = project(layout);
      const out: string[] = [];
      handle = watchCheck(root, parseConfig(layout.config), { write: (text) => out.push(text) });
      writeFileSync(join(root, layout.file('es')), '{\n  "title": "Título",\n  "home": ""\n}\n');
      await until(() => out.some((text) => text.includes('empty-value')));
      expect(out.join('')).toContain(`── ${layout.file('es')}`);
      expect(out.join('')).toContain(`- fixed: ${layout.file('es')}:1:1 missing-key`);
    });
  });
});

function until(predicate: () => boolean): Promise<void> {
  return new Promise((resolve) => {
    const poll = (): void => (predicate() ? resolve() : void setTimeout(poll, 10));
    poll();
  });
}

describe('folders that name their namespaces in the config (AdGuardHome)', () => {
  const bundles = [
    { pattern: 'client/src/__locales/{{lng}}.json', namespace: 'translation' },
    { pattern: 'client/src/__locales-services/{{lng}}.json', namespace: 'services' },
  ];
  const translation = { blocked: 'Blocked by $t(services:youtube)', broken: 'See $t(services:nothing)' };
  const services = { youtube: 'YouTube' };

  it("reads $t(ns:key) in the namespace the entry names, as i18next resolves it, and reports by that namespace's name", async () => {
    const root = tempProject({
      'client/src/__locales/en.json': JSON.stringify(translation, null, 2),
      'client/src/__locales/es.json': JSON.stringify({ ...translation, blocked: 'Bloqueado por $t(services:youtube)' }, null, 2),
      'client/src/__locales-services/en.json': JSON.stringify(services, null, 2),
      'client/src/__locales-services/es.json': JSON.stringify(services, null, 2),
      'l10n.config.json': JSON.stringify({ bundles, locales: ['en', 'es'] }),
    });
    roots.push(root);
    const result = await runCommand(['check', '--root', root, '--format', 'json', '--rule', 'nesting']);
    const report = JSON.parse(result.stdout) as { diagnostics: { file: string; namespace: string; key: string; message: string }[] };
    expect(report.diagnostics.map((d) => `${d.file} ${d.namespace} ${d.key}`)).toEqual([
      'client/src/__locales/en.json translation broken',
      'client/src/__locales/es.json translation broken',
    ]);
    // i18next, given the files as the app registers them, resolves the one and not the other.
    const i18n = i18next.createInstance();
    void i18n.init({ initAsync: false, lng: 'en', resources: { en: { translation, services } } });
    expect(i18n.t('blocked')).toBe('Blocked by YouTube');
    expect(i18n.t('broken')).toBe('See nothing');
  });
});
