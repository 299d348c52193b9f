import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { diagnosticsOf, line } from '../support/check-lines.js';
import { runCli } from '../support/run-cli.js';
import { tempProjectsPerTest } from '../support/temp-project.js';

const project = tempProjectsPerTest();

/** DocSpace keeps each key's metadata in `locales/.meta/<ns>/<key>.json` beside the locale folders. */
function withMetadata(): string {
  const root = project({
    'locales/en/translation.json': '{\n  "hello": "Hello",\n  "bye": "Bye"\n}\n',
    'locales/de/translation.json': '{\n  "hello": "Hallo"\n}\n',
    'locales/.meta/translation/hello.json': '{ "comment": "a greeting" }\n',
    'locales/node_modules/x/index.json': '{}\n',
  });
  mkdirSync(join(root, 'locales', '.cache'));
  return root;
}

it('takes no dot folder (nor node_modules) under the locales for a locale, with no locales listed', () => {
  expect(diagnosticsOf(withMetadata()).map(line)).toEqual(['locales/de/translation.json:1:1 missing-key']);
});

it('never has sync write into a dot folder', () => {
  const run = runCli(['sync', '--dry-run'], withMetadata());
  expect(run.status).toBe(0);
  expect(run.stdout).toContain('locales/de/translation.json');
  expect(run.stdout).not.toMatch(/\.meta|\.cache|node_modules/);
});
