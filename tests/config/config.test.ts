import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import i18next from 'i18next';
import { fallbackChain } from '../../src/project/fallback-chain.js';
import { loadConfig } from '../../src/config/load-config.js';
import { namingTheConfig } from '../../src/config/config-load-error.js';
import { ConfigError, parseConfig } from '../../src/config/parse-config.js';
import { projectCacheDir } from '../../src/files/cache-dir.js';
import { tempProject, tempProjectsPerTest } from '../support/temp-project.js';

describe('parseConfig', () => {
  it('applies every default from the schema', () => {
    const config = parseConfig({});
    expect(config).toMatchObject({
      localesDir: 'locales',
      contentDir: 'content',
      sourceLocale: 'en',
      keySeparator: '.',
      nsSeparator: ':',
      pluralSeparator: '_',
      rules: {},
      fallbacks: {},
    });
    // ingest.namespace is absent: ingest writes to the build's namespace (buildNamespaceOf).
    expect(config.ingest).toEqual({ locale: 'es-AR', articleLocale: 'en', keys: {} });
    expect(config.locales).toBeUndefined();
  });

  it('lists every problem with its path in one error', () => {
    const error = (() => {
      try {
        parseConfig({ sourceLocale: 'en_US!', locales: ['es-AR', 42], keySeparator: '', extra: 1 }, 'l10n.config.json');
      } catch (e) {
        return e as ConfigError;
      }
      throw new Error('expected a ConfigError');
    })();
    expect(error).toBeInstanceOf(ConfigError);
    expect(error.message).toContain('l10n.config.json: invalid config');
    expect(error.message).toContain('sourceLocale: is not a valid BCP 47 language tag');
    expect(error.message).toContain('locales.1:');
    expect(error.message).toContain('keySeparator:');
    expect(error.message).toContain('unknown key "extra"');
  });

  it('takes only an absolute http or https URL as the site URL', () => {
    expect(parseConfig({ build: { baseUrl: 'https://example.com/news/' } }).build.baseUrl).toBe('https://example.com/news/');
    for (const baseUrl of ['example.com', 'javascript:alert(1)', 'ftp://example.com/', '/news/']) {
      expect(() => parseConfig({ build: { baseUrl } }, 'l10n.config.json')).toThrow('build.baseUrl: must be an absolute http or https URL');
    }
  });

  it('takes a pattern of one fixed locale beside patterns that name theirs, and says what a wrong one lacks', () => {
    const fixed = { pattern: 'lang/{{ns}}.json', locale: 'en' };
    expect(parseConfig({ bundles: ['lang/{{ns}}-{{lng}}.json', fixed] }).bundles).toEqual(['lang/{{ns}}-{{lng}}.json', fixed]);
    const problem = (entry: unknown): string => {
      try {
        parseConfig({ bundles: ['lang/{{ns}}-{{lng}}.json', entry] });
        return 'accepted';
      } catch (error) {
        return (error as Error).message.split('\n')[1] ?? '';
      }
    };
    expect(problem({ pattern: 'lang/{{ns}}.json' })).toMatch(/^ {2}- bundles\.1\.locale: /);
    expect(problem({ pattern: 'lang/{{lng}}.json', locale: 'en' })).toBe(
      '  - bundles.1.pattern: names its locale in "locale", so it holds no {{lng}}',
    );
    expect(problem({ pattern: '../{{ns}}.json', locale: 'en' })).toBe(
      '  - bundles.1.pattern: must be a relative path inside the project: no "..", no leading "/", no "\\"',
    );
    expect(problem('lang/{{ns}}.json')).toBe('  - bundles.1: must contain {{lng}}, as in "locales/{{lng}}/{{ns}}.json"');
  });

  it('takes a pattern that names its namespace, with or without its locale, and says what a wrong one lacks', () => {
    const services = { pattern: 'client/src/__locales-services/{{lng}}.json', namespace: 'services' };
    const main = { pattern: 'lang/main.json', locale: 'en', namespace: 'main' };
    expect(parseConfig({ bundles: ['client/src/__locales/{{lng}}.json', services] }).bundles).toEqual([
      'client/src/__locales/{{lng}}.json',
      services,
    ]);
    expect(parseConfig({ bundles: ['lang/main-{{lng}}.json', main] }).bundles).toEqual(['lang/main-{{lng}}.json', main]);
    const problems = (entry: unknown): string[] => {
      try {
        parseConfig({ bundles: ['i18n/{{lng}}.json', entry] });
        return ['accepted'];
      } catch (error) {
        return (error as Error).message.split('\n').slice(1, -1);
      }
    };
    expect(problems({ pattern: 'locales/{{lng}}/{{ns}}.json', namespace: 'ui' })).toEqual([
      '  - bundles.1.namespace: is given but the pattern holds {{ns}}, which names the namespace of each file: remove one of the two',
    ]);
    expect(problems({ pattern: 'services/{{lng}}.json' })).toEqual([
      '  - bundles.1: names neither a locale nor a namespace: write the pattern alone, as a string',
    ]);
    expect(problems({ pattern: 'services/all.json', namespace: 'services' })).toEqual([
      '  - bundles.1.pattern: must contain {{lng}}, or the entry name the one locale of its files in "locale"',
    ]);
    expect(problems({ pattern: 'services/{{lng}}.json', namespace: '../up' })).toEqual([
      '  - bundles.1.namespace: must be a relative path inside the locale folder ("ui", "views/settings"): no "..", no leading "/", no "\\"',
    ]);
    expect(problems({ pattern: 'services/{{lng}}.json', namespace: 'services', extra: true })).toEqual([
      '  - bundles.1: unknown key "extra"',
    ]);
  });

  it('reads fallbacks that name each other as i18next reads them: one list per locale, no chain followed', () => {
    const fallbacks = { 'zh-Hant': ['zh-Hans', 'en'], 'zh-Hans': ['zh-Hant', 'en'], 'es-AR': ['es-AR'] };
    const config = parseConfig({ fallbacks });
    const i18n = i18next.createInstance();
    void i18n.init({ initAsync: false, fallbackLng: fallbacks, resources: {} });
    for (const locale of ['zh-Hant', 'zh-Hans', 'es-AR'])
      expect(fallbackChain(locale, config)).toEqual(i18n.services.languageUtils.toResolveHierarchy(locale));
  });

  it('refuses a locales list without a source locale: every other locale is checked against it', () => {
    expect(() => parseConfig({ locales: ['es', 'de'] })).toThrow(
      'locales: lists es, de but not the source locale en, which every other locale is checked against: add "en"',
    );
    expect(() => parseConfig({ locales: ['en', 'de'], namespaceSourceLocale: { ui: 'es-AR' } })).toThrow('not the source locale es-AR');
    expect(parseConfig({ locales: ['en', 'es-AR'], namespaceSourceLocale: { ui: 'es-AR' } }).locales).toEqual(['en', 'es-AR']);
  });

  it('says what a rule setting may be when it is none of them', () => {
    for (const setting of ['of', ['warning'], ['warn', {}], 2]) {
      expect(() => parseConfig({ rules: { untranslated: setting } })).toThrow(
        'rules.untranslated: expected "error", "warning", "info" or "off", or [level, { options }]',
      );
    }
  });
});

describe('fallbackChain', () => {
  it('defaults to the BCP 47 parents and then the source', () => {
    const config = parseConfig({});
    expect(fallbackChain('es-AR', config)).toEqual(['es-AR', 'es', 'en']);
    expect(fallbackChain('zh-Hant-TW', config)).toEqual(['zh-Hant-TW', 'zh-Hant', 'zh', 'en']);
    expect(fallbackChain('en', config)).toEqual(['en']);
  });

  it('tries the configured chain after the parents, as i18next does', () => {
    expect(fallbackChain('pt-BR', parseConfig({ fallbacks: { 'pt-BR': ['pt-PT', 'es'] } }))).toEqual(['pt-BR', 'pt', 'pt-PT', 'es']);
  });

  it('takes locale codes written with "_", as i18next reads them, and still refuses what is no tag', () => {
    const config = parseConfig({ locales: ['en', 'pt_BR'], fallbacks: { pt_BR: ['es'] } });
    expect(fallbackChain('pt_BR', config)).toEqual(['pt_BR', 'pt', 'es']);
    expect(() => parseConfig({ locales: ['en', 'pt__BR'] })).toThrow('locales.1: is not a valid BCP 47 language tag');
  });
});

describe('loadConfig', () => {
  it('finds l10n.config.ts in the root and strips its types', async () => {
    const root = tempProject({
      'l10n.config.ts':
        "import type { ConfigInput } from './nowhere.js';\nconst c: ConfigInput = { sourceLocale: 'es' as string };\nexport default c;\n",
    });
    const { config, file } = await loadConfig(root);
    expect(file).toBe(join(root, 'l10n.config.ts'));
    expect(config.sourceLocale).toBe('es');
  });

  it('reads JSON, and applies the defaults when there is no file', async () => {
    const root = tempProject({ 'l10n.config.json': '{ "localesDir": "i18n" }' });
    expect((await loadConfig(root)).config.localesDir).toBe('i18n');
    expect((await loadConfig(tempProject({}))).file).toBeUndefined();
  });

  it('explains a file that cannot be loaded', async () => {
    const root = tempProject({});
    writeFileSync(join(root, 'l10n.config.json'), '{ nope');
    await expect(loadConfig(root)).rejects.toThrow(/l10n\.config\.json:1:3: invalid config\n {2}- unexpected character/);
    await expect(loadConfig(root, 'missing.json')).rejects.toThrow('missing.json: invalid config\n  - file not found');
  });

  it('names the config, not its transpiled copy, when an import of a TypeScript config is not installed', async () => {
    const root = tempProject({
      'node_modules/.keep': '',
      'l10n.config.ts': "import { helper } from 'no-such-package-here';\nexport default { sourceLocale: helper };\n",
    });
    const error = await loadConfig(root).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as Error).message;
    expect(message).toContain("Cannot find package 'no-such-package-here' imported from l10n.config.ts");
    expect(message).not.toMatch(/config-[0-9a-f]{32}\.mjs/);
  });

  it('says how to provide l10n itself when a config cannot import it', () => {
    const module = '/tmp/cache/config-0123.mjs';
    const error = namingTheConfig(
      new Error(`Cannot find package 'l10n' imported from ${pathToFileURL(module).href}\nDid you mean ...`),
      module,
      '/work/app/l10n.config.ts',
    );
    expect((error as Error).message).toBe(
      '/work/app/l10n.config.ts: invalid config\n  - cannot be loaded: Cannot find package \'l10n\' imported from l10n.config.ts; install l10n in the project from its repository or a path (npm install --save-dev git+https://<host>/<owner>/l10n.git, or ../l10n: "l10n" on the npm registry is another package), or write the config as l10n.config.json\n  (see README, "Configuration")',
    );
  });

  it('runs an unchanged TypeScript config from its cached JavaScript, and transpiles a changed one again', async () => {
    const root = tempProject({
      'node_modules/.keep': '',
      'l10n.config.ts': "const c: { sourceLocale: string } = { sourceLocale: 'es' };\nexport default c;\n",
    });
    expect((await loadConfig(root)).config.sourceLocale).toBe('es');
    const cacheDir = join(root, 'node_modules', '.cache', 'l10n');
    const transpiled = (): string[] => readdirSync(cacheDir).filter((name) => name.endsWith('.js'));
    const [entry] = transpiled();
    expect(readFileSync(join(cacheDir, entry as string), 'utf8')).toContain("sourceLocale: 'es'");
    // The cached code is what runs: planting another value there proves sucrase is not run again.
    writeFileSync(join(cacheDir, entry as string), "export default { sourceLocale: 'pt' };\n");
    expect((await loadConfig(root)).config.sourceLocale).toBe('pt');
    writeFileSync(join(root, 'l10n.config.ts'), "const c: { sourceLocale: string } = { sourceLocale: 'fr' };\nexport default c;\n");
    expect((await loadConfig(root)).config.sourceLocale).toBe('fr');
    expect(transpiled()).toHaveLength(2);
    expect(readdirSync(root).filter((name) => name.endsWith('.mjs'))).toEqual([]);
  });

  describe('a TypeScript config run from the cache folder', () => {
    const project = tempProjectsPerTest();

    it('resolves its imports and import.meta as beside the config, and writes nothing into the project', async () => {
      const config =
        "import { locale } from './shared.mjs';\nimport { join } from 'node:path';\nconst c: Record<string, unknown> = { sourceLocale: locale, localesDir: join(import.meta.dirname === undefined ? 'x' : 'i18n', new URL('.', import.meta.url).href.endsWith('/') ? 'ok' : 'no') };\nexport default c;\n";
      for (const root of [
        project({ 'l10n.config.ts': config, 'shared.mjs': "export const locale = 'es';\n" }),
        project({ 'node_modules/.keep': '', 'l10n.config.ts': config, 'shared.mjs': "export const locale = 'es';\n" }),
      ]) {
        const before = readdirSync(root).sort();
        const { config: loaded } = await loadConfig(root);
        expect(loaded).toMatchObject({ sourceLocale: 'es', localesDir: join('i18n', 'ok') });
        expect(readdirSync(root).sort()).toEqual(before);
      }
    });

    it('finds a package the config imports in a node_modules above the project (a monorepo), as Node would', async () => {
      const mono = project({
        'node_modules/shared-locales/package.json': '{ "name": "shared-locales", "main": "index.js" }',
        'node_modules/shared-locales/index.js': "module.exports = { sourceLocale: 'pt' };\n",
        'packages/site/l10n.config.ts':
          "import shared from 'shared-locales';\nexport default { sourceLocale: shared.sourceLocale as string };\n",
      });
      expect((await loadConfig(join(mono, 'packages', 'site'))).config.sourceLocale).toBe('pt');
    });

    const typed = "import { defineConfig } from 'l10n';\nexport default defineConfig({ sourceLocale: 'es', keySeparator: false });\n";

    it("resolves `l10n` to the project's own install when it is a dev dependency", async () => {
      // A stand-in install whose defineConfig marks what it returns: the config must use this copy.
      const installed = {
        'node_modules/l10n/package.json': '{ "name": "l10n", "type": "module", "exports": { ".": { "default": "./index.js" } } }',
        'node_modules/l10n/index.js': "export const defineConfig = (config) => ({ ...config, localesDir: 'from-install' });\n",
      };
      for (const root of [project({ ...installed, 'l10n.config.ts': typed }), project({ 'app/l10n.config.ts': typed, ...installed })]) {
        const folder = existsSync(join(root, 'app')) ? join(root, 'app') : root;
        expect((await loadConfig(folder)).config).toMatchObject({ sourceLocale: 'es', keySeparator: false, localesDir: 'from-install' });
      }
    });

    it('resolves `l10n` to the running l10n when the project has not installed it (run through npx)', async () => {
      for (const root of [project({ 'l10n.config.ts': typed }), project({ 'node_modules/.keep': '', 'l10n.config.ts': typed })])
        expect((await loadConfig(root)).config).toMatchObject({ sourceLocale: 'es', keySeparator: false, localesDir: 'locales' });
    });

    /** What the relocated config module of `root` imports, from the cache folder (node_modules/.cache/l10n). */
    const relocatedImports = (root: string): string => {
      const cacheDir = join(root, 'node_modules', '.cache', 'l10n');
      return readdirSync(cacheDir)
        .filter((name) => name.endsWith('.mjs'))
        .map((name) => readFileSync(join(cacheDir, name), 'utf8'))
        .join('\n');
    };
    const ownEntry = pathToFileURL(join(process.cwd(), 'lib', 'index.js')).href;
    const configEntry = pathToFileURL(join(process.cwd(), 'lib', 'config', 'define-config.js')).href;

    it('takes defineConfig alone from l10n/config, not from the whole library, when that is all it imports of l10n', async () => {
      for (const config of [
        typed,
        'import { defineConfig, type ConfigInput } from "l10n";\nconst c: ConfigInput = { sourceLocale: \'es\', keySeparator: false };\nexport default defineConfig(c);\n',
        "import { defineConfig } from 'l10n/config';\nexport default defineConfig({ sourceLocale: 'es', keySeparator: false });\n",
      ]) {
        const root = project({ 'node_modules/.keep': '', 'l10n.config.ts': config });
        expect((await loadConfig(root)).config).toMatchObject({ sourceLocale: 'es', keySeparator: false });
        expect(relocatedImports(root)).toContain(configEntry);
        expect(relocatedImports(root)).not.toContain(ownEntry);
      }
    });

    it('keeps the whole library for a config that imports more of l10n than defineConfig', async () => {
      const root = project({
        'node_modules/.keep': '',
        'l10n.config.ts':
          "import { defineConfig, CONFIG_FILES } from 'l10n';\nexport default defineConfig({ sourceLocale: CONFIG_FILES.length > 0 ? 'es' : 'en' });\n",
      });
      expect((await loadConfig(root)).config.sourceLocale).toBe('es');
      expect(relocatedImports(root)).toContain(ownEntry);
    });

    it('says that a default export is expected when the config has only named ones', async () => {
      const root = project({ 'l10n.config.ts': "export const config = { sourceLocale: 'es' };\n" });
      await expect(loadConfig(root)).rejects.toThrow(
        'has no default export: l10n reads the config from "export default { ... }" (the file exports only config)',
      );
    });

    it('refuses a config that does not finish loading in time', async () => {
      const root = project({ 'l10n.config.ts': 'export default await new Promise((done) => setTimeout(done, 60_000).unref());\n' });
      await expect(loadConfig(root, undefined, { timeoutMs: 200 })).rejects.toThrow('did not finish loading within 0.2 s');
    });
  });

  it.runIf(process.platform !== 'win32')('keeps transpiled configs in the temp folder only when the folder is private to the user', () => {
    const previous = process.env.TMPDIR;
    process.env.TMPDIR = tempProject({});
    try {
      const dir = projectCacheDir(tempProject({})) as string;
      expect(dir.startsWith(process.env.TMPDIR)).toBe(true);
      expect(statSync(dir).mode & 0o777).toBe(0o700);
      chmodSync(dir, 0o777);
      expect(projectCacheDir(tempProject({}))).toBeUndefined();
      mkdirSync(join(process.env.TMPDIR, 'project', 'node_modules'), { recursive: true });
      expect(projectCacheDir(join(process.env.TMPDIR, 'project'))).toBe(
        join(process.env.TMPDIR, 'project', 'node_modules', '.cache', 'l10n'),
      );
    } finally {
      if (previous === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = previous;
    }
  });
});
