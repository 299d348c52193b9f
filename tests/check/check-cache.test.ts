import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  unlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateProject } from '../../bench/generate-project.mjs';
import { checkWithCache } from '../../src/check/load-cached-check.js';
import { checkEverything } from '../../src/check/load-full-check.js';
import { loadConfig } from '../../src/config/load-config.js';
import type { Config } from '../../src/config/schema.js';
import { BundleCache } from '../../src/project/bundle-cache.js';
import { formatReport } from '../../src/report/format-report.js';

let root: string;
let config: Config;
let files: string[];
let originals: Map<string, string>;
const dirs: string[] = [];

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'l10n-check-cache-'));
  dirs.push(root);
  generateProject({ size: 'small', seed: 5, outDir: root });
  config = (await loadConfig(root)).config;
  files = readdirSync(join(root, 'locales')).flatMap((locale) =>
    readdirSync(join(root, 'locales', locale)).map((name) => `locales/${locale}/${name}`),
  );
  originals = new Map(files.map((file) => [file, readFileSync(join(root, file), 'utf8')]));
});

afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/** Both reports a user can diff, as the CLI writes them. */
async function reports(result: Awaited<ReturnType<typeof checkEverything>>): Promise<string> {
  return (await formatReport(result, 'json', false, '0.0.0')) + (await formatReport(result, 'text', false, '0.0.0'));
}

/** Values an edit writes: references across namespaces and within, plurals, markup, interpolation, emptiness. */
const VALUES = ['$t(common:nav.home)', '$t(account:title)', '$t(missing.key)', '{{name}}', '', '<b>x</b>', 'Hola', '$t(common:zzz)'];

/** One edit to one bundle file of the project. */
const edit = fc.record({
  file: fc.nat(),
  line: fc.nat(),
  kind: fc.constantFrom('value', 'value', 'value', 'drop-line', 'same-size', 'restore', 'remove', 'break'),
  value: fc.constantFrom(...VALUES),
});

function apply(step: { file: number; line: number; kind: string; value: string }): void {
  const file = files[step.file % files.length] as string;
  const path = join(root, file);
  const original = originals.get(file) as string;
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    text = original;
  }
  const lines = text.split('\n');
  const at = 1 + (step.line % Math.max(1, lines.length - 2));
  const line = lines[at] ?? '';
  switch (step.kind) {
    case 'value':
      lines[at] = line.replace(/: "(?:[^"\\]|\\.)*"/, `: ${JSON.stringify(step.value)}`);
      break;
    case 'drop-line':
      lines.splice(at, 1);
      break;
    case 'same-size': {
      // The same length and the old modification time: only the content (and ctime) tells.
      const before = statSync(path, { throwIfNoEntry: false });
      lines[at] = line.replace(/[a-z]/, (c) => (c === 'q' ? 'x' : 'q'));
      writeFileSync(path, lines.join('\n'));
      if (before) utimesSync(path, before.atime, before.mtime);
      return;
    }
    case 'restore':
      writeFileSync(path, original);
      return;
    case 'remove':
      rmSync(path, { force: true });
      return;
    case 'break':
      lines[at] = `${line},,`;
      break;
  }
  writeFileSync(path, lines.join('\n'));
}

function restoreAll(): void {
  for (const [file, text] of originals) writeFileSync(join(root, file), text);
}

describe('check --cache', () => {
  it.each([
    ['hashing every file that changed lately', 2000],
    ['trusting the size and times of files hashed before', 0],
  ])(
    'reports what a check without the cache reports, byte for byte, after random edits (%s)',
    async (_, settleMs) => {
      const cacheDir = mkdtempSync(join(tmpdir(), 'l10n-check-cache-file-'));
      dirs.push(cacheDir);
      let run = 0;
      await fc.assert(
        fc.asyncProperty(fc.array(edit, { minLength: 1, maxLength: 6 }), fc.boolean(), async (steps, withLocale) => {
          restoreAll();
          const cacheFile = join(cacheDir, `cache-${run++}.json`);
          const scope = withLocale ? { locales: ['es-AR'] } : {};
          checkWithCache(root, config, { cacheFile, version: 'test', settleMs, ...scope });
          for (const step of steps) {
            apply(step);
            const cached = checkWithCache(root, config, { cacheFile, version: 'test', settleMs, ...scope });
            expect(cached.notes).toEqual([]);
            expect(await reports(cached.result)).toBe(await reports(await checkEverything(root, config, { jobs: 1, ...scope })));
          }
        }),
        { numRuns: 30 },
      );
      restoreAll();
    },
    120_000,
  );

  it('reuses the findings of a unit whose files did not change, and only of those', () => {
    restoreAll();
    const dir = mkdtempSync(join(tmpdir(), 'l10n-check-cache-file-'));
    dirs.push(dir);
    const cacheFile = join(dir, 'cache.json');
    checkWithCache(root, config, { cacheFile, version: 'test', settleMs: -60_000 });
    // A finding planted in the cache shows that the cache was used, not the files read again.
    const data = JSON.parse(readFileSync(cacheFile, 'utf8')) as { units: Record<string, { diagnostics: { message: string }[] }> };
    const planted = Object.entries(data.units).find(([, unit]) => unit.diagnostics.length > 0);
    expect(planted).toBeDefined();
    const [id, unit] = planted as [string, { diagnostics: { message: string }[] }];
    (unit.diagnostics[0] as { message: string }).message = 'planted';
    writeFileSync(cacheFile, JSON.stringify(data));
    const messages = (): string[] =>
      checkWithCache(root, config, { cacheFile, version: 'test', settleMs: -60_000 }).result.diagnostics.map((d) => d.message);
    expect(messages()).toContain('planted');
    const [namespace, locale] = id.split('\u0000') as [string, string];
    const file = `locales/${locale}/${namespace}.json`;
    writeFileSync(join(root, file), `${originals.get(file) as string}\n`);
    expect(messages()).not.toContain('planted');
    restoreAll();
  });

  it('counts $t() expansions across namespaces when it re-checks a namespace without the ones it names', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'l10n-check-cache-bomb-'));
    dirs.push(dir);
    generateProject({ size: 'small', seed: 5, outDir: dir });
    const bombConfig = (await loadConfig(dir)).config;
    // Eleven references a level: 1,463 lookups from account's bomb.start, past the limit only when
    // common's messages are counted with account's (132 from common's bomb.l1 alone). Common names
    // no other namespace, so an edit of account leaves its key, and it is not checked again.
    const times = (ref: string): string => Array.from({ length: 11 }, () => `$t(${ref})`).join(' ');
    const addKeys = (file: string, keys: Record<string, string>): void => {
      const path = join(dir, 'locales', 'en', file);
      const data = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
      writeFileSync(path, JSON.stringify({ ...data, bomb: keys }, null, 2));
    };
    addKeys('common.json', { l1: times('bomb.l2'), l2: times('bomb.l3'), l3: 'x' });
    addKeys('account.json', { start: 'plain' });
    const cacheFile = join(dir, 'cache.json');
    checkWithCache(dir, bombConfig, { cacheFile, version: 'test', settleMs: 0 });
    const account = join(dir, 'locales', 'en', 'account.json');
    writeFileSync(
      account,
      readFileSync(account, 'utf8').replace('"start": "plain"', `"start": ${JSON.stringify(times('common:bomb.l1'))}`),
    );
    const cached = checkWithCache(dir, bombConfig, { cacheFile, version: 'test', settleMs: 0 });
    expect(cached.result.diagnostics.some((d) => d.ruleId === 'nesting' && d.key === 'bomb.start')).toBe(true);
    expect(await reports(cached.result)).toBe(await reports(await checkEverything(dir, bombConfig, { jobs: 1 })));
  });

  it('re-checks a locale beside its other spelling, which locale-code names', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'l10n-check-cache-twins-'));
    dirs.push(dir);
    const write = (path: string, text: string): void => {
      mkdirSync(join(dir, path, '..'), { recursive: true });
      writeFileSync(join(dir, path), text);
    };
    write('locales/en/ui.json', '{ "title": "Title" }');
    write('locales/ko-KR/ui.json', '{ "title": "제목" }');
    write('locales/ko_KR/ui.json', '{ "title": "주제" }');
    const twins = (await loadConfig(dir)).config;
    const cacheFile = join(dir, 'cache.json');
    for (const scope of [{}, { locales: ['ko-KR'] }]) {
      checkWithCache(dir, twins, { cacheFile, version: 'test', settleMs: 0, ...scope });
      write('locales/ko-KR/ui.json', `{ "title": "제목 ${JSON.stringify(scope).length}" }`);
      const cached = checkWithCache(dir, twins, { cacheFile, version: 'test', settleMs: 0, ...scope });
      expect(cached.result.diagnostics.some((d) => d.ruleId === 'locale-code' && d.locale === 'ko-KR')).toBe(true);
      expect(await reports(cached.result)).toBe(await reports(await checkEverything(dir, twins, { jobs: 1, ...scope })));
    }
  });

  it.each([
    ['damaged', (file: string) => writeFileSync(file, '{"kind": "l10n-check-cache", "format": 1, "files": '), 'it is not JSON'],
    ['foreign', (file: string) => writeFileSync(file, '{"eslint": true}'), 'it is not an l10n check cache'],
    [
      'from another version',
      (file: string) => writeFileSync(file, readFileSync(file, 'utf8').replace('"version":"test"', '"version":"0.0.1"')),
      'l10n 0.0.1 wrote it',
    ],
  ])('ignores a %s cache with a note, and reports what a check without it reports', async (_, spoil, note) => {
    restoreAll();
    const dir = mkdtempSync(join(tmpdir(), 'l10n-check-cache-file-'));
    dirs.push(dir);
    const cacheFile = join(dir, 'cache.json');
    checkWithCache(root, config, { cacheFile, version: 'test' });
    // A planted finding in a cache that must not be trusted would show in the report.
    spoil(cacheFile);
    const cached = checkWithCache(root, config, { cacheFile, version: 'test' });
    expect(cached.notes.join('\n')).toContain(note);
    expect(await reports(cached.result)).toBe(await reports(await checkEverything(root, config, { jobs: 1 })));
    expect(checkWithCache(root, config, { cacheFile, version: 'test' }).notes).toEqual([]);
  });

  it('is not used for the first check of --watch, which must keep every parsed bundle', async () => {
    restoreAll();
    const dir = mkdtempSync(join(tmpdir(), 'l10n-check-cache-file-'));
    dirs.push(dir);
    const file = join(dir, 'cache.json');
    const bundleCache = new BundleCache();
    const notes: string[] = [];
    const result = await checkEverything(root, config, { bundleCache, cache: { file, version: 'test', note: (note) => notes.push(note) } });
    expect([...bundleCache.bundles()]).toHaveLength(files.length);
    expect(existsSync(file)).toBe(false);
    expect(await reports(result)).toBe(await reports(await checkEverything(root, config, { jobs: 1 })));
  });

  it('ignores a cache written for another config with a note', () => {
    restoreAll();
    const dir = mkdtempSync(join(tmpdir(), 'l10n-check-cache-file-'));
    dirs.push(dir);
    const cacheFile = join(dir, 'cache.json');
    checkWithCache(root, config, { cacheFile, version: 'test' });
    const other = { ...config, rules: { ...config.rules, untranslated: 'off' as const } };
    const cached = checkWithCache(root, other, { cacheFile, version: 'test' });
    expect(cached.notes.join('\n')).toContain('written for another config');
    expect(cached.result.diagnostics.some((d) => d.ruleId === 'untranslated')).toBe(false);
  });

  it('says so when the cache cannot be written, and still reports', () => {
    restoreAll();
    const dir = mkdtempSync(join(tmpdir(), 'l10n-check-cache-file-'));
    dirs.push(dir);
    writeFileSync(join(dir, 'file'), '');
    const cached = checkWithCache(root, config, { cacheFile: join(dir, 'file', 'cache.json'), version: 'test' });
    expect(cached.notes.join('\n')).toContain('could not write the check cache');
    expect(cached.result.diagnostics.length).toBeGreaterThan(0);
    unlinkSync(join(dir, 'file'));
  });
});
