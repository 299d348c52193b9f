import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateProject } from '../../bench/generate-project.mjs';
// The compiled library: its workers run lib/check/load-check-worker.js, as they do for users.
import { checkProject, checkProjectInParallel, loadConfig, type CheckResult, type Config } from '../../lib/index.js';

let dir: string;
let config: Config;
let oneThread: CheckResult;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'l10n-parallel-'));
  generateProject({ size: 'small', seed: 11, outDir: dir });
  config = (await loadConfig(dir)).config;
  oneThread = checkProject(dir, config);
});

describe('check on two worker threads', () => {
  it('reports what one thread reports, diagnostic for diagnostic', async () => {
    expect(oneThread.diagnostics.length).toBeGreaterThan(10);
    expect(await checkProjectInParallel(dir, config, { jobs: 2 })).toEqual(oneThread);
  });

  it('reports what one thread reports for the locales asked for, each fallback chain read by the share that needs it', async () => {
    for (const locales of [['es-AR'], ['es', 'es-AR'], ['en', 'es-mx']]) {
      expect(await checkProjectInParallel(dir, config, { jobs: 2, locales }), locales.join()).toEqual(
        checkProject(dir, config, { locales }),
      );
    }
  });

  it('reads only the files the locales asked for need on one thread, and reports what a check of every file reports', async () => {
    const cases: [string[], string[]][] = [
      [['es-mx'], ['en', 'es', 'es-mx']],
      [['es-AR'], ['en', 'es', 'es-AR']],
      [['en'], ['en']],
    ];
    for (const [locales, needed] of cases) {
      const read = new Set<string>();
      const narrowed = await checkProjectInParallel(dir, config, { jobs: 1, locales, observe: (input) => read.add(input.locale) });
      expect(narrowed, locales.join()).toEqual(checkProject(dir, config, { locales }));
      expect([...read].sort(), locales.join()).toEqual(needed);
    }
  });

  it('keeps the warnings about paths that are not bundle files, once', async () => {
    const project = mkdtempSync(join(tmpdir(), 'l10n-parallel-skipped-'));
    cpSync(dir, project, { recursive: true });
    mkdirSync(join(project, 'locales/es/extra.json'));
    const one = checkProject(project, config);
    expect(one.diagnostics.filter((d) => d.message.includes('is a folder, not a bundle file'))).toHaveLength(1);
    expect(await checkProjectInParallel(project, config, { jobs: 2 })).toEqual(one);
  });

  it('reports what one thread reports when some locales have no files at all', async () => {
    const more = { ...config, locales: ['en', 'es', 'es-AR', 'es-mx', 'fr', 'de', 'it'] };
    const one = checkProject(dir, more);
    expect(one.diagnostics.some((d) => d.locale === 'fr' && d.ruleId === 'missing-key')).toBe(true);
    expect(await checkProjectInParallel(dir, more, { jobs: 2 })).toEqual(one);
  });

  it('reports what one thread reports when a namespace has another source locale', async () => {
    const other = { ...config, namespaceSourceLocale: { common: 'es' } };
    expect(await checkProjectInParallel(dir, other, { jobs: 2 })).toEqual(checkProject(dir, other));
  });

  it('reads the files of a locale spelled another way, which locale-code names, and only where the namespace has one', async () => {
    const project = mkdtempSync(join(tmpdir(), 'l10n-parallel-twins-'));
    const files: Record<string, string> = {
      'locales/en/ui.json': '{ "title": "Title" }',
      'locales/en/mail.json': '{ "subject": "Subject" }',
      'locales/ko-KR/ui.json': '{ "title": "제목" }',
      'locales/ko-KR/mail.json': '{ "subject": "제목" }',
      'locales/ko_KR/mail.json': '{ "subject": "주제" }',
    };
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(join(project, path, '..'), { recursive: true });
      writeFileSync(join(project, path), text);
    }
    const twins = (await loadConfig(project)).config;
    const named = (result: CheckResult): string[] =>
      result.diagnostics
        .filter((d) => d.ruleId === 'locale-code')
        .map((d) => `${d.file} ${/\(([^)]+) is the other\)/.exec(d.message)?.[1]}`);
    const whole = checkProject(project, twins);
    expect(named(whole)).toEqual(['locales/ko-KR/mail.json locales/ko_KR/mail.json', 'locales/ko_KR/mail.json locales/ko-KR/mail.json']);
    for (const locales of [['ko-KR'], ['ko_KR'], ['ko-KR', 'ko_KR']]) {
      const one = checkProject(project, twins, { locales });
      expect(named(one), locales.join()).toHaveLength(locales.length);
      expect(await checkProjectInParallel(project, twins, { jobs: 1, locales }), locales.join()).toEqual(one);
      expect(await checkProjectInParallel(project, twins, { jobs: 2, locales }), locales.join()).toEqual(one);
    }
    expect(await checkProjectInParallel(project, twins, { jobs: 2 })).toEqual(whole);
    rmSync(project, { recursive: true, force: true });
  });

  it('checks a share again on the main thread when its worker runs out of heap, losing nothing', async () => {
    const starved = await checkProjectInParallel(dir, config, {
      jobs: 2,
      workerHeap: { maxOldGenerationSizeMb: 1, maxYoungGenerationSizeMb: 1 },
    });
    expect(starved).toEqual(oneThread);
  });
});
