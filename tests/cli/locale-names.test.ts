import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli.js';
import { tempProjectsPerTest } from '../support/temp-project.js';

const json = (data: unknown): string => `${JSON.stringify(data, null, 2)}\n`;
const project = tempProjectsPerTest();

interface Report {
  diagnostics: { file: string; line: number; column: number; locale?: string; ruleId: string; message: string }[];
}

/** Folders named by language, as freeCodeCamp names them: english (the source), espanol, and klingon, which the config does not map. */
function namedProject(extra: Record<string, string> = {}): string {
  return project({
    'l10n.config.json': json({ sourceLocale: 'en', localeNames: { en: 'english', es: 'espanol' } }),
    'locales/english/x.json': json({ hello: 'Hello', bye: 'Goodbye' }),
    'locales/espanol/x.json': json({ hello: 'Hola' }),
    ...extra,
  });
}

const report = (root: string, args: string[] = []): Report =>
  JSON.parse(runCli(['check', '--format', 'json', ...args], root).stdout) as Report;

describe('localeNames: locales whose folders go by other names', () => {
  it('check reports at the real path and names the locale by its code', () => {
    const findings = report(namedProject()).diagnostics;
    expect(findings.map(({ file, line, column, locale, ruleId }) => ({ file, line, column, locale, ruleId }))).toEqual([
      { file: 'locales/espanol/x.json', line: 1, column: 1, locale: 'es', ruleId: 'missing-key' },
    ]);
    expect(findings[0]?.message).toContain('missing key "bye"');
  });

  it('--locale takes the code', () => {
    const root = namedProject();
    expect(report(root, ['--locale', 'es']).diagnostics.map((finding) => finding.locale)).toEqual(['es']);
    const english = runCli(['check', '--locale', 'english'], root);
    expect(english.status).not.toBe(0);
    expect(english.stderr).toContain('english');
  });

  it('sync writes the missing key into the named folder', () => {
    const root = namedProject();
    const result = runCli(['sync'], root);
    expect(result.status, result.stderr).toBe(0);
    expect(JSON.parse(readFileSync(join(root, 'locales/espanol/x.json'), 'utf8'))).toEqual({ hello: 'Hola', bye: 'Goodbye' });
    expect(report(root).diagnostics.map((finding) => finding.ruleId)).toEqual(['untranslated']);
  });

  it('status lists the locales by code', () => {
    const result = runCli(['status', '--format', 'json'], namedProject());
    expect(result.status, result.stderr).toBe(0);
    const locales = (JSON.parse(result.stdout) as { locales: { locale: string }[] }).locales.map((entry) => entry.locale);
    expect(locales).toEqual(['en', 'es']);
  });

  it('a folder the map does not name is still no language tag to locale-code', () => {
    const findings = report(namedProject({ 'locales/klingon/x.json': json({ hello: 'nuqneH', bye: 'Qapla’' }) })).diagnostics;
    expect(findings.filter((finding) => finding.ruleId === 'locale-code').map(({ file, locale }) => ({ file, locale }))).toEqual([
      { file: 'locales/klingon/x.json', locale: 'klingon' },
    ]);
    expect(findings.some((finding) => finding.ruleId === 'locale-code' && finding.file.includes('espanol'))).toBe(false);
  });

  it('a bad map is a config error naming the field', () => {
    const root = project({
      'l10n.config.json': json({ localeNames: { en: 'english', es: 'english' } }),
      'locales/english/x.json': json({ hello: 'Hello' }),
    });
    const result = runCli(['check'], root);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('localeNames: gives two locales the same name');
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});
