import { mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { inferProject } from '../../src/init/infer-project.js';
import { listProjectFiles, readProjectSample } from '../../src/init/read-project-sample.js';
import { tempProjectsPerTest } from '../support/temp-project.js';

const project = tempProjectsPerTest();

it('lists files outside installed packages, build output, tests and hidden folders, and follows no link', () => {
  const outside = project({ 'locales/en/secret.json': '{}' });
  const root = project({
    'locales/en/a.json': '{ "a": "A" }',
    'locales/de/a.json': '{}',
    'node_modules/x/locales/en/a.json': '{}',
    'dist/locales/en/a.json': '{}',
    'tests/fixtures/locales/en/a.json': '{}',
    '.git/locales/en/a.json': '{}',
    'src/app.ts': '',
  });
  symlinkSync(join(outside, 'locales'), join(root, 'linked'));
  mkdirSync(join(root, 'locales/loop'));
  symlinkSync('..', join(root, 'locales/loop/up'));
  expect(listProjectFiles(root)).toEqual({ paths: ['locales/de/a.json', 'locales/en/a.json', 'src/app.ts'], truncated: false });
  expect(readProjectSample(root).texts).toEqual(
    new Map([
      ['locales/de/a.json', '{}'],
      ['locales/en/a.json', '{ "a": "A" }'],
      // An app's entry file, which may initialise i18next itself.
      ['src/app.ts', ''],
    ]),
  );
});

it('stops at its limit and says so', () => {
  const root = project({ 'i18n/de.json': '{}', 'i18n/en.json': '{}', 'i18n/fr.json': '{}' });
  const sample = readProjectSample(root, 2);
  expect(sample).toMatchObject({ paths: ['i18n/de.json', 'i18n/en.json'], truncated: true });
  expect(inferProject(sample).notes).toContain("the search stopped after 2 files: run init in the project's root");
});
