import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite } from '../../src/build/write-site.js';
import { checkProject } from '../../src/check/load-check.js';
import { templateExample } from '../../src/check/template-example.js';
import { loadConfig } from '../../src/config/load-config.js';
import { fixtureProject } from '../build/fixture-project.js';
import { diagnosticsOf, line } from '../support/check-lines.js';
import { tempProject } from '../support/temp-project.js';

const ofRule = (root: string, id: string): string[] =>
  diagnosticsOf(root)
    .filter((d) => d.ruleId === id)
    .map((d) => `${line(d)} ${d.key}`);

describe('the build namespace against the page templates', () => {
  it('is checked only in a project that publishes pages (one with articles)', () => {
    const root = tempProject(templateExample({}, 'nav.home'));
    expect(ofRule(root, 'undefined-key')).toEqual(['locales/en/ui.json:6:10 undefined-key nav.home']);
    rmSync(join(root, 'content'), { recursive: true });
    expect(diagnosticsOf(root).filter((d) => d.ruleId === 'undefined-key' || d.ruleId === 'unused-key')).toEqual([]);
  });

  it('reports a build namespace without a source file once, with what to set, also when no locale has the namespace', () => {
    const article = { 'content/en/hello.md': '---\ntitle: Hello\ndate: 2026-01-01\n---\n\nHello.\n' };
    const fresh = tempProject({ ...article, 'locales/es-AR/ui.json': '{\n  "related": { "puedeInteresarte": "Puede interesarte" }\n}\n' });
    const found = diagnosticsOf(fresh).filter((d) => d.ruleId === 'undefined-key');
    expect(found.map((d) => `${line(d)} ${d.severity} ${d.message}`)).toEqual([
      `locales/en/ui.json:1:1 undefined-key error the build namespace "ui" has no source file locales/en/ui.json: none of the 27 keys the page templates use can be checked, and pages leave out every one their locale lacks; if es-AR holds the original strings, set namespaceSourceLocale: { ui: 'es-AR' } in the config`,
    ]);
    const withoutUi = tempProject({ ...article, 'locales/en/common.json': '{ "a": "A" }\n' });
    expect(
      diagnosticsOf(withoutUi)
        .filter((d) => d.ruleId === 'undefined-key')
        .map((d) => `${line(d)} ${d.message}`),
    ).toEqual([
      'locales/en/ui.json:1:1 undefined-key the build namespace "ui" has no source file locales/en/ui.json: none of the 27 keys the page templates use can be checked, and pages leave out every one their locale lacks; create it, or set build.namespace to the namespace that holds the interface strings',
    ]);
  });

  it('takes as used the forms of keys shown with a count and what used keys nest with $t(), with or without the namespace', () => {
    const files = templateExample(
      {
        brand: 'Acme $t(ui:legal)',
        legal: 'Ltd.',
        site: { name: '$t(brand)' },
        nav: { home_male: 'Home (he)' },
        comments: { count_zero: 'No comments' },
      },
      'site.name',
    );
    expect(ofRule(tempProject(files), 'unused-key')).toEqual([expect.stringMatching(/ unused-key nav\.home_male$/)]);
  });

  it('calls undefined exactly the template keys the build (i18next) finds in no locale', async () => {
    const { root } = await fixtureProject('basic');
    for (const locale of ['en', 'es-AR']) {
      const file = join(root, 'locales', locale, 'ui.json');
      const data = JSON.parse(readFileSync(file, 'utf8'));
      delete data.index.title;
      delete data.footer.rights;
      writeFileSync(file, JSON.stringify(data, null, 2));
    }
    const { config } = await loadConfig(root);
    const undefinedKeys = checkProject(root, config)
      .diagnostics.filter((d) => d.ruleId === 'undefined-key')
      .map((d) => d.key);
    const built = await buildSite(root, config, { now: new Date('2026-01-15T00:00:00Z') });
    const missing = new Set(built.warnings.filter((w) => w.message.includes('is missing (tried')).map((w) => w.key));
    expect(undefinedKeys.sort()).toEqual([...missing].sort());
    expect(undefinedKeys.sort()).toEqual(['footer.rights', 'index.title']);
  });
});
