import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli.js';
import { tempProjectsPerTest } from '../support/temp-project.js';

// Two projects whose i18next setup changes the string syntax (tests/fixtures/syntax-options):
// init reads the options from the setup, and what check then says of each string is what
// i18next 26, given the same options, renders.

const project = tempProjectsPerTest();

interface JsonReport {
  diagnostics: { file: string; line: number; column: number; ruleId: string; severity: string; message: string }[];
}

/** A copy of a fixture in a temporary folder (init writes its config there). */
function copyOf(name: string): string {
  const fixture = fileURLToPath(new URL(`../fixtures/syntax-options/${name}/`, import.meta.url));
  const files = readdirSync(fixture, { recursive: true, encoding: 'utf8' }).filter((path) => statSync(join(fixture, path)).isFile());
  return project(Object.fromEntries(files.map((path) => [path.replaceAll('\\', '/'), readFileSync(join(fixture, path))])));
}

/** init, then check: what init says of the syntax, and check's findings as `file:line:col rule severity message`. */
function initThenCheck(root: string): { syntax: string[]; findings: string[] } {
  const init = runCli(['init', '--yes'], root);
  expect(init.status).toBe(0);
  const check = runCli(['check', '--format', 'json'], root);
  expect(check.stderr).toBe('');
  const report = JSON.parse(check.stdout) as JsonReport;
  return {
    syntax: init.stdout.split('\n').filter((line) => line.includes('interpolation')),
    findings: report.diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.ruleId} ${d.severity} ${d.message}`),
  };
}

/** What i18next 26 renders for each key of a locale's bundles under the setup's interpolation options. */
function renderer(root: string, files: Record<string, string>, interpolation: Record<string, string>) {
  const resources = Object.fromEntries(
    Object.entries(files).map(([locale, file]) => [locale, { common: JSON.parse(readFileSync(join(root, file), 'utf8')) as object }]),
  );
  return (locale: string, key: string, values: Record<string, unknown> = {}): string => {
    const i18n = i18next.createInstance();
    void i18n.init({ initAsync: false, lng: locale, fallbackLng: 'en', resources, ns: ['common'], defaultNS: 'common', interpolation });
    return i18n.t(key, values);
  };
}

describe("a project that sets unescapeSuffix (overleaf's __nameHTML__)", () => {
  it('reads an unescaped variable i18next cannot fill, and one written unescaped where the source escapes', () => {
    const root = copyOf('unescape-suffix');
    const { syntax, findings } = initThenCheck(root);
    expect(syntax).toEqual([
      '  interpolation: src/i18n.js gives i18next the prefix "__", suffix "__" and unescapeSuffix "HTML", so variables read __name__ and unescaped ones __nameHTML__',
      '  interpolation: { prefix: "__", suffix: "__", unescapeSuffix: "HTML" },',
    ]);
    expect(findings).toEqual([
      'locales/de.json:2:3 interpolation-mismatch error i18next does not fill __pathHTML__ here: its unescaped pattern __(.+?)HTML__ starts at an earlier "__" of the line, so it reads a variable "pathHTML", which the app does not pass, and shows it as written (the en source "imported" fills it); write it before the line\'s other variables',
      'locales/de.json:3:3 interpolation-mismatch warning writes __nameHTML__ unescaped where the source escapes it: an injection risk',
    ]);
    const t = renderer(root, { en: 'locales/en.json', de: 'locales/de.json' }, { prefix: '__', suffix: '__', unescapeSuffix: 'HTML' });
    const values = { path: '<b>x</b>', date: 'today', name: '<i>Ann</i>', url: '<a>u</a>' };
    expect(t('en', 'imported', values)).toBe('Imported from <b>x</b> at today');
    expect(t('de', 'imported', values)).toBe('Am today aus __pathHTML__ importiert');
    expect(t('en', 'greeting', values)).toBe('Hello &lt;i&gt;Ann&lt;&#x2F;i&gt;');
    expect(t('de', 'greeting', values)).toBe('Hallo <i>Ann</i>');
    expect(t('de', 'link', values)).toBe(t('en', 'link', values).replace('Open', 'Öffne'));
  });
});

describe('a project with its own nesting delimiters and options separator', () => {
  it('reads [[key| {...}]] as i18next does, and $t( as text', () => {
    const root = copyOf('custom-nesting');
    const { syntax, findings } = initThenCheck(root);
    expect(syntax).toEqual([
      '  interpolation: src/i18n.ts gives i18next the nestingPrefix "[[", nestingSuffix "]]" and nestingOptionsSeparator "|", so nestings read [[key| {"count": 2}]]',
      '  interpolation: { nestingPrefix: "[[", nestingSuffix: "]]", nestingOptionsSeparator: "|" },',
    ]);
    expect(findings).toEqual([
      'locales/de/common.json:3:3 nesting-mismatch info drops [[greeting]] that the en source "welcome" nests: readers get its text only where the translation writes it out, as a copy that no longer follows it',
      'locales/de/common.json:7:3 nesting error [[faq]] does not resolve in de or its fallbacks; the page would show the raw key',
      'locales/en/common.json:7:3 nesting error [[faq]] does not resolve in en or its fallbacks; the page would show the raw key',
    ]);
    const t = renderer(
      root,
      { en: 'locales/en/common.json', de: 'locales/de/common.json' },
      { nestingPrefix: '[[', nestingSuffix: ']]', nestingOptionsSeparator: '|' },
    );
    expect(t('en', 'welcome')).toBe('Hello, welcome');
    expect(t('de', 'files')).toBe('Geteilt: 2 Dateien');
    expect(t('de', 'help')).toBe('Siehe faq');
    expect(t('en', 'price')).toBe('Costs $t(amount)');
  });
});
