import { rmSync } from 'node:fs';
import { join } from 'node:path';
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/parse-config.js';
import { inferProject } from '../../src/init/infer-project.js';
import { readProjectSample } from '../../src/init/read-project-sample.js';
import { i18nSetupFiles } from '../../src/init/setup-options.js';
import { fallbackChain } from '../../src/project/fallback-chain.js';
import { diagnosticsOf } from '../support/check-lines.js';
import { tempProjectsPerTest } from '../support/temp-project.js';

/** A project as init sees it: every path, and the text of the JSON and setup files among them. */
function infer(files: Record<string, string>, extra: string[] = []) {
  return inferProject({ paths: [...Object.keys(files), ...extra], texts: new Map(Object.entries(files)) });
}

const bundle = (keys: Record<string, unknown>): string => JSON.stringify(keys, null, 2);
const project = tempProjectsPerTest();
const noise = ['package.json', 'tsconfig.json', 'src/app.ts', 'README.md', 'docs/guide.md'];

describe('inferProject: bundle layouts', () => {
  it('reads <dir>/{{lng}}/{{ns}}.json, namespaces in subfolders included', () => {
    const { config, found } = infer(
      {
        'public/locales/en/common.json': bundle({ a: 'A', b: { c: 'C' } }),
        'public/locales/en/views/settings.json': bundle({ title: 'Settings' }),
        'public/locales/de/common.json': bundle({ a: 'A de' }),
        'public/locales/pt-BR/common.json': bundle({ a: 'A pt' }),
      },
      noise,
    );
    expect(config).toEqual({ bundles: 'public/locales/{{lng}}/{{ns}}.json', sourceLocale: 'en', locales: ['en', 'de', 'pt-BR'] });
    expect(found).toEqual([
      'bundles public/locales/{{lng}}/{{ns}}.json: 4 files, 3 locales (de, en, pt-BR), 2 namespaces (common, views/settings)',
    ]);
  });

  it('counts a namespace in subfolders that the {{ns}}/{{lng}}.json pattern reads as its own, not as another layout', () => {
    const files = {
      'locales/app/en.json': bundle({ title: 'Folo' }),
      'locales/app/ja.json': bundle({ title: 'Folo ja' }),
      'locales/common/en.json': bundle({ ok: 'OK' }),
      'locales/common/ja.json': bundle({ ok: 'OK ja' }),
      'locales/mobile/default/en.json': bundle({ follow: 'Follow', share: 'Share' }),
      'locales/mobile/default/ja.json': bundle({ follow: 'Follow ja' }),
    };
    const { config, found, notes } = infer(files, noise);
    expect(config).toEqual({ bundles: 'locales/{{ns}}/{{lng}}.json', sourceLocale: 'en', locales: ['en', 'ja'] });
    expect(found).toEqual(['bundles locales/{{ns}}/{{lng}}.json: 6 files, 2 locales (en, ja), 3 namespaces (app, common, mobile/default)']);
    expect(notes.filter((note) => note.includes('mobile/default'))).toEqual([]);
    // The pattern reads the subfolder as a namespace, so adding its own pattern would read each file twice.
    const root = project(files);
    expect(diagnosticsOf(root, config).map((d) => `${d.file} ${d.ruleId} ${d.key ?? ''}`)).toEqual([
      'locales/mobile/default/ja.json missing-key share',
    ]);
  });

  it('reads {{ns}}-{{lng}}.json files, and a namespace file without a locale as English where English has none', () => {
    const files = {
      'lang/main.json': bundle({ a: 'A', b: 'B' }),
      'lang/main-de.json': bundle({ a: 'A de' }),
      'lang/main-pt-BR.json': bundle({ a: 'A pt', b: 'B pt' }),
      'lang/languages.json': bundle({ de: 'Deutsch' }),
      'lang/translation-languages.json': bundle({ de: 'German' }),
    };
    const { config, found, notes } = infer(files, noise);
    expect(config).toEqual({
      bundles: ['lang/{{ns}}-{{lng}}.json', { pattern: 'lang/{{ns}}.json', locale: 'en' }],
      sourceLocale: 'en',
      locales: ['en', 'de', 'pt-BR'],
      namespaces: ['main'],
    });
    expect(found).toEqual([
      'bundles lang/{{ns}}-{{lng}}.json and lang/{{ns}}.json for en: 3 files, 3 locales (de, en, pt-BR), 1 namespace (main)',
    ]);
    expect(notes.filter((note) => note.includes('translation-languages'))).toEqual([]);
    // The config reads the layout so: main.json is en's, and de lacks its "b".
    const root = project(files);
    expect(diagnosticsOf(root, config).map((d) => `${d.file} ${d.ruleId} ${d.key ?? ''}`)).toEqual(['lang/main-de.json missing-key b']);
  });

  it('reads {{ns}}.{{lng}}.json files with English among them, and takes no locale file for a namespace and a region', () => {
    const { config } = infer(
      {
        'i18n/messages.en.json': bundle({ a: 'A' }),
        'i18n/messages.fr.json': bundle({ a: 'A fr' }),
        'i18n/messages.json': bundle({ a: 'A' }),
      },
      noise,
    );
    expect(config).toMatchObject({ bundles: 'i18n/{{ns}}.{{lng}}.json', locales: ['en', 'fr'] });
    const byCode = infer({ 'locales/pt-BR.json': bundle({ a: 'A' }), 'locales/de-DE.json': bundle({ a: 'A de' }) }, noise);
    expect(byCode.config).toMatchObject({ bundles: 'locales/{{lng}}.json' });
  });

  it('reads {{lng}}.{{ns}}.json files, a locale with a region or script read whole', () => {
    const files = {
      'static/locales/en.client.json': bundle({ save: 'Save', open: 'Open' }),
      'static/locales/en.server.json': bundle({ welcome: 'Welcome' }),
      'static/locales/pt_BR.client.json': bundle({ save: 'Salvar' }),
      'static/locales/zh_Hant.client.json': bundle({ save: '儲存', open: '開啟' }),
      'static/locales/zh_Hant.server.json': bundle({ welcome: '歡迎' }),
    };
    const { config, found } = infer(files, noise);
    expect(config).toEqual({
      bundles: 'static/locales/{{lng}}.{{ns}}.json',
      sourceLocale: 'en',
      locales: ['en', 'pt_BR', 'zh_Hant'],
    });
    expect(found).toEqual([
      'bundles static/locales/{{lng}}.{{ns}}.json: 5 files, 3 locales (en, pt_BR, zh_Hant), 2 namespaces (client, server)',
    ]);
    // The config reads the layout so: pt_BR lacks "open" of client and has no server file.
    const root = project(files);
    expect(diagnosticsOf(root, config).map((d) => `${d.file} ${d.ruleId} ${d.key ?? ''}`)).toEqual([
      'static/locales/pt_BR.client.json missing-key open',
      'static/locales/pt_BR.server.json missing-key welcome',
    ]);
  });

  it('names the files its pattern matches that it did not take for locales (ptbr.json, a zhtw folder)', () => {
    const files = infer(
      {
        'locales/en.json': bundle({ save: 'Save' }),
        'locales/de.json': bundle({ save: 'Speichern' }),
        'locales/ptbr.json': bundle({ save: 'Salvar' }),
      },
      noise,
    );
    expect(files.config?.locales).toEqual(['en', 'de']);
    expect(files.notes[0]).toBe(
      'locales/ptbr.json matches locales/{{lng}}.json but is no locale l10n can check (a language tag, such as "pt-BR"): left out; list a tag in "locales", or rename the locale in the app and here',
    );
    const folders = infer(
      { 'locales/en/ui.json': bundle({ a: 'A' }), 'locales/de/ui.json': bundle({ a: 'B' }), 'locales/zhtw/ui.json': bundle({ a: '甲' }) },
      noise,
    );
    expect(folders.notes[0]).toMatch(/^locales\/zhtw\/ui.json matches locales\/\{\{lng\}\}\/\{\{ns\}\}.json but /);
  });

  it('proposes no pattern over a folder whose name holds {{ or }}, which a pattern cannot spell', () => {
    const { config } = infer({
      '{{tpl}}/en.json': bundle({ a: 'A' }),
      '{{tpl}}/fr.json': bundle({ a: 'A fr' }),
      '{{tpl}}/de.json': bundle({ a: 'A de' }),
      'i18n/en.json': bundle({ a: 'A' }),
      'i18n/fr.json': bundle({ a: 'A fr' }),
    });
    expect(config).toEqual({ bundles: 'i18n/{{lng}}.json', sourceLocale: 'en', locales: ['en', 'fr'] });
  });

  it('reads <dir>/{{lng}}.json as one namespace per locale', () => {
    const { config } = infer({ 'i18n/en.json': bundle({ a: 'A' }), 'i18n/fr.json': bundle({ a: 'A fr' }) }, noise);
    expect(config).toEqual({ bundles: 'i18n/{{lng}}.json', sourceLocale: 'en', locales: ['en', 'fr'] });
  });

  it('reads <dir>/{{ns}}/{{lng}}.json when two or more namespace folders hold the same locales', () => {
    const { config, found } = infer({
      'translations/common/en.json': bundle({ a: 'A' }),
      'translations/common/es.json': bundle({ a: 'A es' }),
      'translations/admin/en.json': bundle({ b: 'B' }),
      'translations/admin/es.json': bundle({ b: 'B es' }),
    });
    expect(config?.bundles).toBe('translations/{{ns}}/{{lng}}.json');
    expect(found[0]).toBe('bundles translations/{{ns}}/{{lng}}.json: 4 files, 2 locales (en, es), 2 namespaces (admin, common)');
  });

  it("reads the namespace from a folder further up (freesewing's designs/{{ns}}/i18n/{{lng}}.json)", () => {
    const designs = ['aaron', 'app', 'hi'];
    const files = Object.fromEntries(
      designs.flatMap((design) => [
        [`designs/${design}/i18n/en.json`, bundle({ [design]: 'Name' })],
        [`designs/${design}/i18n/de.json`, bundle({ [design]: 'Name de' })],
      ]),
    );
    const { config, found, notes } = infer(files);
    expect(config?.bundles).toBe('designs/{{ns}}/i18n/{{lng}}.json');
    expect(found[0]).toBe('bundles designs/{{ns}}/i18n/{{lng}}.json: 6 files, 2 locales (de, en), 3 namespaces (aaron, app, hi)');
    expect(notes.filter((note) => note.includes('bundle layouts'))).toEqual([]);
    const root = project({ ...files, 'designs/app/i18n/de.json': bundle({}) });
    expect(diagnosticsOf(root, config as Record<string, unknown>).map((d) => `${d.file}:${d.line}:${d.column} ${d.ruleId}`)).toEqual([
      'designs/app/i18n/de.json:1:1 missing-key',
    ]);
  });

  it("reads folders of one namespace split by locale as a pattern each (cherry-studio's i18n/locales and i18n/translate)", () => {
    const tree = (extra: Record<string, unknown> = {}) => ({ common: { save: 'Save', cancel: 'Cancel' }, title: 'Title', ...extra });
    const files = {
      'src/i18n/locales/en-US.json': bundle(tree({ items_one: '{{count}} item', items_other: '{{count}} items' })),
      'src/i18n/locales/zh-CN.json': bundle(tree({ items_other: '{{count}} 项' })),
      // Other plural forms of the same keys, and a key the source has not got yet: still the same tree.
      'src/i18n/translate/ru-RU.json': bundle(tree({ items_one: 'a', items_few: 'b', items_many: 'c', items_other: 'd' })),
      'src/i18n/translate/de-DE.json': bundle({ ...tree(), title: undefined, draft: 'Entwurf' }),
    };
    const { config, found, assumed } = infer(files, noise);
    expect(config).toEqual({
      bundles: ['src/i18n/locales/{{lng}}.json', 'src/i18n/translate/{{lng}}.json'],
      sourceLocale: 'en-US',
      locales: ['en-US', 'de-DE', 'ru-RU', 'zh-CN'],
    });
    expect(found).toEqual([
      'bundles src/i18n/locales/{{lng}}.json and src/i18n/translate/{{lng}}.json: 4 files, 4 locales (de-DE, en-US, ru-RU, zh-CN)',
    ]);
    expect(assumed[0]).toBe(
      "bundles: src/i18n/locales (en-US, zh-CN) and src/i18n/translate (de-DE, ru-RU) are one namespace split by locale, so each gets a pattern: no locale has a file in both, and at least 80% of each folder's keys are in the other too; read as a namespace per folder, every locale would lack the keys of the folders it is not in",
    );
    // Checked with that config, only what a locale lacks of the one tree is missing (the texts are no translations).
    const root = project(files);
    const layout = diagnosticsOf(root, config as Record<string, unknown>).filter((d) => ['missing-key', 'extra-key'].includes(d.ruleId));
    expect(layout.map((d) => `${d.file}:${d.line}:${d.column} ${d.ruleId} ${d.key}`)).toEqual([
      'src/i18n/translate/de-DE.json:1:1 missing-key title',
      'src/i18n/translate/de-DE.json:1:1 missing-key items',
      'src/i18n/translate/de-DE.json:6:3 extra-key draft',
    ]);
  });

  it("reads folders as the namespaces the setup registers them as (AdGuardHome's __locales as translation)", () => {
    // As AdGuardHome's client/src/i18n.ts: each folder imported, registered in resources, named in ns.
    const setup = [
      "import en from './__locales/en.json';",
      "import de from './__locales/de.json';",
      "import enServices from './__locales-services/en.json';",
      "import deServices from './__locales-services/de.json';",
      'const resources = {',
      '  en: { translation: en, services: convertServicesFormat(enServices) },',
      '  de: { translation: de, services: convertServicesFormat(deServices) },',
      '};',
      "i18n.init({ resources, ns: ['translation', 'services'], defaultNS: 'translation' });",
    ].join('\n');
    const files = {
      'client/src/i18n.ts': setup,
      'client/src/__locales/en.json': bundle({ blocked: 'Blocked by $t(services:youtube)', home: 'Home' }),
      'client/src/__locales/de.json': bundle({ blocked: 'Blockiert von $t(services:youtube)' }),
      'client/src/__locales-services/en.json': bundle({ youtube: 'YouTube' }),
      'client/src/__locales-services/de.json': bundle({ youtube: 'YouTube' }),
      'client/src/helpers/trackers/trackers.json': bundle({ categories: {} }),
    };
    const { config, found, assumed } = infer(files, noise);
    expect(config?.bundles).toEqual([
      { pattern: 'client/src/__locales-services/{{lng}}.json', namespace: 'services' },
      { pattern: 'client/src/__locales/{{lng}}.json', namespace: 'translation' },
    ]);
    expect(found).toEqual([
      'bundles client/src/__locales-services/{{lng}}.json and client/src/__locales/{{lng}}.json: 4 files, 2 locales (de, en), 2 namespaces (services, translation)',
    ]);
    expect(assumed[0]).toBe(
      "bundles: client/src/__locales-services/{{lng}}.json as services (not __locales-services), client/src/__locales/{{lng}}.json as translation (not __locales): client/src/i18n.ts registers their files so in i18next's resources, under namespaces its ns or defaultNS names, so each entry names its own",
    );
    // Checked with that config, the namespaces have the app's names and $t(services:youtube) resolves.
    const root = project(files);
    const findings = diagnosticsOf(root, config as Record<string, unknown>);
    expect(findings.map((d) => `${d.file}:${d.line}:${d.column} ${d.ruleId} ${d.namespace} ${d.key}`)).toEqual([
      'client/src/__locales-services/de.json:2:3 untranslated services youtube',
      'client/src/__locales/de.json:1:1 missing-key translation home',
    ]);
    // Read by the folders' names, the namespace services is not there and $t(services:youtube) resolves nowhere.
    const byFolder = diagnosticsOf(root, { ...config, bundles: 'client/src/{{ns}}/{{lng}}.json' }).filter((d) => d.ruleId === 'nesting');
    expect(byFolder.map((d) => `${d.file} ${d.namespace} ${d.key}`)).toEqual([
      'client/src/__locales/de.json __locales blocked',
      'client/src/__locales/en.json __locales blocked',
    ]);
    // Without the registration, the folders' names stay the namespaces.
    const unregistered = infer({
      ...files,
      'client/src/i18n.ts': setup.replace(/ns: \[[^\]]*\], /, '').replace("defaultNS: 'translation' ", ''),
    });
    expect(unregistered.config?.bundles).toBe('client/src/{{ns}}/{{lng}}.json');
  });

  it('keeps a namespace per folder where the folders share a locale, or less than half their keys', () => {
    const keys = (...names: string[]) => bundle(Object.fromEntries(names.map((name) => [name, name.toUpperCase()])));
    // The same locales in each folder (ousugo's cherry-studio: src/main and src/renderer): namespaces, even with the same keys.
    const sameLocales = infer({
      'src/main/i18n/en.json': keys('a', 'b'),
      'src/main/i18n/de.json': keys('a', 'b'),
      'src/renderer/i18n/en.json': keys('a', 'b'),
      'src/renderer/i18n/de.json': keys('a', 'b'),
    });
    expect(sameLocales.config?.bundles).toBe('src/{{ns}}/i18n/{{lng}}.json');
    // One locale in two folders: i18next would read one of the two, which init cannot tell.
    const oneShared = infer({
      'lang/app/en.json': keys('a'),
      'lang/app/de.json': keys('a'),
      'lang/extra/de.json': keys('a'),
      'lang/extra/fr.json': keys('a'),
    });
    expect(oneShared.config?.bundles).toBe('lang/{{ns}}/{{lng}}.json');
    // Disjoint locales, half of each folder's keys in the other: one namespace; less than half: namespaces of their own.
    const half = infer({
      'lang/app/en.json': keys('a', 'b', 'c', 'd'),
      'lang/app/fr.json': keys('a'),
      'lang/admin/de.json': keys('a', 'b', 'x', 'y'),
      'lang/admin/es.json': keys('a'),
    });
    expect(half.config?.bundles).toEqual(['lang/admin/{{lng}}.json', 'lang/app/{{lng}}.json']);
    const less = infer({
      'lang/app/en.json': keys('a', 'b', 'c', 'd'),
      'lang/app/fr.json': keys('a'),
      'lang/admin/de.json': keys('a', 'b', 'x', 'y', 'z'),
      'lang/admin/es.json': keys('a'),
    });
    expect(less.config?.bundles).toBe('lang/{{ns}}/{{lng}}.json');
    expect(less.assumed.filter((line) => line.startsWith('bundles:'))).toEqual([]);
    // A folder with no key to compare is no evidence of one tree.
    const empty = infer({
      'lang/app/en.json': keys('a'),
      'lang/app/fr.json': keys('a'),
      'lang/admin/de.json': '{}',
      'lang/admin/es.json': '{}',
    });
    expect(empty.config?.bundles).toBe('lang/{{ns}}/{{lng}}.json');
  });

  it('compares the key trees of a generated file nested 10,000 deep without overflowing the stack', () => {
    const deep = `${'{"a":'.repeat(10_000)}"x"${'}'.repeat(10_000)}`;
    const { config } = infer({ 'lang/app/en.json': deep, 'lang/app/fr.json': '{}', 'lang/more/de.json': deep, 'lang/more/es.json': '{}' });
    expect(config?.bundles).toEqual(['lang/app/{{lng}}.json', 'lang/more/{{lng}}.json']);
  });

  it('reads {{lng}}.json at the root, and never takes package.json or tsconfig.json for a locale', () => {
    const { config } = infer({ 'en.json': bundle({ a: 'A' }), 'de.json': bundle({}), 'pt-BR.json': bundle({}), 'package.json': '{}' }, [
      'tsconfig.json',
      'common.json',
    ]);
    expect(config).toEqual({ bundles: '{{lng}}.json', sourceLocale: 'en', locales: ['en', 'de', 'pt-BR'] });
  });

  it('finds the locale folder below folders named like languages (apps/web is not the locale "web", src not Sardinian)', () => {
    const { config } = infer({
      'apps/web/public/locales/en/common.json': bundle({ a: 'A' }),
      'apps/web/public/locales/ja/common.json': bundle({ a: 'A ja' }),
      'src/locales/en/app.json': bundle({ a: 'A' }),
    });
    expect(config?.bundles).toBe('apps/web/public/locales/{{lng}}/{{ns}}.json');
  });

  it("reads a folder word among locales as the language it names (wekan's ts.i18n.json, Tsonga), never a code folder", () => {
    const strings = bundle({ a: 'A' });
    // Files named by locale, one of them ts (Tsonga) or os (Ossetic): locales like their siblings.
    const wekan = infer({
      'imports/i18n/data/en.i18n.json': strings,
      'imports/i18n/data/de.i18n.json': strings,
      'imports/i18n/data/fr.i18n.json': strings,
      'imports/i18n/data/ts.i18n.json': strings,
    });
    expect(wekan.config?.bundles).toBe('imports/i18n/data/{{lng}}.{{ns}}.json');
    expect(wekan.config?.locales).toEqual(['en', 'de', 'fr', 'ts']);
    const files = infer({ 'i18n/en.json': strings, 'i18n/de.json': strings, 'i18n/fr.json': strings, 'i18n/os.json': strings });
    expect(files.config?.locales).toEqual(['en', 'de', 'fr', 'os']);
    // Folders: os/ holds the namespace the others hold; src/ and bin/ beside them hold code.
    const folders = infer({
      'en/common.json': strings,
      'de/common.json': strings,
      'fr/common.json': strings,
      'os/common.json': strings,
      'src/app/config.json': strings,
      'bin/cli.json': strings,
    });
    expect(folders.config).toEqual({ bundles: '{{lng}}/{{ns}}.json', sourceLocale: 'en', locales: ['en', 'de', 'fr', 'os'] });
    // Beside two locales only, or among code folders, a folder word stays a folder.
    expect(infer({ 'i18n/en.json': strings, 'i18n/de.json': strings, 'i18n/ts.json': strings }).config?.locales).toEqual(['en', 'de']);
    const code = infer({
      'locales/en/common.json': strings,
      'locales/de/common.json': strings,
      'src/ts/tsconfig.json': strings,
      'src/js/eslint.json': strings,
      'src/io/config.json': strings,
    });
    expect(code.config).toEqual({ bundles: 'locales/{{lng}}/{{ns}}.json', sourceLocale: 'en', locales: ['en', 'de'] });
    expect(code.notes.join('\n')).not.toMatch(/src\/(ts|io)/);
  });

  it('takes no group of short names for locales unless CLDR knows some of them (ui, api, app)', () => {
    expect(infer({ 'api/ui.json': '{}', 'api/app.json': '{}', 'config/dev.json': '{}' }).config).toBeUndefined();
  });

  it('does not search installed packages, build output, tests or hidden folders', () => {
    const skipped = infer({
      'node_modules/pkg/locales/en/a.json': '{}',
      'node_modules/pkg/locales/de/a.json': '{}',
      'dist/locales/en.json': '{}',
      'dist/locales/de.json': '{}',
      'tests/fixtures/i18n/en.json': '{}',
      'tests/fixtures/i18n/de.json': '{}',
      '.next/locales/en/a.json': '{}',
      '.next/locales/de/a.json': '{}',
    });
    expect(skipped).toEqual({ config: undefined, found: [], assumed: [], notes: [], otherFormats: [] });
  });

  it("names bundles in a format l10n does not read (Stirling-PDF's translation.toml, YAML, gettext)", () => {
    const toml = infer({}, ['public/locales/en-GB/translation.toml', 'public/locales/de-DE/translation.toml', 'config.toml']);
    expect(toml).toMatchObject({
      config: undefined,
      otherFormats: ['bundles public/locales/{{lng}}/{{ns}}.toml: 2 files, 2 locales (de-DE, en-GB), 1 namespace (translation)'],
    });
    const beside = infer({}, [
      'locale/de/LC_MESSAGES/app.po',
      'locale/fr/LC_MESSAGES/app.po',
      'i18n/en.yml',
      'i18n/de.yml',
      'docs/en/a.md',
      'docs/de/a.md',
    ]);
    expect(beside.config?.contentDir).toBe('docs');
    expect(beside.notes).toEqual(
      expect.arrayContaining([
        'also bundles i18n/{{lng}}.yml: 2 files, 2 locales (de, en): not read; l10n reads JSON bundles only',
        'also bundles locale/{{lng}}/{{ns}}.po: 2 files, 2 locales (de, fr), 1 namespace (LC_MESSAGES/app): not read; l10n reads JSON bundles only',
      ]),
    );
  });

  it('configures the largest layout and names the others', () => {
    const { config, notes } = infer({
      'locales/en/a.json': '{}',
      'locales/en/b.json': '{}',
      'locales/de/a.json': '{}',
      'locales/de/b.json': '{}',
      'packages/docs/i18n/en.json': '{}',
      'packages/docs/i18n/fr.json': '{}',
    });
    expect(config?.bundles).toBe('locales/{{lng}}/{{ns}}.json');
    expect(notes).toContain(
      'also bundles packages/docs/i18n/{{lng}}.json: 2 files, 2 locales (en, fr): not configured; add its pattern to bundles if it belongs to this project',
    );
  });

  it('names every other layout, past the three it describes (DocSpace: the shared Common tree was "1 more")', () => {
    const layout = (folder: string): Record<string, string> => ({
      [`${folder}/en/a.json`]: '{}',
      [`${folder}/de/a.json`]: '{}',
    });
    const { config, notes } = infer({
      'packages/client/public/locales/en/a.json': '{}',
      'packages/client/public/locales/en/b.json': '{}',
      'packages/client/public/locales/de/a.json': '{}',
      'packages/client/public/locales/de/b.json': '{}',
      ...layout('packages/login/public/locales'),
      ...layout('packages/editor/public/locales'),
      ...layout('packages/management/public/locales'),
      ...layout('public/locales'),
    });
    expect(config?.bundles).toBe('packages/client/public/locales/{{lng}}/{{ns}}.json');
    expect(notes.filter((note) => note.startsWith('also bundles'))).toHaveLength(3);
    expect(notes).toContain('and one more bundle layout, not configured either: public/locales/{{lng}}/{{ns}}.json');
  });
});

describe('inferProject: separators', () => {
  it('sets keySeparator false for flat files whose keys contain "."', () => {
    const { config, assumed } = infer({
      'i18n/en.json': bundle({ 'skipLink.label': 'Skip', search: 'Search' }),
      'i18n/fr.json': bundle({ 'skipLink.label': 'Passer' }),
    });
    expect(config?.keySeparator).toBe(false);
    expect(config?.nsSeparator).toBeUndefined();
    expect(assumed).toContain(
      'keySeparator: false: no i18next setup was found, and the source\'s bundles are flat and keys such as "skipLink.label" contain "."',
    );
  });

  it('keeps "." when the source nests objects beside a dotted key, and says so', () => {
    const { config, notes } = infer({ 'i18n/en.json': bundle({ 'a.b': 'A', c: { d: 'D' } }), 'i18n/fr.json': bundle({}) });
    expect(config?.keySeparator).toBeUndefined();
    expect(notes).toContain('keys such as "a.b" contain "." beside nested objects: keySeparator stays "."');
  });

  it("says nothing of the keys' dots where the setup gives keySeparator (AdGuardHome's false)", () => {
    const files = { 'i18n/en.json': bundle({ 'a.b': { message: 'A' }, c: 'C' }), 'i18n/fr.json': bundle({}) };
    const { config, notes } = infer({ ...files, 'src/i18n.ts': "i18n.init({ keySeparator: false, fallbackLng: 'en' });" });
    expect(config?.keySeparator).toBe(false);
    expect(notes.filter((note) => note.includes('keySeparator'))).toEqual([]);
  });

  it('follows the source, not a translation whose tool split its keys at "."', () => {
    const { config, notes } = infer({
      'en.json': bundle({ 'Saved.': 'Saved.', 'Visit example.com': 'Visit example.com' }),
      'de.json': bundle({ 'Saved.': 'Gespeichert.', 'Visit example': { com: 'Besuche example.com' } }),
      'fr.json': bundle({ 'Saved.': 'Enregistré.' }),
    });
    expect(config?.keySeparator).toBe(false);
    expect(notes).toContain(
      '1 translation nest objects where the source is flat (de.json): a tool split keys at "."; check will report them',
    );
  });

  it('sets nsSeparator false only for keys i18next would read as namespace:key, not natural language', () => {
    const { config, assumed } = infer({
      'locales/en/ui.json': bundle({ 'URL:': 'URL:', 'Note: saved': 'Note: saved' }),
      'locales/es/ui.json': '{}',
    });
    expect(config?.nsSeparator).toBe(false);
    expect(config?.keySeparator).toBeUndefined();
    expect(assumed).toContain(
      'nsSeparator: false: no i18next setup was found, and keys such as "URL:" contain ":", which i18next with its default would read as namespace:key; if the app keeps ":", remove it and check names the keys it splits',
    );
    const natural = infer({ 'locales/en/ui.json': bundle({ 'Note: saved': 'Note: saved' }), 'locales/es/ui.json': '{}' });
    expect(natural.config?.nsSeparator).toBeUndefined();
    // i18next with its defaults reads the natural-language key by its name, and URL: as namespace "URL".
    const i18n = i18next.createInstance();
    void i18n.init({ initAsync: false, lng: 'en', resources: { en: { translation: { 'URL:': 'URL:', 'Note: saved': 'Saved' } } } });
    expect([i18n.t('Note: saved'), i18n.t('URL:')]).toEqual(['Saved', '']);
  });

  it("keeps i18next's separators where the app's setup names none, and says which keys it splits (open-webui)", () => {
    const source = {
      'Saved.': 'Saved.',
      'Ollama.com: {{NAME}}': 'Ollama.com: {{NAME}}',
      'Warning:': 'Warning:',
      'http://localhost:8000': 'http://localhost:8000',
      'Note: saved': 'Note',
    };
    const files = {
      'src/lib/i18n/index.ts': "i18next.use(backend).init({ fallbackLng: { default: ['en-US'] }, returnEmptyString: false });",
      'src/lib/i18n/locales/en-US/translation.json': bundle(source),
      'src/lib/i18n/locales/de-DE/translation.json': bundle({ 'Saved.': 'Gespeichert.' }),
    };
    const { config, assumed, notes } = inferProject(readProjectSample(project(files)));
    expect(config?.keySeparator).toBeUndefined();
    expect(config?.nsSeparator).toBeUndefined();
    expect(assumed.filter((line) => line.includes('Separator'))).toEqual([]);
    expect(notes).toContain(
      'keys such as "Saved." contain "." and src/lib/i18n/index.ts sets no keySeparator: i18next still reads a flat key whole where no nested key shares its path, so keySeparator stays "."',
    );
    expect(notes).toContain(
      'keys such as "Ollama.com: {{NAME}}" contain ":" and src/lib/i18n/index.ts sets no nsSeparator: the app\'s i18next reads them as namespace:key, so key-collision reports them; reword them, or set nsSeparator: false in the app and here',
    );
    // check, with what init wrote, reports the keys the app's i18next splits, and only those.
    const root = project(files);
    const collisions = diagnosticsOf(root, config as Record<string, unknown>).filter((d) => d.ruleId === 'key-collision');
    expect(collisions.map((d) => d.key)).toEqual(['Ollama.com: {{NAME}}', 'Warning:', 'http://localhost:8000']);
    // i18next with its default separators: the dotted and natural-language keys read whole, the others split
    // (what is left of "Ollama.com: {{NAME}}" after its namespace is read as the key, and shown as such).
    const i18n = i18next.createInstance();
    void i18n.init({ initAsync: false, lng: 'en-US', resources: { 'en-US': { translation: source } } });
    expect(Object.keys(source).map((key) => i18n.t(key, { NAME: 'x' }))).toEqual(['Saved.', ' x', '', '//localhost.8000', 'Note']);
  });

  it('turns extra-key off where keys are the source text and its files hold only what differs (readest)', () => {
    const setup = "i18n.init({ fallbackLng: { default: ['en'] }, keySeparator: false, nsSeparator: false });";
    const en = {
      'Delete {{count}} books_one': 'Delete {{count}} book',
      'Delete {{count}} books_other': 'Delete {{count}} books',
      KingHwa_OldSong: 'KingHwa Song',
    };
    const translated = (lng: string) => ({
      'Delete {{count}} books_one': `${lng} 1`,
      'Delete {{count}} books_other': `${lng} {{count}}`,
      KingHwa_OldSong: 'KingHwa',
      'Open the book': `${lng} open`,
      'Sync with {{deviceName}}': `${lng} sync {{deviceName}}`,
      'About Readest': `${lng} about`,
    });
    const files = {
      'src/i18n/i18n.ts': setup,
      'public/locales/en/translation.json': bundle(en),
      'public/locales/de/translation.json': bundle(translated('de')),
      'public/locales/fr/translation.json': bundle(translated('fr')),
    };
    const { config, assumed } = infer(files);
    expect(config?.rules).toEqual({ 'extra-key': 'off' });
    expect(assumed).toContain(
      'rules: extra-key off: en\'s files hold 2 keys; a translation holds about 3 more that they lack, written as text ("Open the book"): keys are the en text, which i18next shows for a key no file has, so those are no extra keys; the rules that compare a translation with its source read only the keys en\'s files write',
    );
    // i18next shows German readers their text for a key en lacks, and English readers the key itself.
    const i18n = i18next.createInstance();
    const resources = { en: { translation: en }, de: { translation: translated('de') } };
    void i18n.init({ initAsync: false, resources, fallbackLng: { default: ['en'] }, keySeparator: false, nsSeparator: false });
    const t = (lng: string) => i18n.getFixedT(lng)('Sync with {{deviceName}}', { deviceName: 'Kobo' });
    expect([t('de'), t('en')]).toEqual(['de sync Kobo', 'Sync with Kobo']);
    const root = project(files);
    expect(diagnosticsOf(root, { ...config, rules: {} }).filter((d) => d.ruleId === 'extra-key')).toHaveLength(6);
    expect(diagnosticsOf(root, config).filter((d) => d.ruleId === 'extra-key')).toEqual([]);
    // Keys read at ".", or a few keys the source dropped, leave extra-key on.
    expect(infer({ ...files, 'src/i18n/i18n.ts': setup.replace('keySeparator: false, ', '') }).config?.rules).toBeUndefined();
    const full = {
      ...en,
      'Open the book': 'Open the book',
      'Sync with {{deviceName}}': 'Sync',
      'About Readest': 'About',
      'Close it': 'Close',
    };
    expect(infer({ ...files, 'public/locales/en/translation.json': bundle(full) }).config?.rules).toBeUndefined();
  });

  it('reports a bundle it cannot parse and still infers from the others', () => {
    const { config, notes } = infer({ 'i18n/en.json': bundle({ a: 'A' }), 'i18n/de.json': '{ "a": ' });
    expect(config?.sourceLocale).toBe('en');
    expect(notes[0]).toMatch(/^i18n\/de\.json: not read \(expected a value/);
  });
  it('reads a generated file nested 10,000 deep without overflowing the stack', () => {
    const deep = `${'{"a":'.repeat(10_000)}"x"${'}'.repeat(10_000)}`;
    const { config } = infer({ 'i18n/en.json': deep, 'i18n/de.json': '{}' });
    expect(config).toEqual({ bundles: 'i18n/{{lng}}.json', sourceLocale: 'en', locales: ['en', 'de'] });
  });
});

describe('inferProject: the source locale', () => {
  const keyed = (count: number): string => bundle(Object.fromEntries(Array.from({ length: count }, (_, i) => [`k${i}`, 'v'])));

  it("takes fallbackLng from the project's i18next setup", () => {
    const { config, assumed } = infer({
      'src/i18n.ts': "i18n.use(initReactI18next).init({ fallbackLng: ['de'], interpolation: { escapeValue: false } });",
      'src/locales/en/a.json': keyed(3),
      'src/locales/de/a.json': keyed(2),
    });
    expect(config).toMatchObject({ sourceLocale: 'de', locales: ['de', 'en'] });
    expect(assumed[0]).toBe('source locale de: fallbackLng in src/i18n.ts');
  });

  it("takes a fallbackLng object's default for the source and its other entries for fallbacks (open-webui)", () => {
    const setup = [
      'export const initI18n = (defaultLocale?: string | undefined) => {',
      "  const fallbackDefaultLocale = defaultLocale ? [defaultLocale] : ['en-US'];",
      "  i18next.use(backend).init({ fallbackLng: { fr: ['fr-FR'], default: fallbackDefaultLocale }, ns: 'translation' });",
      '};',
    ].join('\n');
    const root = project({
      'src/lib/i18n/index.ts': setup,
      ...Object.fromEntries(
        ['en-GB', 'en-US', 'fr-CA', 'fr-FR', 'de-DE'].map((l) => [`src/lib/i18n/locales/${l}/translation.json`, keyed(3)]),
      ),
    });
    const { config, assumed } = inferProject(readProjectSample(root));
    expect(config).toMatchObject({ sourceLocale: 'en-US', fallbacks: { fr: ['fr-FR'] } });
    expect(assumed[0]).toBe("source locale en-US: fallbackLng's default in src/lib/i18n/index.ts");
    expect(assumed).toContain(
      "fallbacks: src/lib/i18n/index.ts gives them in its fallbackLng, read as i18next reads it (a locale without an entry takes its language's, else default's)",
    );
    // The chains check follows with what init wrote are i18next's for the app's fallbackLng.
    const i18n = i18next.createInstance();
    void i18n.init({ initAsync: false, fallbackLng: { fr: ['fr-FR'], default: ['en-US'] } });
    const written = parseConfig(config as Record<string, unknown>);
    for (const locale of ['fr-CA', 'de-DE', 'en-GB'])
      expect(fallbackChain(locale, written), locale).toEqual(i18n.services.languageUtils.toResolveHierarchy(locale));
  });

  it("says so where fallbackLng is known only when the app runs (outline's fallbackLng: lng), and writes none", () => {
    const files = { 'locales/en/translation.json': keyed(3), 'locales/de/translation.json': keyed(2) };
    const setup =
      'export function initI18n(language = "en") {\n  const lng = language;\n  void i18n.init({ lng, fallbackLng: lng, keySeparator: false });\n}';
    const { config, assumed } = infer({ ...files, 'src/i18n.ts': setup });
    expect(config?.fallbacks).toBeUndefined();
    expect(assumed).toContain(
      'fallbacks not set: src/i18n.ts gives fallbackLng a value init cannot read (known only when the app runs), so each locale falls back to the source, en, as by default; if the app falls back otherwise, set fallbacks',
    );
    // A type that names the option gives it no value: nothing to say.
    const typed = infer({ ...files, 'src/i18n.ts': 'interface Options { fallbackLng?: string }\ni18n.init({ keySeparator: false });' });
    expect(typed.assumed.filter((line) => line.startsWith('fallbacks'))).toEqual([]);
  });

  it('writes no fallback for fallbackLng: false, as i18next resolves then', () => {
    const files = {
      'locales/en/translation.json': keyed(3),
      'locales/es/translation.json': keyed(2),
      'locales/es-AR/translation.json': keyed(1),
    };
    const { config, assumed } = infer({ ...files, 'src/i18n.ts': 'i18n.init({ fallbackLng: false, keySeparator: false });' });
    expect(config?.fallbacks).toEqual({ default: [] });
    expect(assumed).toContain(
      "fallbacks: { default: [] }: src/i18n.ts sets fallbackLng: false, so where a locale (and its language) lacks a key i18next shows the key, not en's text",
    );
    const i18n = i18next.createInstance();
    void i18n.init({ initAsync: false, fallbackLng: false });
    const written = parseConfig(config as Record<string, unknown>);
    for (const locale of ['es-AR', 'es', 'en'])
      expect(fallbackChain(locale, written), locale).toEqual(i18n.services.languageUtils.toResolveHierarchy(locale));
  });

  it("takes as source the locale whose text the named fallback holds, copied (a fork's zh.json that is en.json)", () => {
    const files: Record<string, string> = {
      'src/index.tsx': "i18n.init({ fallbackLng: 'zh', load: 'languageOnly' });",
      'assets/translations/en.json': bundle({ create: 'Create', remove: 'Delete', save: 'Save' }),
      'assets/translations/zh.json': bundle({ create: 'Create', remove: 'Delete', save: '保存' }),
      'assets/translations/de.json': bundle({ create: 'Erstellen', remove: 'Delete' }),
    };
    const { config, assumed } = infer(files);
    expect(config).toMatchObject({ sourceLocale: 'en', fallbacks: { default: ['zh'] } });
    expect(assumed[0]).toBe(
      "source locale en: zh, the fallbackLng in src/index.tsx, holds en's text: 2 of its 3 strings have no letter of its script and are en's, key for key; zh stays the fallback readers see (fallbacks: default)",
    );
    // Readers still see zh where a locale lacks a key: the chains are i18next's for fallbackLng 'zh'.
    const i18n = i18next.createInstance();
    const resources = Object.fromEntries(
      ['en', 'zh', 'de'].map((l) => [l, { translation: JSON.parse(files[`assets/translations/${l}.json`] ?? '') as object }]),
    );
    void i18n.init({ initAsync: false, lng: 'de', fallbackLng: 'zh', resources });
    expect(i18n.t('save')).toBe('保存');
    const written = parseConfig(config as Record<string, unknown>);
    for (const locale of ['de', 'en'])
      expect(fallbackChain(locale, written)).toEqual(i18n.services.languageUtils.toResolveHierarchy(locale));
    // check then finds the copies where readers see them, in zh, not in en, whose text they are.
    const untranslated = diagnosticsOf(project(files), config as Record<string, unknown>).filter((d) => d.ruleId === 'untranslated');
    expect(untranslated.map((d) => `${d.locale} ${d.key}`)).toEqual(['de remove', 'zh create', 'zh remove']);
    // A fallback written in its own script is the source, as named.
    const own = infer({ ...files, 'assets/translations/zh.json': bundle({ create: '创建', remove: 'Delete', save: '保存' }) });
    expect(own.config).toMatchObject({ sourceLocale: 'zh' });
    // So is one that shares its text with a locale of its own script (zh-HK as zh-TW writes it).
    const hant = bundle({ create: '建立', remove: '刪除', save: '儲存' });
    const shared = infer({
      'src/index.tsx': "i18n.init({ fallbackLng: 'zh-HK' });",
      'assets/translations/zh-HK.json': hant,
      'assets/translations/zh-TW.json': hant,
      'assets/translations/en.json': files['assets/translations/en.json'] ?? '',
    });
    expect(shared.config).toMatchObject({ sourceLocale: 'zh-HK' });
  });

  it("takes a fallbackLng string or list's first that names a locale folder (Grafana's en-US, Stirling-PDF's en-GB)", () => {
    const folders = (...locales: string[]) => Object.fromEntries(locales.map((l) => [`public/locales/${l}/translation.json`, keyed(2)]));
    const stirling = infer({
      'src/i18n.ts': "i18n.init({ fallbackLng: 'en-GB', load: 'currentOnly' });",
      ...folders('de-DE', 'en-GB', 'en-US'),
    });
    expect(stirling.config).toMatchObject({ sourceLocale: 'en-GB' });
    expect(stirling.config?.fallbacks).toBeUndefined();
    expect(stirling.assumed[0]).toBe('source locale en-GB: fallbackLng in src/i18n.ts');
    const list = infer({ 'src/i18n.ts': "i18n.init({ fallbackLng: ['pt-BR', 'pt'] });", ...folders('en', 'pt-BR') });
    expect(list.config).toMatchObject({ sourceLocale: 'pt-BR', fallbacks: { default: ['pt-BR', 'pt'] } });
    // A const of another setup file, imported by name (Grafana's DEFAULT_LANGUAGE).
    const imported = infer({
      'src/i18n/i18n.tsx': "import { DEFAULT_LANGUAGE } from './constants';\ni18n.init({ fallbackLng: DEFAULT_LANGUAGE });",
      'src/i18n/constants.ts': "export const DEFAULT_LANGUAGE = 'en-US';",
      ...folders('de-DE', 'en-GB', 'en-US'),
    });
    expect(imported.config?.sourceLocale).toBe('en-US');
    // A fallbackLng that names no locale folder is passed over.
    const absent = infer({ 'src/i18n.ts': "i18n.init({ fallbackLng: { default: ['en'] } });", ...folders('de-DE', 'en-US') });
    expect(absent.assumed[0]).toMatch(/^source locale en-US: English, the usual source/);
    expect(absent.config?.fallbacks).toBeUndefined();
  });

  it('takes the options the setup turns off: returnEmptyString, keySeparator, nsSeparator (homarr)', () => {
    const { config, assumed } = infer({
      'next-i18next.config.js': "module.exports = { i18n: { defaultLocale: 'en' }, returnEmptyString: false, keySeparator: false };",
      'public/locales/en/common.json': bundle({ title: '', ok: 'OK' }),
      'public/locales/de/common.json': bundle({ title: '', ok: 'Gut' }),
    });
    expect(config).toMatchObject({ keySeparator: false, returnEmptyString: false });
    expect(config?.nsSeparator).toBeUndefined();
    expect(assumed).toContain('returnEmptyString: false: next-i18next.config.js sets it so for i18next');
    expect(assumed).toContain('keySeparator: false: next-i18next.config.js sets it so for i18next');
  });

  it("takes next-i18next's own defaults where its config names no load or escapeValue (teable)", () => {
    const folders = {
      'public/locales/en/common.json': bundle({ a: 'A', b: 'B' }),
      'public/locales/pt/common.json': bundle({ a: 'A pt', b: 'B pt' }),
      'public/locales/pt-BR/common.json': bundle({ a: 'A br' }),
    };
    const config = "module.exports = { i18n: { defaultLocale: 'en', locales: ['en', 'pt', 'pt-BR'] } };";
    const next = infer({ 'next-i18next.config.js': config, ...folders });
    expect(next.config).toMatchObject({ load: 'currentOnly', interpolation: { escapeValue: false } });
    expect(next.assumed).toContain(
      'load: "currentOnly": next-i18next.config.js is next-i18next\'s config, which names no load: next-i18next then gives i18next currentOnly, so a locale falls back to no parent (es-AR not to es)',
    );
    expect(next.assumed).toContain(
      "interpolation.escapeValue: false: next-i18next.config.js is next-i18next's config, which names no escapeValue: next-i18next then gives i18next false, so {{- x}} and {{x}} show a value alike",
    );
    // next-i18next's defaults (load: 'currentOnly', fallbackLng its defaultLocale): pt-BR readers get en's "B", not pt's.
    const i18n = i18next.createInstance();
    const resources = Object.fromEntries(
      Object.entries(folders).map(([path, text]) => [path.split('/')[2], { common: JSON.parse(text) as object }]),
    );
    void i18n.init({
      initAsync: false,
      lng: 'pt-BR',
      fallbackLng: 'en',
      load: 'currentOnly',
      ns: 'common',
      defaultNS: 'common',
      resources,
    });
    expect(i18n.t('b')).toBe('B');
    expect(fallbackChain('pt-BR', parseConfig(next.config as Record<string, unknown>))).toEqual(
      i18n.services.languageUtils.toResolveHierarchy('pt-BR'),
    );
    // A config that names them keeps its own.
    const named = infer({
      'next-i18next.config.js': config.replace('} };', "}, load: 'all', interpolation: { escapeValue: true } };"),
      ...folders,
    });
    expect(named.config?.load).toBeUndefined();
    expect(named.config?.interpolation).toBeUndefined();
  });

  it('reads no setting from a comment, and a separator the setup names as a string (git-it)', () => {
    const { config, assumed } = infer({
      'config/i18next.config.js': [
        "i18n.init({ loadPath: 'https://cdn.example/{{lng}}.json', fallbackLng: 'de', nsSeparator: '~',",
        '  // keySeparator: false,',
        "  /* interpolation: { prefix: '{', suffix: '}' }, returnEmptyString: false */",
        '});',
      ].join('\n'),
      'src/locales/en/a.json': bundle({ 'a:b': 'A' }),
      'src/locales/de/a.json': bundle({ 'a:b': 'B' }),
    });
    expect(config).toMatchObject({ sourceLocale: 'de', nsSeparator: '~' });
    expect(config?.keySeparator).toBeUndefined();
    expect(config?.interpolation).toBeUndefined();
    expect(config?.returnEmptyString).toBeUndefined();
    expect(assumed).toContain('nsSeparator: "~": config/i18next.config.js sets it so for i18next');
  });

  it("takes load: 'currentOnly' from the setup", () => {
    const { config, assumed } = infer({
      'src/i18n.ts': "i18n.init({ fallbackLng: 'en', load: 'currentOnly' });",
      'src/locales/en/a.json': bundle({ a: 'A' }),
      'src/locales/zh-TW/a.json': bundle({ a: '甲' }),
    });
    expect(config?.load).toBe('currentOnly');
    expect(assumed).toContain('load: "currentOnly": src/i18n.ts sets it, so a locale falls back to no parent (es-AR not to es)');
  });

  it("takes the setup's interpolation prefix, suffix and escapeValue (erda-ui's {name})", () => {
    const { config, assumed } = infer({
      'src/i18n.js':
        "i18n.init({ fallbackLng: 'en', interpolation: { escapeValue: false, prefix: '{', suffix: '}' }, nestingPrefix: '$t(' });",
      'src/locales/en/a.json': bundle({ a: 'Hi {name}' }),
      'src/locales/de/a.json': bundle({ a: 'Hallo {name}' }),
    });
    expect(config?.interpolation).toEqual({ prefix: '{', suffix: '}', escapeValue: false });
    expect(assumed).toContain('interpolation: src/i18n.js gives i18next the prefix "{" and suffix "}", so variables read {name}');
    expect(assumed).toContain('interpolation.escapeValue: false: src/i18n.js sets it, so {- x} and {x} show a value alike');
    const plain = infer({
      'src/i18n.js': "i18n.init({ fallbackLng: 'en', interpolation: { prefix: '{{', suffix: '}}' } });",
      'src/locales/en/a.json': bundle({ a: 'A' }),
      'src/locales/de/a.json': bundle({ a: 'B' }),
    });
    expect(plain.config?.interpolation).toBeUndefined();
  });

  it('turns escaping off only where every setup does, reading each interpolation object to its brace (karakeep)', () => {
    const files = {
      'src/locales/en/a.json': bundle({ a: 'A {{x}}' }),
      'src/locales/de/a.json': bundle({ a: 'B {{x}}' }),
    };
    const mixed = infer({
      ...files,
      'src/i18n/client.ts': "i18n.init({ fallbackLng: 'en', interpolation: { escapeValue: false } });",
      'src/i18n/server.ts': "instance.init({ fallbackLng: 'en', interpolation: { prefix: '{{' } });",
    });
    expect(mixed.config?.interpolation).toBeUndefined();
    expect(mixed.notes).toContain(
      "src/i18n/client.ts sets escapeValue: false but src/i18n/server.ts keeps i18next's escaping: interpolation.escapeValue stays true, so {{- x}} for {{x}} is still a warning",
    );
    const beyond = infer({
      ...files,
      'src/i18n.ts':
        'i18n.init({ interpolation: { escapeValue: true, format: (v) => { return v; } } });\nexport const sanitize = { escapeValue: false };',
    });
    expect(beyond.config?.interpolation).toBeUndefined();
  });

  it("reads a backend plugin's own init method as no setup of i18next's (Stirling-PDF's tomlBackend.ts)", () => {
    const backend = [
      'export default class TomlBackend {',
      "  static type = 'backend' as const;",
      '  constructor(services?: unknown, options?: Options) {',
      '    this.init(services, options);',
      '  }',
      '  init(_services?: unknown, options?: Options): void {',
      '    this.options = options;',
      '  }',
      '  read(language: string, namespace: string, callback: ReadCallback): void {',
      "    callback(null, { a: 'A <b>{{x}}</b>' });",
      '  }',
      '}',
    ].join('\n');
    const root = project({
      'src/i18n.ts': "i18n.use(TomlBackend).init({ fallbackLng: 'en-US', interpolation: { escapeValue: false } });",
      'src/i18n/tomlBackend.ts': backend,
      'public/locales/en-US/translation.json': bundle({ a: 'A {{x}}' }),
      'public/locales/de-DE/translation.json': bundle({ a: 'B {{x}}' }),
    });
    const { config, assumed, notes } = inferProject(readProjectSample(root));
    expect(config?.interpolation).toEqual({ escapeValue: false });
    expect(assumed).toContain('interpolation.escapeValue: false: src/i18n.ts sets it, so {{- x}} and {{x}} show a value alike');
    expect(notes.filter((note) => note.includes('escap'))).toEqual([]);
    rmSync(join(root, 'src/i18n.ts'));
    // The script read calls no init of i18next's: init names it rather than saying it found none.
    expect(inferProject(readProjectSample(root)).notes).toContainEqual(
      expect.stringMatching(/^no call of i18next's init found in src\/i18n\/tomlBackend\.ts: /),
    );
    // i18next itself: a backend's own init method leaves the options of i18next's init as given.
    class Backend {
      static type = 'backend' as const;
      init(): void {}
      read(_lng: string, _ns: string, callback: (error: null, data: Record<string, string>) => void): void {
        callback(null, { a: 'A {{x}}' });
      }
    }
    const i18n = i18next.createInstance().use(Backend);
    void i18n.init({ initAsync: false, lng: 'en-US', interpolation: { escapeValue: false } });
    expect(i18n.t('a', { x: '<b>' })).toBe('A <b>');
  });

  it('reads the init a setup imports from i18next as its setup (youtube-music)', () => {
    const setup = [
      "import i18next, { init, t as i18t } from 'i18next';",
      "export const loadI18n = async () => await init({ resources: await languageResources(), fallbackLng: 'en' });",
    ].join('\n');
    const files = {
      'src/i18n/index.ts': setup,
      'src/i18n/resources/en.json': bundle({ a: 'A' }),
      'src/i18n/resources/de.json': bundle({ a: 'B' }),
    };
    expect(infer(files).notes.filter((note) => note.includes('init found'))).toEqual([]);
  });

  it("says when it finds no setup, and names the locales the setup's supportedLngs leaves out (Heroic)", () => {
    const files = {
      'public/locales/en/translation.json': bundle({ a: 'A' }),
      'public/locales/de/translation.json': bundle({ a: 'B' }),
      'public/locales/ka/translation.json': bundle({ a: 'C' }),
    };
    expect(infer(files).notes).toContain(
      "no i18next setup found (i18n.ts, next-i18next.config.js, a script below an i18n folder): returnEmptyString, the separators, load and interpolation keep i18next's defaults; set them in the config if the app's init changes them",
    );
    // An app's entry file that initialises i18next itself is read too.
    const setup = {
      'src/frontend/index.tsx': "i18next.init({ fallbackLng: 'en', returnEmptyString: false, supportedLngs: ['en', 'de'] });",
    };
    const { config, notes } = infer({ ...files, ...setup });
    expect(config).toMatchObject({ returnEmptyString: false, locales: ['en', 'de'] });
    expect(notes.filter((note) => !note.startsWith('no article tree'))).toEqual([
      'ka is not in the supportedLngs of src/frontend/index.tsx: i18next never loads it (a reader who picks it gets the fallbacks), so it is left out of locales; list it in both to check it',
    ]);
  });

  it("leaves out the locale folders supportedLngs never loads, read through Object.keys of an imported const (Stirling-PDF's bo-CN)", () => {
    const languages =
      "export const supportedLanguages: Record<string, string> = {\n  'en-GB': 'English',\n  'de-DE': 'Deutsch',\n  'sr-LATN-RS': 'Srpski',\n  'pt-BR': 'Português',\n};\n";
    const setup = [
      "import { supportedLanguages } from '@app/i18n/languages';",
      "i18n.use(TomlBackend).init({ fallbackLng: 'en-GB', supportedLngs: Object.keys(supportedLanguages), load: 'currentOnly' });",
    ].join('\n');
    const files = {
      'src/i18n.ts': setup,
      'src/i18n/languages.ts': languages,
      ...Object.fromEntries(
        ['en-GB', 'de-DE', 'bo-CN', 'pt-br', 'sr-LATN-RS'].map((l) => [`public/locales/${l}/translation.json`, bundle({ a: l })]),
      ),
    };
    const { config, assumed, notes } = inferProject(readProjectSample(project(files)));
    // pt-br is listed as i18next writes it (pt-BR): that it never reads the folder so named is locale-code's to report.
    expect(config?.locales).toEqual(['en-GB', 'de-DE', 'pt-br', 'sr-LATN-RS']);
    expect(notes).toContain(
      'bo-CN is not in the supportedLngs of src/i18n.ts: i18next never loads it (a reader who picks it gets the fallbacks), so it is left out of locales; list it in both to check it',
    );
    expect(assumed).toContain(
      'locales: the 5 locales found but 1 the app never loads (see the notes), listed so that a stray file is never taken for one; add new locales there',
    );
    // i18next itself: with bo-CN outside supportedLngs it loads only the fallback; de-DE it loads.
    const loaded: string[] = [];
    const backend = {
      type: 'backend' as const,
      init: () => {},
      read: (lng: string, _ns: string, done: (e: null, d: object) => void) => (loaded.push(lng), done(null, { a: lng })),
    };
    const i18n = i18next.createInstance().use(backend);
    void i18n.init({ initAsync: false, lng: 'bo-CN', fallbackLng: 'en-GB', supportedLngs: ['en-GB', 'de-DE'], load: 'currentOnly' });
    expect([loaded, i18n.t('a')]).toEqual([['en-GB'], 'en-GB']);
    void i18n.changeLanguage('de-DE');
    expect([loaded, i18n.t('a')]).toEqual([['en-GB', 'de-DE'], 'de-DE']);
    // Read as the language alone under nonExplicitSupportedLngs; said nothing of a list init cannot read.
    const byLanguage = infer({
      ...files,
      'src/i18n.ts': "i18n.init({ fallbackLng: 'en-GB', supportedLngs: ['en', 'de'], nonExplicitSupportedLngs: true });",
    });
    expect(byLanguage.config?.locales).toEqual(['en-GB', 'de-DE']);
    const computed = infer({
      ...files,
      'src/i18n.ts': "i18n.init({ fallbackLng: 'en-GB', supportedLngs: LANGUAGES.map((l) => l.code) });",
    });
    expect(computed.config?.locales).toEqual(['en-GB', 'bo-CN', 'de-DE', 'pt-br', 'sr-LATN-RS']);
    // A list without the source is no list of the folders' codes: nothing is left out.
    const other = infer({ ...files, 'src/i18n.ts': "i18n.init({ fallbackLng: 'en-GB', supportedLngs: ['de-DE', 'fr-FR'] });" });
    expect(other.config?.locales).toEqual(['en-GB', 'bo-CN', 'de-DE', 'pt-br', 'sr-LATN-RS']);
    expect(computed.notes.filter((note) => note.includes('supportedLngs'))).toEqual([]);
  });

  it("leaves out the locales next-i18next's i18n.locales leaves out (homarr's gl, lol, zh)", () => {
    const { config, notes } = infer({
      'next-i18next.config.js':
        "module.exports = {\n  i18n: {\n    defaultLocale: 'en',\n    locales: ['ar', 'de', 'en'],\n    localeDetection: false,\n  },\n  fallbackLng: 'en',\n};\n",
      'public/locales/en/common.json': bundle({ a: 'A' }),
      'public/locales/de/common.json': bundle({ a: 'B' }),
      'public/locales/gl/common.json': bundle({ a: 'C' }),
      'public/locales/lol/common.json': bundle({ a: 'D' }),
    });
    expect(config?.locales).toEqual(['en', 'de']);
    expect(notes).toContain(
      'gl, lol are not in the i18n.locales of next-i18next.config.js: Next.js never serves them (a reader who picks them gets the fallbacks), so they are left out of locales; list them in both to check them',
    );
  });

  it("keeps every locale when next-i18next's i18n.locales routes the source alone (the app picks the language)", async () => {
    const { config, notes } = infer({
      'next-i18next.config.js': "module.exports = { i18n: { defaultLocale: 'en', locales: ['en'] }, serializeConfig: false };",
      'public/locales/en/common.json': bundle({ a: 'A' }),
      'public/locales/de/common.json': bundle({ a: 'B' }),
      'public/locales/pt-BR/common.json': bundle({ a: 'C' }),
    });
    expect(config?.locales).toEqual(['en', 'de', 'pt-BR']);
    expect(notes).toContain(
      'the i18n.locales of next-i18next.config.js names en alone: that is the one route Next.js serves, and the app picks the other locales itself (serverSideTranslations or changeLanguage with a language of its own), so every locale found is checked',
    );
    // next-i18next preloads i18n.locales (en) and inits i18next with the language it is given: i18next loads that one too.
    const loaded: string[] = [];
    const backend = {
      type: 'backend' as const,
      init: () => {},
      read: (lng: string, _ns: string, done: (e: null, r: object) => void) => (loaded.push(lng), done(null, { a: lng })),
    };
    const i18n = i18next.createInstance().use(backend);
    await i18n.init({ lng: 'de', fallbackLng: 'en', preload: ['en'], ns: ['common'], defaultNS: 'common' });
    expect(i18n.t('a')).toBe('de');
    expect(loaded).toContain('de');
  });

  it("gives format-mismatch the formatters the setup adds (homepage's bytes and rate in next-i18next.config.js)", async () => {
    const setup = [
      'module.exports = {',
      "  i18n: { defaultLocale: 'en', locales: ['en', 'de'] },",
      '  use: [{ type: "3rdParty", init: (i18next) => {',
      '    i18next.services.formatter.add("bytes", (value) => `${value} B`);',
      "    i18next.services.formatter.addCached('rate', () => (value) => `${value} B/s`);",
      "    i18next.services.formatter.add('number', (value) => value);",
      '  } }],',
      '};',
    ].join('\n');
    const files = {
      'next-i18next.config.js': setup,
      'public/locales/en/common.json': bundle({ size: '{{value, bytes}}', speed: '{{value, rate}}' }),
      'public/locales/de/common.json': bundle({ size: '{{value, bytes}}', speed: '{{value, bytes}}' }),
    };
    const { config, assumed } = infer(files);
    expect(config?.rules).toEqual({ 'format-mismatch': ['error', { formatters: ['bytes', 'rate'] }] });
    expect(assumed).toContain(
      'rules: format-mismatch formatters bytes, rate: next-i18next.config.js adds them to i18next (formatter.add), so strings may use them ({{value, bytes}})',
    );
    // With them, de's bytes is no unknown formatter: only the one the source does not use here is named, as the other one.
    const found = diagnosticsOf(project(files), config as Record<string, unknown>).filter((d) => d.ruleId === 'format-mismatch');
    expect(found.map((d) => `${d.file}:${d.line}:${d.column} ${d.severity} ${d.message}`)).toEqual([
      'public/locales/de/common.json:3:3 warning writes {{value, bytes}} where the en source "speed" writes {{value, rate}}',
    ]);
    // i18next itself formats with a formatter the app adds: readers of de see bytes, not a rate.
    const i18n = i18next.createInstance();
    await i18n.init({ lng: 'de', resources: { de: { translation: { speed: '{{value, bytes}}' } } } });
    i18n.services.formatter?.add('bytes', (value: unknown) => `${String(value)} B`);
    expect(i18n.t('speed', { value: 5 })).toBe('5 B');
  });

  it("reads a setup below an i18n folder, whatever its name (plane's packages/i18n/src/core/instance.ts)", () => {
    const modules = Object.fromEntries(Array.from({ length: 25 }, (_, i) => [`packages/i18n/src/locales/m${i}.ts`, 'export default {};']));
    const { config, assumed } = infer({
      ...modules,
      'packages/i18n/src/core/instance.ts': "i18next.init({ fallbackLng: 'de', interpolation: { prefix: '{', suffix: '}' } });",
      'packages/i18n/src/types/options.d.ts': "export interface Options { fallbackLng: 'fr' }",
      'packages/i18n/src/locales/en/a.json': bundle({ a: 'A {x}' }),
      'packages/i18n/src/locales/de/a.json': bundle({ a: 'B {x}' }),
      'packages/i18n/src/locales/fr/a.json': bundle({ a: 'C {x}' }),
    });
    expect(config).toMatchObject({ sourceLocale: 'de', interpolation: { prefix: '{', suffix: '}' } });
    expect(assumed[0]).toBe('source locale de: fallbackLng in packages/i18n/src/core/instance.ts');
  });

  it("reads a setup right inside a locales folder, after the entry files (lobe-chat's src/locales/create.ts)", () => {
    const files = {
      'src/locales/create.ts': 'i18n.init({ fallbackLng: DEFAULT_LANG, interpolation: { escapeValue: false } });',
      'src/locales/default/chat.ts': "export default { title: 'A' };",
      'locales/en-US/models.json': bundle({ 'model-v1:0': { description: 'A' } }),
      'locales/de-DE/models.json': bundle({ 'model-v1:0': { description: 'B' } }),
    };
    const { config, notes } = infer(files);
    // The setup sets no nsSeparator: the app's i18next splits "model-v1:0.description", so check must see ":" as i18next does.
    expect(config).toMatchObject({ sourceLocale: 'en-US', interpolation: { escapeValue: false } });
    expect(config?.nsSeparator).toBeUndefined();
    expect(notes[0]).toMatch(/^keys such as "model-v1:0" contain ":" and src\/locales\/create\.ts sets no nsSeparator/);
    const i18n = i18next.createInstance();
    void i18n.init({
      initAsync: false,
      lng: 'de-DE',
      ns: 'models',
      defaultNS: 'models',
      resources: { 'de-DE': { models: { 'model-v1:0': { description: 'B' } } } },
    });
    expect(i18n.t('model-v1:0.description')).toBe('0.description');
    // An entry file comes before it, and a locale's own module there is no setup.
    expect(i18nSetupFiles(['src/locales/de.ts', 'src/locales/create.ts', 'src/main.ts'])).toEqual(['src/main.ts', 'src/locales/create.ts']);
  });

  it("reads a setup named for translating, after the others (thorium-reader's services/translator.ts)", () => {
    const files = {
      'src/common/services/translator.ts': "const i = i18next.createInstance();\ni.init({ nsSeparator: ':', fallbackLng: 'de' });",
      'src/resources/locales/en.json': bundle({ a: 'A' }),
      'src/resources/locales/de.json': bundle({ a: 'B' }),
    };
    const { config, assumed } = infer(files);
    expect(config).toMatchObject({ sourceLocale: 'de', nsSeparator: ':' });
    expect(assumed[0]).toBe('source locale de: fallbackLng in src/common/services/translator.ts');
    // A locale's own module of that name is no setup.
    expect(i18nSetupFiles(['src/locales/de/translation.ts', 'src/i18n.ts', 'src/lib/translate.js'])).toEqual([
      'src/i18n.ts',
      'src/lib/translate.js',
    ]);
  });

  it("reads a setup whose file or folder name holds i18n at any depth (lemmy's I18NextService.ts, hedgedoc's setupI18n.ts, SigNoz's ReactI18/)", () => {
    const many = Object.fromEntries(Array.from({ length: 25 }, (_, i) => [`src/app/m${i}/index.ts`, 'export default {};']));
    const locales = {
      'lang/en.json': bundle({ a: 'A' }),
      'lang/de.json': bundle({ a: 'B' }),
      'lang/fr.json': bundle({ a: 'C' }),
    };
    const lemmy = infer({
      ...many,
      ...locales,
      'src/shared/services/I18NextService.ts':
        "const options: InitOptions = { returnEmptyString: false, fallbackLng: 'fr' };\nconst i18n = i18next.createInstance(options);\nawait i18n.init();",
    });
    expect(lemmy.config).toMatchObject({ sourceLocale: 'fr', returnEmptyString: false });
    expect(lemmy.assumed[0]).toBe('source locale fr: fallbackLng in src/shared/services/I18NextService.ts');
    const hedgedoc = infer({
      ...many,
      ...locales,
      'frontend/src/components/application-loader/initializers/setupI18n.ts':
        "await i18n.use(initReactI18next).init({ fallbackLng: 'de', interpolation: { escapeValue: false } });",
    });
    expect(hedgedoc.config).toMatchObject({ sourceLocale: 'de', interpolation: { escapeValue: false } });
    // Its tests' stand-in, nearer the root, is not the app's setup (hedgedoc's frontend/src/test-utils/mock-i18n.ts).
    const mocked = infer({
      ...many,
      ...locales,
      'frontend/src/components/application-loader/initializers/setupI18n.ts': "await i18n.init({ fallbackLng: 'de' });",
      'frontend/src/test-utils/mock-i18n.ts': "i18n.init({ lng: 'fr', fallbackLng: 'fr', returnEmptyString: false });",
      'frontend/src/i18nMock.ts': "i18n.init({ fallbackLng: 'fr' });",
    });
    expect(mocked.config).toMatchObject({ sourceLocale: 'de' });
    expect(mocked.config?.returnEmptyString).toBeUndefined();
    expect(mocked.assumed[0]).toBe('source locale de: fallbackLng in frontend/src/components/application-loader/initializers/setupI18n.ts');
    const signoz = infer({
      ...many,
      ...locales,
      'frontend/src/ReactI18/index.tsx': "i18n.use(initReactI18next).init({ fallbackLng: 'de', interpolation: { escapeValue: false } });",
    });
    expect(signoz.config).toMatchObject({ sourceLocale: 'de', interpolation: { escapeValue: false } });
  });

  it("reads the setup nearest the bundles, not another app's of the repository (headlamp's frontend and electron)", () => {
    const { config, assumed } = infer({
      'app/electron/i18next.config.ts': "i18next.init({ fallbackLng: 'en', lowerCaseLng: true, nsSeparator: '|' });",
      'frontend/src/i18n/config.ts': "i18next.init({ fallbackLng: { pt: ['pt-PT', 'en'], default: ['en'] }, nsSeparator: '|' });",
      'frontend/src/i18n/locales/en/translation.json': bundle({ a: 'A' }),
      'frontend/src/i18n/locales/pt-PT/translation.json': bundle({ a: 'B' }),
      'frontend/src/i18n/locales/pt-BR/translation.json': bundle({ a: 'C' }),
    });
    expect(config).toMatchObject({ sourceLocale: 'en', fallbacks: { pt: ['pt-PT', 'en'] }, nsSeparator: '|' });
    expect(config?.lowerCaseLng).toBeUndefined();
    expect(assumed[0]).toBe("source locale en: fallbackLng's default in frontend/src/i18n/config.ts");
    // i18next 26 shows pt-BR a key it lacks from pt-PT, as the frontend's fallbackLng says.
    const i18n = i18next.createInstance();
    void i18n.init({
      initAsync: false,
      lng: 'pt-BR',
      fallbackLng: { pt: ['pt-PT', 'en'], default: ['en'] },
      resources: { 'pt-PT': { translation: { b: 'PT' } }, en: { translation: { b: 'EN' } } },
    });
    expect(i18n.t('b')).toBe('PT');
  });

  it("reads lower-case folders by i18next's code where the setup's loader lower-cases it (headlamp's pt-br/)", () => {
    const loader = 'import(`./locales/${language.toLowerCase()}/${namespace}.json`).then((r) => callback(null, r.default));';
    const files = (setup: string) => ({
      'src/i18n/config.ts': `i18next.use({ type: 'backend', read(language, namespace, callback) { ${setup} } }).init({ fallbackLng: 'en' });`,
      'src/i18n/locales/en/translation.json': bundle({ a: 'A' }),
      'src/i18n/locales/pt-br/translation.json': bundle({ a: 'B' }),
      'src/i18n/locales/zh-tw/translation.json': bundle({ a: 'C' }),
      'src/i18n/locales/de/translation.json': bundle({ a: 'D' }),
    });
    const { config, assumed } = infer(files(loader));
    expect(config).toMatchObject({ localeNames: { 'pt-BR': 'pt-br', 'zh-TW': 'zh-tw' }, locales: ['en', 'de', 'pt-BR', 'zh-TW'] });
    expect(assumed).toContain(
      'localeNames: src/i18n/config.ts lower-cases the code it loads, so pt-br/ is read as pt-BR, zh-tw/ is read as zh-TW, as the app reads them (fallbacks and plural rules too), and reported so',
    );
    // A loader that takes the code as i18next gives it reads no pt-br/ for pt-BR: locale-code's to report.
    expect(infer(files('import(`./locales/${language}/${namespace}.json`);')).config?.localeNames).toBeUndefined();
    // i18next 26 asks the backend for pt-BR, which that loader finds in pt-br/.
    const folders: Record<string, Record<string, string>> = { 'pt-br': { a: 'B' }, en: { a: 'A' } };
    const i18n = i18next.createInstance();
    void i18n
      .use({
        type: 'backend',
        init() {},
        read: (language: string, _ns: string, done: (e: null, r: unknown) => void) => done(null, folders[language.toLowerCase()]),
      })
      .init({ initAsync: false, lng: 'pt-BR', fallbackLng: 'en' });
    expect([i18n.language, i18n.t('a')]).toEqual(['pt-BR', 'B']);
  });

  it('reads ICU messages where the setup uses i18next-icu, and notes an old plural format', () => {
    const { config, assumed, notes } = infer({
      'src/i18n.ts': "import ICU from 'i18next-icu';\ni18n.use(ICU).init({ fallbackLng: 'en', compatibilityJSON: 'v3' });",
      'src/locales/en/a.json': bundle({ a: 'A' }),
      'src/locales/de/a.json': bundle({ a: 'B' }),
    });
    expect(config).toMatchObject({ messageFormat: 'icu' });
    expect(assumed).toContain(
      'messageFormat: "icu": src/i18n.ts uses i18next-icu, so strings are ICU messages ({name}, {count, plural, ...})',
    );
    expect(notes.filter((note) => note.startsWith('src/i18n.ts'))).toEqual([
      'src/i18n.ts sets compatibilityJSON "v3", so the bundles use the v3 plural format (key beside key_plural; ar key_0 to key_5): l10n reads them as i18next 26 does: plurals are key_one, key_other..., and key_plural or key_0 is a key of its own, so plural-forms reports each plural of the source written so; i18next-v4-format-converter converts each locale\'s bundle (its CLI takes the locale from the folder, as in <lng>/<ns>.json)',
    ]);
  });

  it('reads ICU messages where no setup is found and the package.json above the bundles depends on i18next-icu', () => {
    // formbricks's apps/web: i18next is initialised in lingodotdev/client.tsx, a name no setup search expects.
    const files = {
      'apps/web/package.json': JSON.stringify({ dependencies: { i18next: '^25.0.0', 'i18next-icu': '^2.3.0' } }),
      'apps/web/locales/en-US.json': bundle({ hello: 'Hello, {name}', gone: 'Deleted {count, plural, one {# survey} other {# surveys}}' }),
      'apps/web/locales/de-DE.json': bundle({
        hello: 'Hallo, {{name}}',
        gone: '{count, plural, one {# Umfrage} other {# Umfragen}} gelöscht',
      }),
    };
    const { config, assumed } = infer(files, ['apps/web/lingodotdev/client.tsx']);
    expect(config).toMatchObject({ bundles: 'apps/web/locales/{{lng}}.json', messageFormat: 'icu' });
    expect(assumed).toContain(
      'messageFormat: "icu": apps/web/package.json depends on i18next-icu, so strings are read as ICU messages ({name}, {count, plural, ...}); no setup of the app\'s own was found to say so: remove it if the app does not use i18next-icu',
    );
    const root = project(files);
    // At i18next's {{name}}, which ICU cannot read (i18next-icu shows the message as written).
    const line = files['apps/web/locales/de-DE.json'].split('\n')[1] as string;
    expect(diagnosticsOf(root, config).map((d) => `${d.file}:${d.line}:${d.column} ${d.ruleId}`)).toEqual([
      `apps/web/locales/de-DE.json:2:${line.indexOf('{{') + 1} message-syntax`,
    ]);
    // A setup that initialises i18next without i18next-icu says the app reads no ICU, whatever the manifest lists.
    const plain = infer({ ...files, 'apps/web/i18n.ts': "i18n.init({ fallbackLng: 'en-US' });" });
    expect(plain.config?.messageFormat).toBeUndefined();
  });

  it("reads the names of the setup's defaultVariables, which a translation may show where the source writes the text", () => {
    // overleaf: i18next fills __appName__ in every string, and de writes it where en writes "Overleaf".
    const files = {
      'frontend/js/i18n.ts':
        "i18n.init({ interpolation: { prefix: '__', suffix: '__', escapeValue: false, defaultVariables: { appName: getMeta('ol-appName') } } });",
      'locales/en.json': bundle({ join: 'Join Overleaf Labs', hello: 'Hello, __name__' }),
      'locales/de.json': bundle({ join: '__appName__ Labs beitreten', hello: 'Hallo, __user__' }),
    };
    const { config, assumed } = infer(files);
    expect(config?.interpolation).toEqual({ prefix: '__', suffix: '__', escapeValue: false, defaultVariables: ['appName'] });
    // Variables named as the app writes them.
    expect(assumed).toContain('interpolation.escapeValue: false: frontend/js/i18n.ts sets it, so __- x__ and __x__ show a value alike');
    // With overleaf's unescapeSuffix the unescaped form is __xHTML__.
    const suffixed = infer({
      ...files,
      'frontend/js/i18n.ts': "i18n.init({ interpolation: { prefix: '__', suffix: '__', unescapeSuffix: 'HTML', escapeValue: false } });",
    });
    expect(suffixed.config?.interpolation).toEqual({ prefix: '__', suffix: '__', unescapeSuffix: 'HTML', escapeValue: false });
    expect(suffixed.assumed).toContain(
      'interpolation.escapeValue: false: frontend/js/i18n.ts sets it, so __xHTML__ and __x__ show a value alike',
    );
    expect(assumed).toContain(
      'interpolation.defaultVariables: frontend/js/i18n.ts gives i18next a value of appName for every string, so a translation may show it where the source writes the text',
    );
    const root = project(files);
    expect(diagnosticsOf(root, config).map((d) => `${d.ruleId} ${d.key}`)).toEqual(['interpolation-mismatch hello']);
    // i18next fills the default variable in de's string, and shows the other as written.
    const i18n = i18next.createInstance();
    void i18n.init({
      initAsync: false,
      lng: 'de',
      resources: { de: { translation: JSON.parse(files['locales/de.json']) as Record<string, string> } },
      interpolation: { prefix: '__', suffix: '__', defaultVariables: { appName: 'Overleaf' } },
    });
    expect([i18n.t('join'), i18n.t('hello', { name: 'Ada' })]).toEqual(['Overleaf Labs beitreten', 'Hallo, __user__']);
  });

  it('reads no ICU where i18next-icu is only named in a comment', () => {
    const { config } = infer({
      'src/i18n.ts': "// we tried 'i18next-icu' once\ni18n.init({ fallbackLng: 'en' });",
      'src/locales/en/a.json': bundle({ a: 'A' }),
      'src/locales/de/a.json': bundle({ a: 'B' }),
    });
    expect(config?.messageFormat).toBeUndefined();
  });

  it("reads no setting from a key extractor's config (chatbox's i18next-parser.config.mjs)", () => {
    const { config } = infer({
      'i18next-parser.config.mjs': "export default { keySeparator: false, namespaceSeparator: false, locales: ['en', 'de'] };",
      'src/locales/en/a.json': bundle({ a: { b: 'B' } }),
      'src/locales/de/a.json': bundle({ a: { b: 'C' } }),
    });
    expect(config?.keySeparator).toBeUndefined();
  });

  it("reads no setting from i18next-cli's i18next.config.ts, named like a setup (a Grafana plugin)", () => {
    const extractor = [
      "import { defineConfig } from 'i18next-cli';",
      "export default defineConfig({ locales: ['en-US'], extract: { keySeparator: '.', nsSeparator: false, pluralSeparator: '-' } });",
    ].join('\n');
    const { config, assumed, notes } = infer({
      'i18next.config.ts': extractor,
      'src/locales/en-US/app.json': bundle({ 'URL:': 'URL:' }),
      'src/locales/de-DE/app.json': bundle({}),
    });
    expect([config?.keySeparator, config?.pluralSeparator]).toEqual([undefined, undefined]);
    expect(assumed.filter((line) => line.includes('i18next.config.ts'))).toEqual([]);
    expect(notes).toContainEqual(expect.stringMatching(/^no i18next setup found/));
    // With no setup of the app's, the keys still suggest nsSeparator: false, and init says so.
    expect(config?.nsSeparator).toBe(false);
  });

  it('takes English over a locale with more keys, and says which has more', () => {
    const { config, assumed } = infer({ 'i18n/en.json': keyed(28), 'i18n/ca.json': keyed(41), 'i18n/de.json': keyed(28) });
    expect(config?.sourceLocale).toBe('en');
    expect(assumed[0]).toBe(
      'source locale en: English, the usual source, was found; ca has more keys (41 to 28): set sourceLocale if it is the source',
    );
  });

  it("counts a key's plural forms once: a language with more forms has no more keys (Grafana's cs-CZ, open-webui's ar)", () => {
    const en = { title: 'Title', files: { count_one: '{{count}} file', count_other: '{{count}} files' }, place_ordinal_one: '{{count}}st' };
    const plurals = (forms: string[], prefix: string): Record<string, string> =>
      Object.fromEntries(forms.map((form) => [`${prefix}${form}`, form]));
    const cs = { title: 'Název', files: plurals(['one', 'few', 'many', 'other'], 'count_') };
    const ar = { title: 'عنوان', files: plurals(['zero', 'one', 'two', 'few', 'many', 'other'], 'count_') };
    const { assumed } = infer({
      'src/locales/en-US/plugin.json': bundle({ ...en, ...plurals(['two', 'few', 'other'], 'place_ordinal_') }),
      'src/locales/cs-CZ/plugin.json': bundle(cs),
      'src/locales/ar/plugin.json': bundle({ ...ar, ...plurals(['zero', 'one', 'two', 'few', 'many', 'other'], 'place_ordinal_') }),
    });
    expect(assumed[0]).toBe('source locale en-US: English, the usual source, was found');
    // A real extra key is still counted, and the project's own pluralSeparator is read.
    const dashed = infer({
      'src/i18n.ts': "i18n.init({ pluralSeparator: '-' });",
      'src/locales/en-US/plugin.json': bundle({ 'count-one': 'a', 'count-other': 'b' }),
      'src/locales/cs-CZ/plugin.json': bundle({ 'count-one': 'a', 'count-few': 'b', 'count-many': 'c', 'count-other': 'd', extra: 'e' }),
    });
    expect(dashed.config?.pluralSeparator).toBe('-');
    const underscore = infer({ 'src/i18n.ts': "i18n.init({ pluralSeparator: '_' });", 'i18n/en.json': '{}', 'i18n/de.json': '{}' });
    expect([underscore.config?.pluralSeparator, underscore.assumed.filter((line) => line.startsWith('plural'))]).toEqual([undefined, []]);
    expect(dashed.assumed[0]).toBe(
      'source locale en-US: English, the usual source, was found; cs-CZ has more keys (2 to 1): set sourceLocale if it is the source',
    );
    // i18next itself: the forms are one key, each count reading its language's form of it.
    const i18n = i18next.createInstance();
    void i18n.init({ initAsync: false, lng: 'cs-CZ', resources: { 'cs-CZ': { translation: cs } } });
    expect([1, 3, 1.5, 7].map((count) => i18n.t('files.count', { count }))).toEqual(['one', 'few', 'many', 'other']);
  });

  it('without English, takes the locale with the most keys', () => {
    const { config, assumed } = infer({ 'locales/ru/a.json': keyed(5), 'locales/uk/a.json': keyed(4) });
    expect(config).toMatchObject({ sourceLocale: 'ru', locales: ['ru', 'uk'] });
    expect(assumed[0]).toBe('source locale ru: no English was found and it has the most keys (5)');
  });
});

describe('inferProject: codes the setup registers', () => {
  const en = { title: 'Title', save: 'Save' };
  const de = { title: 'Titel', save: 'Speichern' };
  const files = {
    'src/i18n/locales/en-us.json': bundle(en),
    'src/i18n/locales/zh-cn.json': bundle({ title: '标题', save: '保存' }),
    'src/i18n/translate/de-de.json': bundle(de),
    'src/i18n/translate/fr-fr.json': bundle({ title: 'Titre', save: 'Enregistrer' }),
  };
  // As cherry-studio's src/renderer/i18n/index.ts.
  const setup = [
    "import enUS from './locales/en-us.json'",
    "import zhCN from './locales/zh-cn.json'",
    "import deDE from './translate/de-de.json'",
    "import frFR from './translate/fr-fr.json'",
    "const resources = Object.fromEntries([['en-US', enUS], ['zh-CN', zhCN], ['de-DE', deDE], ['fr-FR', frFR]].map(([locale, translation]) => [locale, { translation }]))",
    "i18n.init({ resources, lng: 'en-US', fallbackLng: defaultLanguage })",
  ].join('\n');

  it("turns locale-code off where the setup registers every lower-case file under the code i18next writes (cherry-studio's en-us.json as en-US)", () => {
    const { config, assumed } = infer({ ...files, 'src/i18n/index.ts': setup });
    expect(config?.rules).toEqual({ 'locale-code': 'off' });
    expect(config?.locales).toEqual(['en-us', 'de-de', 'fr-fr', 'zh-cn']);
    expect(assumed).toContain(
      'rules: locale-code off: src/i18n/index.ts imports the bundles and registers each under the code i18next writes (en-US for src/i18n/locales/en-us.json, and 3 more), so i18next never looks a file up by its name; l10n names each locale by its file, as the same locale (en-us is en-US to i18next)',
    );
    // What locale-code would say, "it never reads this file", is not so: de-DE readers get the file's strings.
    const root = project(files);
    const without = diagnosticsOf(root, { ...config, rules: undefined } as Record<string, unknown>);
    expect(without.filter((d) => d.ruleId === 'locale-code').map((d) => d.file)).toContain('src/i18n/translate/de-de.json');
    const i18n = i18next.createInstance();
    void i18n.init({
      initAsync: false,
      lng: 'de-de',
      fallbackLng: 'en-US',
      resources: { 'en-US': { translation: en }, 'de-DE': { translation: de } },
    });
    expect(i18n.t('title')).toBe('Titel');
    expect(diagnosticsOf(root, config as Record<string, unknown>)).toEqual([]);
  });

  it("reads imports through the bundler's alias as registrations (thorium-reader's readium-desktop/)", () => {
    const aliased = setup.replaceAll("from './", "from 'app-alias/i18n/");
    expect(infer({ ...files, 'src/i18n/index.ts': aliased }).config?.rules).toEqual({ 'locale-code': 'off' });
  });

  it("leaves out a locale whose file the setup registers no code for, where it registers every other (thorium-reader's pl.json)", () => {
    const withPolish = { ...files, 'src/i18n/translate/pl-pl.json': bundle({ title: '', save: '' }) };
    const { config, notes } = infer({ ...withPolish, 'src/i18n/index.ts': setup });
    expect(config?.locales).toEqual(['en-us', 'de-de', 'fr-fr', 'zh-cn']);
    expect(notes).toContain(
      'pl-pl is not in the resources of src/i18n/index.ts: i18next never loads it (a reader who picks it gets the fallbacks), so it is left out of locales; register it there and list it in locales to check it',
    );
    // i18next, given resources and no backend, never reads the file: a reader who picks pl-PL gets en-US.
    const i18n = i18next.createInstance();
    void i18n.init({ initAsync: false, lng: 'pl-PL', fallbackLng: 'en-US', resources: { 'en-US': { translation: en } } });
    expect(i18n.t('title')).toBe('Title');
    // Where a backend loads what resources leave out, the locale stays.
    const partial = `${setup}\ni18n.init({ partialBundledLanguages: true })`;
    expect(infer({ ...withPolish, 'src/i18n/index.ts': partial }).config?.locales).toContain('pl-pl');
  });

  it('reads loaders by code as registrations: i18next asks its backend for de-DE, never de-de', async () => {
    const loaders = [
      'const localeLoaders = {',
      ...['en-US', 'zh-CN', 'de-DE', 'fr-FR'].map((code) => {
        const file = Object.keys(files).find((path) => path.endsWith(`/${code.toLowerCase()}.json`)) as string;
        return `  '${code}': () => import('./${file.slice('src/i18n/'.length)}'),`;
      }),
      '}',
      "i18n.use(resourcesToBackend((language) => localeLoaders[language]())).init({ lng, fallbackLng: 'en-US', load: 'currentOnly' })",
    ].join('\n');
    expect(infer({ ...files, 'src/i18n/resolver.ts': loaders }).config?.rules).toEqual({ 'locale-code': 'off' });
    const asked: string[] = [];
    const backend = {
      type: 'backend' as const,
      init: () => undefined,
      read: (language: string, namespace: string, callback: (error: null, data: Record<string, string>) => void) => {
        asked.push(`${language}/${namespace}`);
        callback(null, language === 'de-DE' ? de : en);
      },
    };
    const i18n = i18next.createInstance().use(backend);
    await i18n.init({ lng: 'de-de', fallbackLng: 'en-US', load: 'currentOnly' });
    expect(asked.sort()).toEqual(['de-DE/translation', 'en-US/translation']);
    expect(i18n.t('title')).toBe('Titel');
  });

  it('keeps locale-code where a lower-case file is not registered under the code i18next writes', () => {
    const unregistered = setup.replace(", ['fr-FR', frFR]", '');
    expect(infer({ ...files, 'src/i18n/index.ts': unregistered }).config?.rules).toBeUndefined();
    // i18next asks for zh-CN: a resource registered as zh-cn is never read.
    const asNamed = setup.replace("['zh-CN', zhCN]", "['zh-cn', zhCN]");
    expect(infer({ ...files, 'src/i18n/index.ts': asNamed }).config?.rules).toBeUndefined();
    const i18n = i18next.createInstance();
    void i18n.init({
      initAsync: false,
      lng: 'zh-CN',
      fallbackLng: 'en-US',
      resources: { 'en-US': { translation: en }, 'zh-cn': { translation: { title: '标题' } } },
    });
    expect(i18n.t('title')).toBe('Title');
  });

  it("reads the setup's lowerCaseLng (AdGuardHome's 'pt-br': { translation: ptBR }): locale-code then compares lower-case codes", () => {
    const lower = {
      'src/__locales/en.json': bundle(en),
      'src/__locales/pt-br.json': bundle({ title: 'Título', save: 'Salvar' }),
      'src/__locales/sr-cs.json': bundle({ title: 'Naslov', save: 'Sačuvaj' }),
    };
    const registering = [
      "import en from './__locales/en.json';",
      "import ptBR from './__locales/pt-br.json';",
      "import srCS from './__locales/sr-cs.json';",
      "const resources = { en: { translation: en }, 'pt-br': { translation: ptBR }, 'sr-cs': { translation: srCS } };",
      "i18n.init({ resources, lowerCaseLng: true, fallbackLng: 'en' });",
    ].join('\n');
    const { config, assumed } = infer({ ...lower, 'src/i18n.ts': registering });
    expect(config).toMatchObject({ lowerCaseLng: true, locales: ['en', 'pt-br', 'sr-cs'] });
    expect(config?.rules).toBeUndefined();
    expect(assumed).toContain(
      'lowerCaseLng: true: src/i18n.ts sets it, so i18next looks every locale up in lower case (pt-br, not pt-BR); locale-code compares the folders with that',
    );
    // i18next reads pt-br so registered, and looks sr-cs up as sr-rs: only that one is reported.
    const shown = (lng: string): string => {
      const i18n = i18next.createInstance();
      void i18n.init({
        initAsync: false,
        lng,
        lowerCaseLng: true,
        fallbackLng: 'en',
        resources: Object.fromEntries(Object.entries(lower).map(([path, text]) => [path.slice(14, -5), { translation: JSON.parse(text) }])),
      });
      return i18n.t('title');
    };
    expect([shown('pt-br'), shown('sr-cs')]).toEqual(['Título', 'Title']);
    const root = project(lower);
    expect(diagnosticsOf(root, config as Record<string, unknown>).map((d) => `${d.file} ${d.ruleId}`)).toEqual([
      'src/__locales/sr-cs.json locale-code',
    ]);
  });

  it('reads a file the setup registers under the code of another locale under that code, through localeNames', () => {
    const registering = { ...files, 'src/i18n/index.ts': setup.replace("['zh-CN', zhCN]", "['zh-Hans', zhCN]") };
    const { config, assumed } = infer(registering);
    expect(config?.rules).toBeUndefined();
    expect(config).toMatchObject({ localeNames: { 'zh-Hans': 'zh-cn' }, locales: ['en-us', 'de-de', 'fr-fr', 'zh-Hans'] });
    expect(assumed).toContain(
      'localeNames: src/i18n/index.ts registers src/i18n/locales/zh-cn.json as zh-Hans, so it is read as zh-Hans (its fallbacks and plural rules), as the app reads it, and reported as zh-Hans',
    );
    // check then reports the file's findings as zh-Hans's, the locale the app gives i18next.
    const root = project({ ...registering, 'src/i18n/locales/zh-cn.json': bundle({ title: '标题' }) });
    const missing = diagnosticsOf(root, config as Record<string, unknown>).filter((d) => d.ruleId === 'missing-key');
    expect(missing.map((d) => `${d.file} ${d.locale} ${d.key}`)).toEqual(['src/i18n/locales/zh-cn.json zh-Hans save']);
  });

  it('keeps the note where the code is a locale found already: the file cannot be renamed in the config', () => {
    const { config, notes } = infer({ ...files, 'src/i18n/index.ts': setup.replace("['zh-CN', zhCN]", "['de-de', zhCN]") });
    expect(config?.localeNames).toBeUndefined();
    expect(notes).toContain(
      'src/i18n/index.ts registers src/i18n/locales/zh-cn.json as de-de: l10n names a locale by its file, so check reads it as zh-cn, its fallbacks and plural rules too; rename the file (and its import) to de-de.json to check it as the app reads it',
    );
  });
});

describe('inferProject: articles', () => {
  it('reads nested .mdx trees (src/content/docs/<lng>/...) and names the pages outside a locale folder', () => {
    const { config, found, notes } = infer({}, [
      'src/content/docs/en/index.mdx',
      'src/content/docs/en/guides/setup.mdx',
      'src/content/docs/es/guides/setup.mdx',
      'src/content/docs/zh-cn/index.mdx',
      'src/content/docs/404.md',
      'astro.config.mjs',
    ]);
    expect(config).toEqual({ contentDir: 'src/content/docs', sourceLocale: 'en', locales: ['en', 'es', 'zh-cn'] });
    expect(found).toEqual(['articles src/content/docs/<lng>/: 4 articles (.md/.mdx) in 3 locales (en 2, es 1, zh-cn 1)']);
    expect(notes).toEqual([
      '1 article in src/content/docs outside a locale folder (such as src/content/docs/404.md): l10n reads src/content/docs/<lng>/<slug>, so these are not read',
      'no i18next bundle found: only articles will be checked',
    ]);
  });

  it('reads content/<lng>/<slug>.md beside bundles, one config for both', () => {
    const setup = { 'src/i18n.ts': "i18n.init({ fallbackLng: 'en' });" };
    const { config, notes } = infer({ ...setup, 'locales/en/ui.json': '{ "a": "A" }', 'locales/es-AR/ui.json': '{}' }, [
      'content/en/news.md',
      'content/es-AR/news.md',
      'content/fr/news.md',
    ]);
    expect(config).toEqual({
      bundles: 'locales/{{lng}}/{{ns}}.json',
      contentDir: 'content',
      sourceLocale: 'en',
      locales: ['en', 'es-AR', 'fr'],
    });
    expect(notes).toEqual([]);
  });

  it('reads locale folders at the root, where src/ and bin/ are folders, not Sardinian and Bini', () => {
    const { config } = infer({}, ['en/intro.md', 'de/intro.md', 'src/README.md', 'bin/README.md', 'README.md']);
    expect(config).toEqual({ contentDir: '.', sourceLocale: 'en', locales: ['en', 'de'] });
  });

  it('leaves out a tree with no article of the source locale, such as translations of the root README.md', () => {
    const files = {
      'src/i18n/setup.ts': "i18next.init({ lng: 'en', fallbackLng: 'en' });",
      'src/i18n/locales/en/common.json': bundle({ greeting: 'Welcome' }),
      'src/i18n/locales/de/common.json': bundle({ greeting: 'Willkommen' }),
      'locales/de/README.md': '# Roo\n',
      'locales/fr/README.md': '# Roo\n',
      'locales/fr/CONTRIBUTING.md': '# Contribuer\n',
    };
    const { config, found, notes } = infer(files, ['README.md']);
    expect(config).toEqual({ bundles: 'src/i18n/locales/{{lng}}/{{ns}}.json', sourceLocale: 'en', locales: ['en', 'de'] });
    expect(found).toEqual(['bundles src/i18n/locales/{{lng}}/{{ns}}.json: 2 files, 2 locales (de, en), 1 namespace (common)']);
    expect(notes).toEqual([
      'articles locales/<lng>/: 3 articles (.md/.mdx) in 2 locales (de 1, fr 2), none in the source locale en: not configured as contentDir, since l10n compares each translation with locales/en/<slug> (translations of a page kept elsewhere, such as the root README.md, have none)',
    ]);
    // With the tree, every translation had a finding and the build namespace was missing; without it, nothing is wrong.
    const root = project(files);
    expect(diagnosticsOf(root, { ...config, contentDir: 'locales' }).length).toBeGreaterThan(0);
    expect(diagnosticsOf(root, config)).toEqual([]);
    // A tree that has the source's articles is taken instead.
    const beside = infer({ ...files, 'docs/en/intro.md': '# Intro\n' }, ['docs/de/intro.md']);
    expect(beside.config?.contentDir).toBe('docs');
    expect(beside.notes.filter((note) => note.startsWith('articles locales/'))).toHaveLength(1);
  });

  it('without English, takes the locale with the most articles', () => {
    const { config } = infer({}, ['posts/fr/a.md', 'posts/fr/b.md', 'posts/de/a.md']);
    expect(config).toEqual({ contentDir: 'posts', sourceLocale: 'fr', locales: ['fr', 'de'] });
  });
});

it('finds nothing in a project without bundles or article trees', () => {
  expect(infer({ 'package.json': '{}' }, ['src/index.ts', 'README.md', 'docs/intro.md', 'docs/setup.mdx'])).toEqual({
    config: undefined,
    found: [],
    assumed: [],
    notes: [],
    otherFormats: [],
  });
});

describe('inferProject: options a setup imports from a module of its own', () => {
  const files = {
    'src/locales/en.json': bundle({ brand: 'Acme', title: 'Welcome to $t(common:brand)' }),
    'src/locales/de.json': bundle({ brand: 'Acme', title: 'Willkommen bei $t(common:brand)' }),
    'src/i18n.ts': [
      "import { i18nOptions } from './settings/options';",
      'i18n.use(resourcesToBackend((lng) => import(`./locales/${lng}.json`))).init({ ...i18nOptions, lng: "en" });',
    ].join('\n'),
    'src/settings/options.ts': "export const i18nOptions = { fallbackLng: 'en', defaultNS: 'common', contextSeparator: '~' };\n",
  };

  it('reads defaultNS and contextSeparator from the spread module: the files are common, as i18next reads them', async () => {
    const root = project(files);
    const { config, assumed } = inferProject(readProjectSample(root));
    expect(config).toMatchObject({ bundles: 'src/locales/{{lng}}.json', defaultNamespace: 'common', contextSeparator: '~' });
    expect(assumed).toContain(
      'defaultNamespace: "common": src/i18n.ts sets defaultNS to it; the layout\'s files name no namespace, so they are read as it, as the app\'s i18next reads them',
    );
    expect(assumed).toContain('contextSeparator: "~": src/i18n.ts sets it so for i18next');
    const instance = i18next.createInstance();
    await instance.init({ lng: 'de', defaultNS: 'common', resources: { de: { common: JSON.parse(files['src/locales/de.json']) } } });
    expect(instance.t('title')).toBe('Willkommen bei Acme');
    const nesting = (inferred: Record<string, unknown>) =>
      diagnosticsOf(root, inferred)
        .filter((d) => d.ruleId === 'nesting')
        .map((d) => `${d.file} ${d.key ?? ''}`);
    expect(nesting(config as Record<string, unknown>)).toEqual([]);
    // Read as l10n's default namespace, $t(common:brand) would resolve nowhere: the written field is what makes it.
    expect(nesting({ ...config, defaultNamespace: undefined })).toEqual(['src/locales/de.json title', 'src/locales/en.json title']);
  });

  it('reads interpolation options passed as an imported object, shorthand too', () => {
    const { config } = infer({
      'public/locales/en/common.json': bundle({ a: 'Hi {name}' }),
      'public/locales/de/common.json': bundle({ a: 'Hallo {name}' }),
      'src/i18n.ts': "import interpolation from './interpolation.js';\ni18n.init({ fallbackLng: 'en', interpolation });\n",
      'src/interpolation.ts': "export default { escapeValue: false, prefix: '{', suffix: '}' };\n",
    });
    expect(config?.interpolation).toEqual({ prefix: '{', suffix: '}', escapeValue: false });
  });

  it('names the namespace of a {{lng}}.json layout the setup registers as translation beside defaultNS common', () => {
    const { config } = infer({
      'src/locales/en.json': bundle({ a: 'A' }),
      'src/locales/de.json': bundle({ a: 'A de' }),
      'src/i18n.ts': [
        "import en from './locales/en.json';",
        "import de from './locales/de.json';",
        "i18n.init({ ns: ['translation', 'common'], defaultNS: 'common', resources: { en: { translation: en }, de: { translation: de } } });",
      ].join('\n'),
    });
    expect(config).toMatchObject({
      bundles: [{ pattern: 'src/locales/{{lng}}.json', namespace: 'translation' }],
      defaultNamespace: 'common',
    });
  });

  it('says which imported options it could not read, and guesses none', () => {
    const { config, notes } = infer({
      'public/locales/en/common.json': bundle({ a: 'A' }),
      'public/locales/de/common.json': bundle({ a: 'A de' }),
      'src/i18n.ts': "import { i18nOptions } from '@app/config';\ni18n.init({ ...i18nOptions, lng: 'en' });\n",
    });
    expect(config?.defaultNamespace).toBeUndefined();
    expect(notes).toContain(
      'src/i18n.ts gives i18next options from i18nOptions, imported from "@app/config", which init could not read (a package or an alias, which init does not follow): what it sets keeps i18next\'s defaults here; set those options in the config if they differ',
    );
  });
});
