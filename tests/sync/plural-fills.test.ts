import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import i18next from 'i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { checkProject } from '../../src/check/load-check.js';
import { parseConfig } from '../../src/config/parse-config.js';
import { loadStatus } from '../../src/status/load-status.js';
import { runCli } from '../support/run-cli.js';
import { tempProjectsPerTest } from '../support/temp-project.js';
import { runCommand } from './run-command.js';

// sync on plural forms: the forms a locale writes for a source string survive --prune, and a form
// it lacks starts from its own `other` text, shown as untranslated until changed or marked.

const FIXTURE = fileURLToPath(new URL('../fixtures/sync/plural-fills/', import.meta.url));
const config = parseConfig({ sourceLocale: 'en', locales: ['en', 'es', 'de'] });
const roots: string[] = [];

function copy(): string {
  const root = mkdtempSync(join(tmpdir(), 'l10n-plural-fills-'));
  roots.push(root);
  cpSync(FIXTURE, root, { recursive: true });
  return root;
}

const bundle = (root: string, locale: string): Record<string, string> =>
  JSON.parse(readFileSync(join(root, `locales/${locale}/ui.json`), 'utf8')) as Record<string, string>;

function t(root: string, lng: string, key: string, count?: number): string {
  const i18n = i18next.createInstance();
  void i18n.init({
    initAsync: false,
    lng,
    fallbackLng: 'en',
    resources: Object.fromEntries(['en', 'es', 'de'].map((l) => [l, { ui: bundle(root, l) }])),
    ns: ['ui'],
    defaultNS: 'ui',
  });
  return i18n.t(key, count === undefined ? {} : { count });
}

/** The keys of a locale that check reports as untranslated, and that status lists as untranslated. */
function untranslated(root: string, locale: string): { check: string[]; status: string[] } {
  const check = checkProject(root, config)
    .diagnostics.filter((d) => d.locale === locale && d.ruleId === 'untranslated')
    .map((d) => d.key ?? '');
  const status =
    loadStatus(root, config)
      .locales.find((l) => l.locale === locale)
      ?.namespaces[0]?.left.filter((e) => e.state === 'untranslated')
      .map((e) => e.key) ?? [];
  return { check: check.sort(), status: status.sort() };
}

afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

describe('sync on plural forms', () => {
  it('--prune keeps the forms a locale writes for a source string without them: i18next shows them at every count', async () => {
    const root = copy();
    const before = t(root, 'de', 'rename', 5);
    expect(before).toBe('Diese Empfänger umbenennen');
    const { stdout } = await runCommand(['sync', '--root', root, '--prune']);
    expect(stdout).toContain('gone = "Weg"');
    expect(Object.keys(bundle(root, 'de'))).toEqual([
      'rename_one',
      'rename_other',
      'readers_one',
      'readers_other',
      'likes_one',
      'likes_other',
    ]);
    expect([1, 5].map((n) => t(root, 'de', 'rename', n))).toEqual(['Diesen Empfänger umbenennen', before]);
  });

  it("starts a lacking form from the locale's own other form, else from the source, and records the copies in the lock", async () => {
    const root = copy();
    await runCommand(['sync', '--root', root]);
    expect(bundle(root, 'es')).toEqual({
      rename_one: 'Renombrar este beneficiario',
      rename_many: 'Renombrar estos beneficiarios',
      rename_other: 'Renombrar estos beneficiarios',
      readers_one: '{{count}} lector',
      readers_many: '{{count}} lectores',
      readers_other: '{{count}} lectores',
      likes_one: 'un me gusta',
      likes_many: '{{count}} likes',
      likes_other: '{{count}} likes',
    });
    // Each new form beside its siblings, in the locale's category order.
    expect(Object.keys(bundle(root, 'es'))).toEqual([
      'rename_one',
      'rename_many',
      'rename_other',
      'readers_one',
      'readers_many',
      'readers_other',
      'likes_one',
      'likes_many',
      'likes_other',
    ]);
    expect(t(root, 'es', 'readers', 1_000_000)).toBe('1000000 lectores');
    const lock = JSON.parse(readFileSync(join(root, 'content/l10n-lock.json'), 'utf8')) as {
      filled: Record<string, Record<string, string>>;
    };
    expect(lock.filled).toEqual({
      'locales/es/ui.json': { rename_many: 'Renombrar estos beneficiarios', readers_many: '{{count}} lectores' },
    });
  });

  it('shows a copied form as untranslated in check and status until a translator changes it or marks the file', async () => {
    const root = copy();
    await runCommand(['sync', '--root', root]);
    const all = ['likes_many', 'likes_other', 'readers_many', 'rename_many'];
    expect(untranslated(root, 'es')).toEqual({ check: all, status: all });
    const file = join(root, 'locales/es/ui.json');
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace('"readers_many": "{{count}} lectores"', '"readers_many": "{{count}} de lectores"'),
    );
    const changed = ['likes_many', 'likes_other', 'rename_many'];
    expect(untranslated(root, 'es')).toEqual({ check: changed, status: changed });
    await runCommand(['mark-translated', file, '--root', root]);
    // What is identical to the source stays flagged by the untranslated rule; the copies are read and done.
    expect(untranslated(root, 'es')).toEqual({ check: ['likes_many', 'likes_other'], status: ['likes_many', 'likes_other'] });
    expect(JSON.parse(readFileSync(join(root, 'content/l10n-lock.json'), 'utf8'))).not.toHaveProperty('filled');
  });

  it('stops before writing a bundle when the lock it must record the copies in is broken (exit 2)', () => {
    const root = copy();
    mkdirSync(join(root, 'content'));
    writeFileSync(join(root, 'content/l10n-lock.json'), '{ "version": 1, ');
    const before = readFileSync(join(root, 'locales/es/ui.json'), 'utf8');
    const result = runCli(['sync'], root);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('content/l10n-lock.json');
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(readFileSync(join(root, 'locales/es/ui.json'), 'utf8')).toBe(before);
  });

  it('--dry-run writes no lock', async () => {
    const root = copy();
    await runCommand(['sync', '--root', root, '--dry-run']);
    expect(() => readFileSync(join(root, 'content/l10n-lock.json'))).toThrow();
  });
});

describe('sync on a source key that reads as a lone plural form', () => {
  const project = tempProjectsPerTest();

  it('adds it as a key of its own, never the other forms it lacks', async () => {
    const root = project({
      'l10n.config.json': JSON.stringify({ sourceLocale: 'en', locales: ['en', 'de', 'ko'] }),
      'locales/en/ui.json': '{\n  "choose_at_least_one": "Choose at least one scope."\n}\n',
      'locales/de/ui.json': '{}\n',
      'locales/ko/ui.json': '{\n  "choose_at_least_one": "최소 하나 이상의 범위를 선택하십시오."\n}\n',
    });
    await runCommand(['sync', '--root', root]);
    expect([bundle(root, 'de'), bundle(root, 'ko')]).toEqual([
      { choose_at_least_one: 'Choose at least one scope.' },
      { choose_at_least_one: '최소 하나 이상의 범위를 선택하십시오.' },
    ]);
  });
});

describe('sync beside a plural form the locale does not use', () => {
  const project = tempProjectsPerTest();

  it('writes the new form after it, in category order, as the source orders its forms (stretchly th)', async () => {
    const root = project({
      'l10n.config.json': JSON.stringify({ sourceLocale: 'en', locales: ['en', 'th'] }),
      'locales/en/ui.json':
        '{\n  "utils": {\n    "remaining": "{{count}} left",\n    "none_one": "{{count}} item",\n    "none_other": "{{count}} items"\n  }\n}\n',
      'locales/th/ui.json': '{\n  "utils": {\n    "none_one": "nueng"\n  }\n}\n',
    });
    await runCommand(['sync', '--root', root]);
    const th = JSON.parse(readFileSync(join(root, 'locales/th/ui.json'), 'utf8')) as { utils: Record<string, string> };
    expect(Object.keys(th.utils)).toEqual(['remaining', 'none_one', 'none_other']);
    // Thai selects `other` at every count: the form sync added is the one i18next reads.
    const i18n = i18next.createInstance();
    void i18n.init({ initAsync: false, lng: 'th', fallbackLng: 'en', resources: { th: { ui: th } }, defaultNS: 'ui' });
    expect([1, 5].map((count) => i18n.t('utils.none', { count }))).toEqual(['1 items', '5 items']);
  });
});
