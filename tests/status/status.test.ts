import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkProject } from '../../src/check/load-check.js';
import { parseConfig } from '../../src/config/parse-config.js';
import { formatStatusHtml } from '../../src/status/format-status-html.js';
import { formatStatusMarkdown } from '../../src/status/format-status-markdown.js';
import { formatStatusJson, formatStatusText } from '../../src/status/format-status-text.js';
import { loadStatus } from '../../src/status/load-status.js';
import { tempProjectsPerTest } from '../support/temp-project.js';

const ROOT = fileURLToPath(new URL('../fixtures/status/hand-count/', import.meta.url));
const config = parseConfig({ locales: ['en', 'es', 'es-AR'] });

describe('l10n status on a hand-counted project', () => {
  const status = loadStatus(ROOT, config);
  const byLocale = new Map(status.locales.map((l) => [l.locale, l]));

  it('counts es entry by entry: plural groups in Spanish categories, stale from the lock snapshot', () => {
    const es = byLocale.get('es');
    expect(es?.total).toBe(9);
    expect(es?.counts).toEqual({ translated: 4, missing: 2, empty: 1, fallback: 0, untranslated: 1, stale: 1 });
    expect(es?.percent).toBe(44.4);
    // Each at its line in es/ui.json; a key es lacks at the object that should hold it (the root, line 1).
    expect(es?.namespaces[0]?.left).toEqual([
      { key: 'b', state: 'empty', file: 'locales/es/ui.json', line: 3 },
      { key: 'c', state: 'untranslated', file: 'locales/es/ui.json', line: 4 },
      { key: 'd', state: 'missing', file: 'locales/es/ui.json', line: 1 },
      { key: 'items_many', state: 'missing', file: 'locales/es/ui.json', line: 1 },
      { key: 'f', state: 'stale', file: 'locales/es/ui.json', line: 8 },
    ]);
  });

  it('counts what es supplies to es-AR as fallback, not missing', () => {
    const esAR = byLocale.get('es-AR');
    expect(esAR?.counts).toEqual({ translated: 1, missing: 2, empty: 0, fallback: 6, untranslated: 0, stale: 0 });
    expect(esAR?.percent).toBe(77.7);
  });

  it('agrees with l10n check on what is missing, empty and untranslated', () => {
    const diagnostics = checkProject(ROOT, config).diagnostics;
    for (const locale of ['es', 'es-AR']) {
      const mine = diagnostics.filter((d) => d.locale === locale);
      const missing = mine.filter((d) => d.ruleId === 'missing-key' || (d.ruleId === 'plural-forms' && d.message.startsWith('missing')));
      const left = byLocale.get(locale)?.namespaces[0]?.left ?? [];
      expect(missing.map((d) => d.key).sort()).toEqual(
        left
          .filter((e) => e.state === 'missing')
          .map((e) => e.key)
          .sort(),
      );
      expect(mine.filter((d) => d.ruleId === 'empty-value').map((d) => d.key)).toEqual(
        left.filter((e) => e.state === 'empty').map((e) => e.key),
      );
      expect(mine.filter((d) => d.ruleId === 'untranslated').map((d) => d.key)).toEqual(
        left.filter((e) => e.state === 'untranslated').map((e) => e.key),
      );
    }
  });

  it('links each entry left to the file and line check reports it at', () => {
    const diagnostics = checkProject(ROOT, config).diagnostics.filter((d) =>
      ['missing-key', 'empty-value', 'untranslated'].includes(d.ruleId),
    );
    for (const locale of ['es', 'es-AR']) {
      const left = byLocale.get(locale)?.namespaces[0]?.left ?? [];
      for (const d of diagnostics.filter((x) => x.locale === locale))
        expect(left.find((e) => e.key === d.key)).toMatchObject({ file: d.file, line: d.line });
    }
  });

  it('counts a selected locale as it counts it among all, es reading through to es-AR included', () => {
    const narrowed = loadStatus(ROOT, config, undefined, undefined, ['es-AR']);
    const only = new Map(narrowed.locales.map((l) => [l.locale, l]));
    expect(only.get('es-AR')).toEqual(byLocale.get('es-AR'));
    expect(only.get('es')?.namespaces).toEqual([]);
  });

  it('counts articles per locale: translated, missing, stale', () => {
    expect(byLocale.get('es')?.articles).toEqual({
      translated: 0,
      missing: 1,
      stale: 1,
      left: [
        { slug: 'one', state: 'stale', file: 'content/es/one.md' },
        { slug: 'two', state: 'missing', file: 'content/en/two.md' },
      ],
    });
    expect(byLocale.get('es-AR')?.articles).toMatchObject({ translated: 0, missing: 2, stale: 0 });
    expect(byLocale.get('en')?.articles).toBeUndefined();
  });

  it('prints a table, JSON and a self-contained HTML page', () => {
    const text = formatStatusText(status);
    expect(text.split('\n').slice(0, 4)).toEqual([
      'locale  namespace  total  translated  missing  empty  fallback  untranslated  stale  complete',
      'en      ui             -           -        -      -         -             -      -    source',
      'es      ui             9           4        2      1         0             1      1     44.4%',
      'es-AR   ui             9           1        2      0         6             0      0     77.7%',
    ]);
    expect(text).toContain(
      'es articles: 0 translated, 1 missing, 1 stale\n  stale    one  (content/es/one.md)\n  missing  two  (content/en/two.md)\n',
    );
    expect(text.trimEnd().split('\n').at(-1)).toBe(
      // es 4 + es-AR 7 (1 translated, 6 fallback) of 9 each.
      '2 locales; 11 of 18 entries complete (61.1%); articles: 0 translated, 3 missing, 1 stale',
    );
    expect(JSON.parse(formatStatusJson(status))).toMatchObject({
      version: 1,
      locales: [{ locale: 'en' }, { locale: 'es' }, { locale: 'es-AR' }],
    });
    expect(formatStatusMarkdown(status)).toBe(
      [
        '## Translation status',
        '',
        '| locale | progress | complete | translated | fallback | untranslated | stale | empty | missing | articles translated | articles missing | articles stale |',
        '| :-- | :-- | --: | --: | --: | --: | --: | --: | --: | --: | --: | --: |',
        '| en | source | source | - | - | - | - | - | - | source | - | - |',
        '| es-AR | ▓▓▓▓▓▓▓░░░ | 77.7% | 1 | 6 | 0 | 0 | 0 | 2 | 0 | 2 | 0 |',
        '| es | ▓▓▓▓░░░░░░ | 44.4% | 4 | 0 | 1 | 1 | 1 | 2 | 0 | 1 | 1 |',
        '',
        '**2 locales**; 11 of 18 entries complete (61.1%); articles: 0 translated, 3 missing, 1 stale.',
        '',
      ].join('\n'),
    );
    const html = formatStatusHtml(status);
    expect(html).toMatch(/^<!doctype html>/);
    expect(html.match(/class="bar"/g)).toHaveLength(2);
    expect(html).toContain('aria-label="es: 4 translated, 1 untranslated, 1 stale, 1 empty, 2 missing"');
    expect(html).toContain('<details id="a-es"><summary>Articles: 0 translated, 1 missing, 1 stale</summary>');
    expect(html).not.toMatch(/<script|<link|src=/);
  });
});

it('counts an entry stale once its source text changes after mark-translated', async () => {
  const { cpSync, mkdtempSync, readFileSync, writeFileSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  const { runCommand } = await import('../sync/run-command.js');
  const dir = mkdtempSync(join(tmpdir(), 'l10n-status-'));
  cpSync(ROOT, dir, { recursive: true });
  writeFileSync(join(dir, 'l10n.config.json'), JSON.stringify({ locales: ['en', 'es', 'es-AR'] }));
  const marked = await runCommand(['mark-translated', join(dir, 'locales/es/ui.json'), '--root', dir]);
  expect(marked.stdout).toBe('locales/es/ui.json: 7 entries up to date with locales/en/ui.json\n');
  expect(loadStatus(dir, config).locales[1]?.counts.stale).toBe(0);
  const source = join(dir, 'locales/en/ui.json');
  writeFileSync(source, readFileSync(source, 'utf8').replace('"Apple"', '"Green apple"'));
  const es = loadStatus(dir, config).locales[1];
  expect(es?.namespaces[0]?.left.filter((e) => e.state === 'stale')).toEqual([
    { key: 'a', state: 'stale', file: 'locales/es/ui.json', line: 2 },
  ]);
});

it('counts a list item by item, agreeing with check on the item a shorter list lacks', async () => {
  const { tempProject } = await import('../support/temp-project.js');
  const root = tempProject({
    'locales/en/ui.json': JSON.stringify({ nav: ['Home', 'World', 'Sports'], steps: [{ title: 'Sign up' }] }, null, 2),
    'locales/es/ui.json': JSON.stringify({ nav: ['Inicio', 'World'], steps: [{ title: 'Registrate' }] }, null, 2),
  });
  const status = loadStatus(root, parseConfig({ locales: ['en', 'es'] })).locales[1]?.namespaces[0];
  expect({ total: status?.total, left: status?.left }).toEqual({
    total: 4,
    left: [
      { key: 'nav.1', state: 'untranslated', file: 'locales/es/ui.json', line: 4 },
      { key: 'nav.2', state: 'missing', file: 'locales/es/ui.json', line: 2 },
    ],
  });
  const reported = checkProject(root, parseConfig({ locales: ['en', 'es'] })).diagnostics.filter(
    (d) => d.ruleId === 'missing-key' || d.ruleId === 'untranslated',
  );
  expect(reported.map((d) => `${d.key} ${d.ruleId}`).sort()).toEqual(['nav.1 untranslated', 'nav.2 missing-key']);
});

it('counts a list item stale once its own source text changes after mark-translated', async () => {
  const { readFileSync, writeFileSync } = await import('node:fs');
  const { join } = await import('node:path');
  const { tempProject } = await import('../support/temp-project.js');
  const { runCommand } = await import('../sync/run-command.js');
  const root = tempProject({
    'l10n.config.json': JSON.stringify({ locales: ['en', 'es'] }),
    'locales/en/ui.json': JSON.stringify({ nav: ['Home', 'World'] }, null, 2),
    'locales/es/ui.json': JSON.stringify({ nav: ['Inicio', 'Mundo'] }, null, 2),
  });
  expect((await runCommand(['mark-translated', join(root, 'locales/es/ui.json'), '--root', root])).stdout).toBe(
    'locales/es/ui.json: 2 entries up to date with locales/en/ui.json\n',
  );
  const config = parseConfig({ locales: ['en', 'es'] });
  expect(loadStatus(root, config).locales[1]?.counts).toMatchObject({ translated: 2, stale: 0 });
  const source = join(root, 'locales/en/ui.json');
  writeFileSync(source, readFileSync(source, 'utf8').replace('World', 'The world'));
  expect(loadStatus(root, config).locales[1]?.namespaces[0]?.left).toEqual([
    { key: 'nav.1', state: 'stale', file: 'locales/es/ui.json', line: 4 },
  ]);
});

describe('l10n status with returnEmptyString false', () => {
  const project = tempProjectsPerTest();

  it('counts an empty value a same-language fallback answers as fallback, and one that leaves readers the source as empty', () => {
    const root = project({
      'locales/en-US/ui.json': '{ "color": "Color", "title": "Title", "n_one": "{{count}} day", "n_other": "{{count}} days" }',
      'locales/en-GB/ui.json': '{ "color": "", "title": "Title", "n_one": "{{count}} day", "n_other": "{{count}} days" }',
      'locales/fr/ui.json':
        '{ "color": "", "title": "Titre", "n_one": "{{count}} jour", "n_many": "{{count}} jours", "n_other": "{{count}} jours" }',
      // ru `other` only fractions select: empty-value grades it a warning, still empty however the rule is set.
      'locales/ru/ui.json':
        '{ "color": "Цвет", "title": "", "n_one": "{{count}} день", "n_few": "{{count}} дня", "n_many": "{{count}} дней", "n_other": "" }',
    });
    const status = loadStatus(root, parseConfig({ sourceLocale: 'en-US', returnEmptyString: false, rules: { 'empty-value': 'warning' } }));
    const counts = new Map(status.locales.map((l) => [l.locale, l.counts]));
    expect(counts.get('en-GB')).toEqual({ translated: 3, missing: 0, empty: 0, fallback: 1, untranslated: 0, stale: 0 });
    expect(counts.get('fr')).toEqual({ translated: 4, missing: 0, empty: 1, fallback: 0, untranslated: 0, stale: 0 });
    expect(counts.get('ru')).toEqual({ translated: 4, missing: 0, empty: 2, fallback: 0, untranslated: 0, stale: 0 });
  });
});
