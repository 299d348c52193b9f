import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { backlogKey, writeBacklogProject } from '../support/backlog-project.mjs';
import { runCli } from '../support/run-cli.js';

interface Report {
  diagnostics: { file: string; line: number; ruleId: string; severity: string; key: string | null }[];
  summary: { errors: number; warnings: number; suppressed: number };
}

/** The suppressions file, as JSON.parse reads it. */
interface Suppressed {
  keys: Record<string, Record<string, Record<string, Record<string, number>>>>;
  files: Record<string, Record<string, number>>;
}

let root: string;
const shape = { locales: ['es', 'fr', 'de', 'it'], namespaces: ['common', 'shop'], keysPerNamespace: 40 };
const file = (path: string): string => join(root, path);
const read = (path: string): string => readFileSync(file(path), 'utf8');
const check = (...args: string[]) => runCli(['check', ...args], root);
const report = (...args: string[]): Report => JSON.parse(check('--format', 'json', ...args).stdout) as Report;
const failing = (r: Report): string[] =>
  r.diagnostics.filter((d) => d.severity !== 'info').map((d) => `${d.file} ${d.ruleId} ${d.key ?? '(file)'}`);

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'l10n-suppressions-'));
  writeBacklogProject(root, shape);
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('l10n check with bulk suppressions, on a project with a backlog', () => {
  it('suppresses the backlog, fails on exactly a new defect, passes once it is undone, and prunes a fixed one', () => {
    const backlog = report();
    expect(backlog.summary.errors).toBeGreaterThan(50);
    expect(check().status).toBe(1);

    const suppressing = check('--suppress-all');
    expect(suppressing.status).toBe(0);
    expect(suppressing.stdout).toContain(`; ${backlog.summary.errors} suppressed`);
    const written = read('l10n-suppressions.json');
    const clean = report();
    expect(failing(clean)).toEqual([]);
    expect(clean.summary.suppressed).toBe(backlog.summary.errors);
    expect(check().status).toBe(0);
    // The same findings write the same bytes.
    expect(check('--suppress-all').status).toBe(0);
    expect(read('l10n-suppressions.json')).toBe(written);

    // One more key gone from a locale: exactly its finding fails.
    const it = read('locales/it/common.json');
    writeFileSync(file('locales/it/common.json'), it.replace(/ {4}"key0": [^\n]*\n/, ''));
    expect(failing(report())).toEqual([`locales/it/common.json missing-key ${backlogKey(0)}`]);
    const failed = check();
    expect(failed.stdout).toContain(`✖ 1 error, 0 warnings, 0 infos in `);
    expect(failed.stdout).toContain(`; ${backlog.summary.errors} suppressed\n`);
    expect(failed.status).toBe(1);
    writeFileSync(file('locales/it/common.json'), it);
    expect(check().status).toBe(0);

    // Lines shift (an edit elsewhere in the file): no entry comes back.
    const es = read('locales/es/common.json');
    writeFileSync(file('locales/es/common.json'), `\n\n\n${es.replace('{\n', '{\n\n\n')}`);
    const shifted = report();
    expect(failing(shifted)).toEqual([]);
    expect(shifted.summary.suppressed).toBe(backlog.summary.errors);

    // A suppressed defect fixed: the stale entry is reported and fails the run (exit 2) until pruned.
    const fixed = backlogKey(1);
    const [section, key] = fixed.split('.') as [string, string];
    writeFileSync(
      file('locales/es/common.json'),
      es.replace(`"${section}": {\n`, `"${section}": {\n    "${key}": "Texto {{name}} número 1 (es)",\n`),
    );
    const stale = check();
    expect(stale.status).toBe(2);
    expect(stale.stderr).toContain('l10n: 1 suppression in l10n-suppressions.json is no longer needed');
    expect(stale.stderr).toContain(`missing-key  es/common "${fixed}"  (1 fewer)`);
    expect(stale.stderr).toContain('--prune-suppressions');
    expect(check('--pass-on-unpruned-suppressions').status).toBe(0);

    const pruning = check('--prune-suppressions');
    expect(pruning.stderr).toBe('');
    expect(pruning.status).toBe(0);
    const pruned = read('l10n-suppressions.json');
    const expected = JSON.parse(written) as Suppressed;
    delete expected.keys['missing-key']?.es?.common?.[fixed];
    expect(JSON.parse(pruned)).toEqual(expected);
    expect(pruned.split('\n').length).toBe(written.split('\n').length - 1);
    expect(check().status).toBe(0);
  });

  it('counts findings per key as ESLint counts them per file: one more and all of them are reported', () => {
    expect(check('--suppress-all').status).toBe(0);
    const es = read('locales/es/shop.json');
    writeFileSync(file('locales/es/shop.json'), es.replace('"dup": "tres"', '"dup": "tres",\n  "dup": "cuatro"'));
    expect(failing(report())).toEqual(Array.from({ length: 3 }, () => 'locales/es/shop.json duplicate-key dup'));
    // One of the two known ones fixed instead: the other stays suppressed and the entry counts one too many.
    writeFileSync(file('locales/es/shop.json'), es.replace(',\n  "dup": "tres"', ''));
    const fewer = check();
    expect(fewer.status).toBe(2);
    expect(fewer.stderr).toContain('duplicate-key  es/shop "dup"  (1 fewer)');
    expect(check('--prune-suppressions').status).toBe(0);
    expect((JSON.parse(read('l10n-suppressions.json')) as Suppressed).keys['duplicate-key']?.es?.shop).toEqual({ dup: 1 });
  });

  it('keys a finding about no key by its file', () => {
    expect(check('--suppress-all').status).toBe(0);
    expect((JSON.parse(read('l10n-suppressions.json')) as Suppressed).files).toEqual({
      'locale-code': { 'locales/pt-br/common.json': 1, 'locales/pt-br/shop.json': 1 },
    });
  });

  it('--suppress-rule suppresses only the rules it names, and keeps the entries of the others', () => {
    expect(check('--suppress-rule', 'missing-key', '--suppress-rule', 'locale-code').status).toBe(1);
    expect(new Set(failing(report()).map((line) => line.split(' ')[1]))).toEqual(new Set(['duplicate-key', 'plural-forms']));
    expect(check('--suppress-rule', 'duplicate-key').status).toBe(1);
    expect(new Set(failing(report()).map((line) => line.split(' ')[1]))).toEqual(new Set(['plural-forms']));
  });

  it('reads and writes the file --suppressions-location names, and refuses one that is not there', () => {
    const missing = check('--suppressions-location', 'ci/suppressions.json');
    expect(missing.stderr).toBe(
      'l10n: --suppressions-location ci/suppressions.json: no such file; --suppress-all or --suppress-rule writes it\n',
    );
    expect(missing.status).toBe(2);
    expect(check('--suppress-all', '--suppressions-location', 'ci/suppressions.json').status).toBe(0);
    expect(check('--suppressions-location', 'ci/suppressions.json').status).toBe(0);
    // The default file is another one, and there is none.
    expect(check().status).toBe(1);
  });

  it('judges only the checked locales with --locale', () => {
    expect(check('--suppress-all').status).toBe(0);
    const entries = JSON.parse(read('l10n-suppressions.json')) as Suppressed;
    const esCommon = entries.keys['missing-key']?.es?.common as Record<string, number>;
    esCommon.gone = 1;
    writeFileSync(file('l10n-suppressions.json'), JSON.stringify(entries));
    expect(check('--locale', 'it').status).toBe(0);
    expect(check('--locale', 'es', '--pass-on-unpruned-suppressions').status).toBe(0);
    expect(check('--locale', 'es').status).toBe(2);
  });

  it.each([
    [
      '--suppress-all',
      '--prune-suppressions',
      'l10n: --suppress-all and --prune-suppressions cannot be used together: run check once for each\n',
    ],
    [
      '--suppress-all',
      '--suppress-rule=missing-key',
      'l10n: --suppress-all and --suppress-rule cannot be used together: run check once for each\n',
    ],
    ['--suppress-all', '--watch', 'l10n: --suppress-all writes the suppressions file once: run it without --watch, then watch\n'],
  ])('refuses %s with %s (exit 2)', (a, b, message) => {
    const { status, stderr } = check(a, b);
    expect(stderr).toBe(message);
    expect(status).toBe(2);
  });

  it('refuses --suppress-rule with an unknown rule (exit 2)', () => {
    const { status, stderr } = check('--suppress-rule', 'missing-keys');
    expect(stderr).toMatch(/^l10n: --suppress-rule missing-keys: unknown rule \(known: json-syntax, .*missing-key, /);
    expect(status).toBe(2);
  });
});
