import { describe, expect, it } from 'vitest';
import { inferProject } from '../../src/init/infer-project.js';
import { manifestPaths } from '../../src/init/i18next-wrappers.js';
import { readProjectSample } from '../../src/init/read-project-sample.js';
import { tempProjectsPerTest } from '../support/temp-project.js';

const project = tempProjectsPerTest();
const manifest = (dependencies: Record<string, Record<string, string>>): string => JSON.stringify({ name: 'plugin', ...dependencies });

/** A Grafana plugin: bundles under src/locales, i18next initialised by @grafana/i18n from src/module.tsx. */
const plugin = {
  'src/module.tsx': "const { initPluginTranslations } = await import('@grafana/i18n');\nawait initPluginTranslations(pluginJson.id);",
  'src/locales/en-US/grafana-app.json': JSON.stringify({ home: { title: 'Home', empty: '' }, 'URL:': 'URL:' }),
  'src/locales/de-DE/grafana-app.json': JSON.stringify({ home: { title: 'Start', empty: '' } }),
};

describe('packages that initialise i18next for the app', () => {
  it("takes the options @grafana/i18n gives i18next, and keeps i18next's defaults for the rest (a Grafana plugin)", () => {
    const root = project({ ...plugin, 'package.json': manifest({ dependencies: { '@grafana/i18n': '^13.0.0', react: '18.3.1' } }) });
    const { config, assumed, notes } = inferProject(readProjectSample(root));
    expect(config).toMatchObject({ sourceLocale: 'en-US', returnEmptyString: false });
    expect(config?.nsSeparator).toBeUndefined();
    expect(assumed).toContain(
      "returnEmptyString: false: package.json depends on @grafana/i18n: its initPluginTranslations (and Grafana's own initTranslations) call i18next's init with returnEmptyString: false",
    );
    expect(notes).toContain(
      "no i18next setup of the app's own found: package.json depends on @grafana/i18n, which initialises i18next; what it sets is taken, the rest keeps i18next's defaults",
    );
    expect(notes).toContain(
      'keys such as "URL:" contain ":" and @grafana/i18n sets no nsSeparator: the app\'s i18next reads them as namespace:key, so key-collision reports them; reword them, or set nsSeparator: false in the app and here',
    );
  });

  it('reads the nearest package.json above the bundles, and neither a dev dependency nor a wrapper beside a setup of its own', () => {
    const nested = Object.fromEntries(Object.entries(plugin).map(([path, text]) => [`apps/plugin/${path}`, text]));
    const monorepo = project({
      ...nested,
      'package.json': manifest({ devDependencies: { typescript: '5.9.3' } }),
      'apps/plugin/package.json': manifest({ peerDependencies: { '@grafana/i18n': '*' } }),
    });
    expect(inferProject(readProjectSample(monorepo)).config?.returnEmptyString).toBe(false);
    const dev = project({ ...plugin, 'package.json': manifest({ devDependencies: { '@grafana/i18n': '^13.0.0' } }) });
    expect(inferProject(readProjectSample(dev)).config?.returnEmptyString).toBeUndefined();
    const own = project({
      ...plugin,
      'package.json': manifest({ dependencies: { '@grafana/i18n': '^13.0.0' } }),
      'src/i18n.ts': "i18n.init({ fallbackLng: 'en-US' });",
    });
    expect(inferProject(readProjectSample(own)).config?.returnEmptyString).toBeUndefined();
  });

  it('lists the package.json files from the bundles up to the root, nearest first', () => {
    const paths = ['package.json', 'apps/web/package.json', 'apps/web/public/package.json', 'apps/package.json', 'other/package.json'];
    expect(manifestPaths(paths, 'apps/web/public/locales/{{lng}}/{{ns}}.json')).toEqual([
      'apps/web/public/package.json',
      'apps/web/package.json',
      'apps/package.json',
      'package.json',
    ]);
    expect(manifestPaths(paths, '{{lng}}.json')).toEqual(['package.json']);
    expect(manifestPaths(['src/a.ts'], undefined)).toEqual([]);
  });
});
