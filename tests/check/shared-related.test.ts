import { describe, expect, it } from 'vitest';
import { checkProject } from '../../src/check/load-check.js';
import { parseConfig } from '../../src/config/parse-config.js';
import type { Finding } from '../../src/check/finding.js';
import { toDiagnostic } from '../../src/check/to-diagnostic.js';
import { toBundle, type BundleSource } from '../../src/project/bundle.js';
import { readBundleFiles } from '../../src/project/load-bundles.js';
import { tempProjectsPerTest } from '../support/temp-project.js';
import { DEFAULT_SYNTAX } from '../../src/bundles/interpolation-syntax.js';

/** How a bundle file is read: i18next's key separator and nesting prefix. */
const READING = { keySeparator: '.', interpolation: DEFAULT_SYNTAX } as const;

// A backlog reports the same source key as missing from every locale: its related location
// (the source key's place) is located and worded once and shared, not rebuilt per finding.

const project = tempProjectsPerTest();

describe('related locations and messages of missing keys', () => {
  it('are one object per source key, shared by the findings of every locale', () => {
    const root = project({
      'locales/en/ui.json': '{\n  "hello": "Hello",\n  "bye": "Bye"\n}\n',
      'locales/fr/ui.json': '{}\n',
      'locales/de/ui.json': '{}\n',
    });
    const missing = checkProject(root, parseConfig({})).diagnostics.filter((d) => d.ruleId === 'missing-key');
    const hello = missing.filter((d) => d.key === 'hello').map((d) => d.related?.[0]);
    const bye = missing.find((d) => d.key === 'bye')?.related?.[0];
    expect(hello).toHaveLength(2);
    expect(hello[0]).toEqual({ file: 'locales/en/ui.json', line: 2, column: 3, message: 'the en source: "hello"' });
    expect(hello[1]).toBe(hello[0]);
    // The list of one is shared too: tens of thousands of findings on a backlog each had their own.
    const lists = missing.filter((d) => d.key === 'hello').map((d) => d.related);
    expect(lists[1]).toBe(lists[0]);
    expect(bye).toEqual({ file: 'locales/en/ui.json', line: 3, column: 3, message: 'the en source: "bye"' });
  });

  it('share one text per message within a run', () => {
    const root = project({
      'locales/en/ui.json': '{\n  "hello": "Hello"\n}\n',
      'locales/fr/ui.json': '{}\n',
    });
    const source = toBundle(
      readBundleFiles(root, [{ file: 'locales/en/ui.json', locale: 'en', namespace: 'ui' }])[0] as BundleSource,
      READING,
    );
    const finding = (locale: string): Finding => ({
      target: { file: `locales/${locale}/ui.json`, locale, namespace: 'ui', bundle: undefined },
      anchor: { kind: 'file' },
      key: 'hello',
      // Built piece by piece, as a rule words it: equal texts, separate strings.
      message: ['missing key "', 'hello', '"; en has "Hello"'].join(''),
      related: [{ bundle: source, key: 'hello', message: 'the en source' }],
    });
    const messages = new Map<string, string>();
    const [fr, de] = ['fr', 'de'].map((locale) => toDiagnostic(finding(locale), 'missing-key', 'error', '.', messages));
    expect([...messages.keys()]).toEqual(['missing key "hello"; en has "Hello"']);
    expect(fr?.message).toBe(de?.message);
    expect(de).toEqual({
      file: 'locales/de/ui.json',
      line: 1,
      column: 1,
      endLine: 1,
      endColumn: 1,
      severity: 'error',
      ruleId: 'missing-key',
      source: 'check',
      message: 'missing key "hello"; en has "Hello"',
      locale: 'de',
      namespace: 'ui',
      key: 'hello',
      related: [{ file: 'locales/en/ui.json', line: 2, column: 3, message: 'the en source: "hello"' }],
    });
    expect(de?.related).toBe(fr?.related);
  });

  it('keep each finding its own message when findings with the same related location word it differently', () => {
    const root = project({ 'locales/en/ui.json': '{\n  "hello": "Hello"\n}\n' });
    const source = toBundle(
      readBundleFiles(root, [{ file: 'locales/en/ui.json', locale: 'en', namespace: 'ui' }])[0] as BundleSource,
      READING,
    );
    const related = [{ bundle: source, key: 'hello', message: 'the en source' }];
    const finding = (locale: string, message: string): Finding => ({
      target: { file: `locales/${locale}/ui.json`, locale, namespace: 'ui', bundle: undefined },
      anchor: { kind: 'file' },
      key: 'hello',
      message: ['', message].join(''),
      related,
    });
    const messages = new Map<string, string>();
    const worded = ['missing key "hello"', 'resolved by fallback', 'missing key "hello"', 'resolved by fallback', 'untranslated'];
    const given = worded.map((message, i) => toDiagnostic(finding(`l${i}`, message), 'r', 'error', '.', messages).message);
    expect(given).toEqual(worded);
    expect([...messages.keys()]).toEqual(['missing key "hello"', 'resolved by fallback', 'untranslated']);
  });
});
