import { mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { runCli } from '../support/run-cli.js';
import { tempProject } from '../support/temp-project.js';

const bundles = { 'locales/en/ui.json': '{ "a": "A", "b": "B" }\n', 'locales/de/ui.json': '{ "a": "A de" }\n' };

it('refuses to check a project none of whose bundles is of its source locale: exit 2, one line naming the likely one', () => {
  const root = tempProject({ ...bundles, 'l10n.config.json': '{ "sourceLocale": "en-US" }\n' });
  const refused = {
    status: 2,
    stdout: '',
    stderr:
      'l10n: no bundle is of the source locale "en-US": the bundles found are of de, en, so no key can be checked against its source. Set "sourceLocale" (or "namespaceSourceLocale") in the config to the locale the others are translated from ("en"?)\n',
  };
  for (const args of [['check'], ['status'], ['sync'], ['export', '--locale', 'de'], ['check', '--format', 'json']])
    expect(runCli(args, root)).toMatchObject(refused);
});

it('checks a project where some namespace has its source file, and warns of the namespace without one', () => {
  const root = tempProject({
    ...bundles,
    'locales/de/menu.json': '{ "m": "Menü" }\n',
    'l10n.config.json': '{ "sourceLocale": "en", "namespaceSourceLocale": { "menu": "fr" } }\n',
  });
  const result = runCli(['check', '--format', 'json'], root);
  expect(result.status).toBe(1);
  const found = (JSON.parse(result.stdout) as { diagnostics: { file: string; ruleId: string; severity: string }[] }).diagnostics.map(
    (d) => `${d.file} ${d.severity} ${d.ruleId}`,
  );
  expect(found).toEqual(['locales/de/menu.json warning extra-key', 'locales/de/ui.json error missing-key']);
});

it('says that the source folder holds no readable file, not that the source locale is wrong, when its one file is a broken link', () => {
  const root = tempProject({ 'locales/de/ui.json': bundles['locales/de/ui.json'], 'l10n.config.json': '{ "sourceLocale": "en" }\n' });
  mkdirSync(join(root, 'locales/en'));
  symlinkSync(join(root, 'gone.json'), join(root, 'locales/en/ui.json'));
  expect(runCli(['check'], root)).toMatchObject({
    status: 2,
    stdout: '',
    stderr:
      'l10n: the source locale "en" has a folder but no bundle file l10n can read, so no key can be checked against its source (locales/en/ui.json: broken or looping symlink (ENOENT))\n',
  });
});
