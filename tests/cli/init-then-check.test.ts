import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli.js';
import { tempProjectsPerTest } from '../support/temp-project.js';

const project = tempProjectsPerTest();

interface JsonReport {
  diagnostics: { file: string; line: number; column: number; ruleId: string; locale?: string; key?: string }[];
  summary: { files: number; locales: number; keys: number };
}

const en = '{\n  "title": "Title",\n  "save": "Save"\n}\n';
const es = '{\n  "title": "Título"\n}\n';

/**
 * One project per layout l10n reads, each with the same defect (es lacks `save`): what `init`
 * writes must let `check` find every file and exactly that defect, as a new user would run them.
 */
const layouts: {
  name: string;
  files: Record<string, string>;
  pattern: string;
  esFile: string;
  counts?: { files: number; keys: number };
}[] = [
  {
    name: 'namespaces in locale folders',
    files: { 'public/locales/en/common.json': en, 'public/locales/es/common.json': es },
    pattern: 'public/locales/{{lng}}/{{ns}}.json',
    esFile: 'public/locales/es/common.json',
  },
  {
    name: 'one file per locale in a folder',
    files: { 'i18n/en.json': en, 'i18n/es.json': es },
    pattern: 'i18n/{{lng}}.json',
    esFile: 'i18n/es.json',
  },
  {
    name: 'locale files in namespace folders',
    // Two namespace folders: with one, `lang/common/{{lng}}.json` is as good a reading.
    files: {
      'lang/common/en.json': en,
      'lang/common/es.json': es,
      'lang/home/en.json': '{ "hello": "Hi" }\n',
      'lang/home/es.json': '{ "hello": "Hola" }\n',
    },
    pattern: 'lang/{{ns}}/{{lng}}.json',
    esFile: 'lang/common/es.json',
    counts: { files: 4, keys: 3 },
  },
  {
    name: 'one file per locale at the root',
    files: { 'en.json': en, 'es.json': es, 'package.json': '{ "name": "app" }\n' },
    pattern: '{{lng}}.json',
    esFile: 'es.json',
  },
];

describe('init, then check, on each bundle layout', () => {
  for (const layout of layouts)
    it(layout.name, () => {
      const root = project(layout.files);
      const init = runCli(['init', '--yes'], root);
      expect(init.status).toBe(0);
      expect(init.stdout).toContain(`bundles ${layout.pattern}:`);
      const check = runCli(['check', '--format', 'json'], root);
      expect(check.stderr).toBe('');
      const report = JSON.parse(check.stdout) as JsonReport;
      expect(report.summary).toMatchObject({ ...(layout.counts ?? { files: 2, keys: 2 }), locales: 2 });
      expect(report.diagnostics.map((d) => [d.file, d.ruleId, d.locale, d.key])).toEqual([[layout.esFile, 'missing-key', 'es', 'save']]);
      expect(check.status).toBe(1);
    });
});

describe('init, then check, on folders of one namespace split by locale', () => {
  it('reads tests/fixtures/init/shared-tree-folders as one tree: only the key fr lacks is missing, at its file:line:col', () => {
    const fixture = fileURLToPath(new URL('../fixtures/init/shared-tree-folders/', import.meta.url));
    const files = readdirSync(fixture, { recursive: true, encoding: 'utf8' }).filter((path) => statSync(join(fixture, path)).isFile());
    const root = project(Object.fromEntries(files.map((path) => [path.replaceAll('\\', '/'), readFileSync(join(fixture, path))])));
    const init = runCli(['init', '--yes'], root);
    expect(init.status).toBe(0);
    expect(init.stdout).toContain('bundles src/i18n/locales/{{lng}}.json and src/i18n/translate/{{lng}}.json: 4 files, 4 locales');
    expect(init.stdout).toContain(
      'bundles: src/i18n/locales (en, zh-CN) and src/i18n/translate (de, fr) are one namespace split by locale',
    );
    expect(init.stdout).toContain('  bundles: ["src/i18n/locales/{{lng}}.json", "src/i18n/translate/{{lng}}.json"],');
    const check = runCli(['check', '--format', 'json'], root);
    expect(check.stderr).toBe('');
    const report = JSON.parse(check.stdout) as JsonReport;
    expect(report.summary).toMatchObject({ files: 4, locales: 4, keys: 6 });
    expect(report.diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.ruleId} ${d.locale} ${d.key}`)).toEqual([
      'src/i18n/translate/fr.json:6:15 missing-key fr settings.language',
    ]);
    expect(check.status).toBe(1);
  });
});
