import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CheckSummary } from '../../src/check/run-check.js';
import { runCli } from '../support/run-cli.js';
import { tempProject, tempProjectsPerTest } from '../support/temp-project.js';

const json = (data: unknown): string => `${JSON.stringify(data, null, 2)}\n`;
const article = (title: string, body: string): string => `---\ntitle: ${title}\n---\n\n# ${title}\n\n${body}\n`;

/**
 * Five locales, two namespaces, a finding in most files, one of them the source's own (its empty
 * value); es-AR has no pages.json (it falls back to es, and its findings are placed at that path),
 * and fr has an article beside the source's (de, es and es-AR have none: their article-missing is
 * placed at the source's). Bundle files: en 2, de 2, es 2, es-AR 1, fr 2; articles: en 1, fr 1.
 */
const FILES: Record<string, string> = {
  'l10n.config.json': json({ sourceLocale: 'en' }),
  'locales/en/common.json': json({ hello: 'Hello', bye: 'Goodbye', empty: '', name: 'Hi {{name}}' }),
  'locales/en/pages.json': json({ title: 'Home', about: 'About us' }),
  'locales/de/common.json': json({ hello: 'Hallo', bye: 'Tschüss', empty: 'Leer', name: 'Hallo {{name}}', extra: 'Mehr' }),
  'locales/de/pages.json': json({ title: 'Start', about: 'Über uns' }),
  'locales/es/common.json': json({ hello: 'Hola', bye: 'Adiós', empty: 'Vacío', name: 'Hola {{nombre}}' }),
  'locales/es/pages.json': json({ title: 'Inicio', about: 'Nosotros' }),
  'locales/es-AR/common.json': json({ hello: 'Hola', bye: 'Chau', empty: 'Vacío' }),
  'locales/fr/common.json': json({ hello: 'Bonjour', empty: 'Vide', name: 'Salut {{name}}' }),
  'locales/fr/pages.json': json({ title: 'Accueil', about: 'À propos' }),
  'content/en/hello.md': article('Hello', 'Some text.'),
  'content/fr/hello.md': article('Bonjour', 'Du texte.'),
};
const FILES_OF: Record<string, number> = { en: 3, de: 2, es: 2, 'es-AR': 1, fr: 3 };

interface Report {
  diagnostics: { file: string; locale?: string }[];
  summary: CheckSummary;
}

let root: string;
beforeAll(() => {
  root = tempProject(FILES);
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

const localeArgs = (locales: readonly string[]): string[] => locales.flatMap((locale) => ['--locale', locale]);

/** `check` with these arguments, in each way a run can take: one thread, two workers, the cache cold, then warm. */
function everyWay(args: string[]): Record<string, { status: number | null; stdout: string; stderr: string }> {
  const cache = join(root, `.cache-${args.join('-').replace(/[^a-z-]/gi, '')}.json`);
  rmSync(cache, { force: true });
  const ways = {
    'one thread': runCli(['check', ...args, '--jobs', '1'], root),
    'two workers': runCli(['check', ...args, '--jobs', '2'], root),
    'cache, cold': runCli(['check', ...args, '--cache', '--cache-location', cache], root),
    'cache, warm': runCli(['check', ...args, '--cache', '--cache-location', cache], root),
  };
  rmSync(cache, { force: true });
  return ways;
}

/** The summary line of a text report (its last) or a markdown one (its first with totals). */
const summaryLine = (report: string, format: string): string => {
  const lines = report.trimEnd().split('\n');
  return (format === 'text' ? lines.at(-1) : lines.find((line) => /^[✔✖] \*\*/.test(line))) ?? '';
};

describe('check --locale: the summary counts the files and locales reported on', () => {
  let whole: Report;
  beforeAll(() => {
    whole = JSON.parse(runCli(['check', '--format', 'json', '--jobs', '1'], root).stdout) as Report;
  });

  it('counts every file and locale without --locale, and each source finding is reported there', () => {
    expect(whole.summary).toMatchObject({ files: 11, locales: 5, keys: 6 });
    expect(whole.diagnostics.some((d) => d.locale === 'en')).toBe(true);
  });

  it.each([
    [['fr'], 3, 1],
    [['es-AR'], 1, 1],
    [['en'], 3, 1],
    [['fr', 'de'], 5, 2],
    [['fr', 'fr'], 3, 1],
    [['es-AR', 'es', 'en'], 6, 3],
  ])('--locale %j: %i files, %i locales, in every format and every way of running', (locales, files, count) => {
    const distinct = [...new Set(locales)];
    expect(files).toBe(distinct.reduce((sum, locale) => sum + (FILES_OF[locale] as number), 0));
    const scope = `${files} file${files === 1 ? '' : 's'}, ${count} locale${count === 1 ? '' : 's'}, 6 source keys`;
    const reports: Record<string, string> = {};
    for (const format of ['json', 'text', 'markdown']) {
      const ways = everyWay([...localeArgs(locales), '--format', format]);
      for (const [way, run] of Object.entries(ways)) {
        const label = `${format}, ${way}`;
        reports[label] = run.stdout;
        // Every way gives the report one thread gives, byte for byte.
        expect(run.stdout, label).toBe(ways['one thread']?.stdout);
        expect(run.status, label).toBe(ways['one thread']?.status);
        if (format === 'json') {
          const report = JSON.parse(run.stdout) as Report;
          expect(report.summary, label).toMatchObject({ files, locales: count, keys: 6 });
          // The findings and their totals are those of the locales asked for in the whole report.
          const expected = whole.diagnostics.filter((d) => d.locale !== undefined && distinct.includes(d.locale));
          expect(report.diagnostics, label).toEqual(expected);
          expect(report.summary.errors + report.summary.warnings + report.summary.infos, label).toBe(expected.length);
        } else expect(summaryLine(run.stdout, format), label).toMatch(new RegExp(` in ${scope}$`));
      }
    }
    // The source's own finding (its empty value) is reported only when the source is asked for.
    const reportsSource = (JSON.parse(reports['json, one thread'] as string) as Report).diagnostics.some((d) => d.locale === 'en');
    expect(reportsSource).toBe(distinct.includes('en'));
  });

  it('adds up over the locales one at a time to the whole check', () => {
    let files = 0;
    let locales = 0;
    for (const locale of Object.keys(FILES_OF)) {
      const { summary } = JSON.parse(runCli(['check', '--format', 'json', '--locale', locale], root).stdout) as Report;
      files += summary.files;
      locales += summary.locales;
      expect(summary.keys, locale).toBe(whole.summary.keys);
    }
    expect({ files, locales }).toEqual({ files: whole.summary.files, locales: whole.summary.locales });
  });

  it('gives the whole check the same counts in every way of running', () => {
    for (const [way, run] of Object.entries(everyWay(['--format', 'json'])))
      expect((JSON.parse(run.stdout) as Report).summary, way).toEqual(whole.summary);
  });
});

describe('check --locale of a locale without files', () => {
  const project = tempProjectsPerTest();

  it('is a check of that locale, not of nothing: 0 files, 1 locale, exit 0', () => {
    const dir = project({
      'l10n.config.json': json({ sourceLocale: 'en', locales: ['en', 'de'] }),
      'locales/en/ui.json': json({}),
    });
    const run = runCli(['check', '--locale', 'de'], dir);
    expect(run).toMatchObject({ status: 0, stderr: '' });
    expect(run.stdout).toBe('✔ no problems (0 errors, 0 warnings, 0 infos) in 0 files, 1 locale, 0 source keys\n');
  });
});
