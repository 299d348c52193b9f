import { expect, it } from 'vitest';
import { tempProjectsPerTest } from '../support/temp-project.js';
import { runCommand } from './run-command.js';

const project = tempProjectsPerTest();

// A namespace whose source file is absent or broken: said, and only where a locale asked for has a
// file of it (homarr's `sync --locale cn` printed 19 such lines for namespaces neither locale has).

it('says whether the source file is absent or broken, only for the locales asked for', async () => {
  const root = project({
    'l10n.config.json': JSON.stringify({ sourceLocale: 'en', locales: ['en', 'de', 'cn'] }),
    'locales/en/ui.json': '{ "a": "A" }\n',
    'locales/en/mail.json': '{ "a": \n',
    'locales/de/ui.json': '{}\n',
    'locales/de/mail.json': '{}\n',
    'locales/de/admin.json': '{}\n',
  });
  const all = await runCommand(['sync', '--root', root, '--dry-run']);
  expect(all.stdout.split('\n').filter((l) => l.includes('skipped'))).toEqual([
    'locales/en/admin.json: skipped: the source locale en has no file of "admin"; nothing to sync it from',
    expect.stringMatching(
      /^locales\/en\/mail\.json: skipped: the source file cannot be parsed \(.+\); fix it first, nothing to sync "mail" from$/,
    ),
  ]);
  const cn = await runCommand(['sync', '--root', root, '--dry-run', '--locale', 'cn']);
  expect(cn.stdout).not.toContain('skipped');
});
