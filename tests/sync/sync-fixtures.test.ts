import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkProject } from '../../src/check/load-check.js';
import { parseConfig } from '../../src/config/parse-config.js';
import { formatSyncDiff, formatSyncSummary } from '../../src/sync/format-sync.js';
import { loadBundleProject } from '../../src/project/load-bundle-project.js';
import { syncProject } from '../../src/sync/sync-project.js';
import { writeSync } from '../../src/sync/write-sync.js';
import { memoryProject } from './memory-project.js';

const FIXTURES = fileURLToPath(new URL('../fixtures/sync/', import.meta.url));

function copy(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'l10n-sync-'));
  cpSync(join(FIXTURES, name), dir, { recursive: true });
  return dir;
}

describe('sync on files with odd formatting', () => {
  const config = parseConfig({ locales: ['en', 'es'] });

  it("adds exactly the missing keys and plural forms, keeping tabs, CRLF, no final newline and the translator's order", () => {
    const root = copy('odd-format');
    const result = syncProject(loadBundleProject(root, config));
    expect(result.changes.map((c) => [c.file, c.added])).toEqual([['locales/es/ui.json', ['title', 'nav.sports', 'count_many', 'footer']]]);
    writeSync(root, result.changes);
    expect(readFileSync(join(root, 'locales/es/ui.json'), 'utf8')).toBe(
      readFileSync(join(FIXTURES, 'odd-format/expected/es-ui.json'), 'utf8'),
    );
    expect(readFileSync(join(root, 'locales/en/ui.json'), 'utf8')).toBe(
      readFileSync(join(FIXTURES, 'odd-format/locales/en/ui.json'), 'utf8'),
    );
  });

  it('is a no-op the second time', () => {
    const root = copy('odd-format');
    writeSync(root, syncProject(loadBundleProject(root, config)).changes);
    const again = syncProject(loadBundleProject(root, config), { prune: false });
    expect(again.changes).toEqual([]);
    expect(formatSyncSummary(again, false)).toBe('sync: every bundle already has every source key\n');
  });

  it('leaves only untranslated-warnings behind: the new entries are the source text, never empty', () => {
    const root = copy('odd-format');
    writeSync(root, syncProject(loadBundleProject(root, config)).changes);
    const rules = checkProject(root, config).diagnostics.map((d) => `${d.key} ${d.ruleId}`);
    expect(rules).toEqual(
      expect.arrayContaining(['title untranslated', 'nav.sports untranslated', 'footer untranslated', 'old extra-key']),
    );
    expect(rules.filter((r) => /missing-key|plural-forms|empty-value/.test(r))).toEqual([]);
  });

  it('with --prune removes only the keys absent from the source and lists them with what they held', () => {
    const root = copy('odd-format');
    const result = syncProject(loadBundleProject(root, config), { prune: true });
    expect(result.changes[0]?.removed).toEqual(['old']);
    expect(result.changes[0]?.after).not.toContain('"old"');
    expect(formatSyncSummary(result, true)).toContain('would remove 1 (absent from the source):\n    old = "Viejo"');
  });

  it('--dry-run output is a unified diff of the file', () => {
    const root = copy('odd-format');
    const diff = formatSyncDiff(syncProject(loadBundleProject(root, config)));
    expect(diff).toContain('--- a/locales/es/ui.json\n+++ b/locales/es/ui.json\n');
    expect(diff).toContain('+\t"title": "News",\r\n');
  });
});

describe('sync and fallbacks', () => {
  const config = parseConfig({ locales: ['en', 'es', 'es-AR'] });

  it('does not copy into es-AR what es already supplies, but adds what no Spanish locale has', () => {
    const root = copy('fallback');
    const changes = syncProject(loadBundleProject(root, config)).changes;
    expect(changes.map((c) => [c.file, c.added])).toEqual([
      ['locales/es/ui.json', ['items_one', 'items_many', 'items_other']],
      ['locales/es-AR/ui.json', ['items_one', 'items_many', 'items_other']],
    ]);
    expect(changes[1]?.after).toBe(
      '{\n    "home": "Inicio",\n    "items_one": "{{count}} item",\n    "items_many": "{{count}} items",\n    "items_other": "{{count}} items"\n}\n',
    );
  });

  it('syncs only the locales asked for, and refuses an unknown one', () => {
    const root = copy('fallback');
    expect(syncProject(loadBundleProject(root, config), { locales: ['es'] }).changes.map((c) => c.locale)).toEqual(['es']);
    expect(() => syncProject(loadBundleProject(root, config), { locales: ['fr'] })).toThrow('unknown locale fr');
  });
});

describe('sync on new and unusual files', () => {
  it("creates a missing file in the source file's format", () => {
    const project = memoryProject({ en: '{\n\t"a": "A",\n\t"b": { "c": "C" }\n}' }, { locales: ['en', 'fr'] });
    const [change] = syncProject(project).changes;
    expect(change?.before).toBeUndefined();
    expect(change?.after).toBe('{\n\t"a": "A",\n\t"b": {\n\t\t"c": "C"\n\t}\n}');
  });

  it('keeps a one-line file on one line and a byte-order mark', () => {
    const project = memoryProject({ en: '{"a":"A","b":"B"}\n', fr: '\uFEFF{"a":"Á"}\n' });
    expect(syncProject(project).changes[0]?.after).toBe('\uFEFF{"a":"Á","b":"B"}\n');
  });

  it('puts a missing plural form right after its sibling, wherever the translator moved the group', () => {
    const project = memoryProject({
      en: '{\n  "a": "A",\n  "n_one": "one",\n  "n_other": "many"\n}\n',
      fr: '{\n  "n_one": "un",\n  "a": "À"\n}\n',
    });
    expect(syncProject(project).changes[0]?.after).toBe('{\n  "n_one": "un",\n  "n_many": "many",\n  "n_other": "many",\n  "a": "À"\n}\n');
  });

  it('skips a broken target file and says why', () => {
    const project = memoryProject({ en: '{"a":"A"}', fr: '{"a":' });
    const result = syncProject(project);
    expect(result.changes).toEqual([]);
    expect(result.skipped[0]?.file).toBe('locales/fr/ui.json');
  });
});
