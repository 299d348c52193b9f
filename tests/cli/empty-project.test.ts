import { mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { runCli } from '../support/run-cli.js';
import { tempProject } from '../support/temp-project.js';

it('refuses to check, build or start a folder with nothing in it: exit 2, one line, no stack', () => {
  const root = tempProject({ 'README.md': 'not a project\n' });
  const nothing = `l10n: nothing to check in ${root}: no bundle (locales/{{lng}}/{{ns}}.json) and no article (content/<locale>/<slug>.md)\n`;
  expect(runCli(['check'], root)).toMatchObject({ status: 2, stdout: '', stderr: nothing });
  expect(runCli(['start'], root)).toMatchObject({ status: 2, stdout: '', stderr: nothing });
  expect(runCli(['build'], root)).toMatchObject({
    status: 2,
    stderr: `l10n: nothing to build in ${root}: no locale (no bundle matches locales/{{lng}}/{{ns}}.json, no locales in the config)\n`,
  });
});

it('refuses a --root that is not a folder', () => {
  const root = tempProject({ 'README.md': 'not a project\n' });
  expect(runCli(['check', '--root', join(root, 'missing')], root)).toMatchObject({
    status: 2,
    stderr: `l10n: --root ${join(root, 'missing')}: no such folder\n`,
  });
  expect(runCli(['build', '--root', join(root, 'README.md')], root)).toMatchObject({
    status: 2,
    stderr: `l10n: --root ${join(root, 'README.md')}: not a folder\n`,
  });
});

it('checks a project whose only file is a bundle', () => {
  const root = tempProject({ 'locales/en/ui.json': '{ "a": "A" }\n' });
  expect(runCli(['check'], root)).toMatchObject({ status: 0 });
});

it('refuses status, sync, export and import in a folder without a bundle: exit 2, one line', () => {
  const root = tempProject({ 'README.md': 'not a project\n', 'es.po': 'msgid ""\nmsgstr ""\n"Language: es\\n"\n' });
  const noBundle = `l10n: no bundle in ${root}: no file matches locales/{{lng}}/{{ns}}.json\n`;
  for (const args of [['status'], ['sync'], ['export', '--locale', 'es'], ['import', 'es.po']])
    expect(runCli(args, root)).toMatchObject({ status: 2, stdout: '', stderr: noBundle });
});

it("refuses output paths the file system cannot hold, at once and in one line (Node's recursive mkdir spins forever on a link to nothing)", () => {
  const root = tempProject({ 'locales/en/ui.json': '{ "a": "A" }\n', 'locales/es/ui.json': '{ "a": "A es" }\n' });
  symlinkSync(join(root, 'gone'), join(root, 'dangling'));
  mkdirSync(join(root, 'reports'));
  expect(runCli(['check', '--output', 'reports'], root)).toMatchObject({
    status: 2,
    stderr: 'l10n: --output reports is a folder: name a file\n',
  });
  expect(runCli(['check', '--output', 'dangling/report.txt'], root)).toMatchObject({
    status: 2,
    stderr: `l10n: cannot mkdir ${join(root, 'dangling')}: EEXIST (file already exists)\n`,
  });
  expect(runCli(['build', '--out', 'dangling'], root)).toMatchObject({
    status: 2,
    stderr: `l10n: ${join(root, 'dangling')} is a link to nothing: remove it or choose another --out\n`,
  });
  expect(runCli(['build', '--out', 'dangling/site'], root)).toMatchObject({ status: 2 });
});
