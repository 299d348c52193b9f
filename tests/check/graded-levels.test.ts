import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { contentRules } from '../../src/check/content-rules/index.js';
import { checkEverything } from '../../src/check/load-full-check.js';
import { bundleRules } from '../../src/check/rules/index.js';
import { parseConfig } from '../../src/config/parse-config.js';
import { tempProject } from '../support/temp-project.js';

// A configured level sets a rule's top severity; what the rule grades below its default stays
// below by the same steps (README, "Rules"; docs/architecture.md). One project per rule that grades findings,
// with one finding of each grade, checked at the default, at the default written out, one step
// down, at info (the floor) and off.

const roots: string[] = [];
afterAll(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});

interface Graded {
  files: Record<string, string>;
  config?: Record<string, unknown>;
  /** Commit the files to a new git repository first (for what the rule reads from history). */
  committed?: true;
  /** The rule's default level, then, per level, the findings as `file:line severity`. */
  defaultLevel: 'error' | 'warning';
  atDefault: string[];
  stepDown: string[];
  atInfo: string[];
}

const en = (data: Record<string, unknown>): string => JSON.stringify(data, null, 2);

const GRADED: Record<string, Graded> = {
  'locale-code': {
    // A folder i18next never reads (an error) and a locale Intl has no plural rules for (a warning).
    files: {
      'locales/en/ui.json': en({ title: 'Title' }),
      'locales/es-ar/ui.json': en({ title: 'Título' }),
      'locales/ua/ui.json': en({ title: 'Назва' }),
    },
    defaultLevel: 'error',
    atDefault: ['locales/es-ar/ui.json:1 error', 'locales/ua/ui.json:1 warning'],
    stepDown: ['locales/es-ar/ui.json:1 warning', 'locales/ua/ui.json:1 info'],
    atInfo: ['locales/es-ar/ui.json:1 info', 'locales/ua/ui.json:1 info'],
  },
  'message-syntax': {
    // An ICU message that cannot be read (an error) and an elision read as a quote (a warning).
    files: {
      'locales/en/ui.json': en({ hi: 'Hi {name}', update: 'Run the <a>update</a>' }),
      'locales/it/ui.json': en({ hi: 'Ciao {name', update: "Esegui l'<a>aggiornamento</a>" }),
    },
    config: { messageFormat: 'icu' },
    defaultLevel: 'error',
    atDefault: ['locales/it/ui.json:2 error', 'locales/it/ui.json:3 warning'],
    stepDown: ['locales/it/ui.json:2 warning', 'locales/it/ui.json:3 info'],
    atInfo: ['locales/it/ui.json:2 info', 'locales/it/ui.json:3 info'],
  },
  'missing-key': {
    // A key German lacks (an error) and a source string German writes only as plural forms (a note).
    files: {
      'locales/en/ui.json': en({ rename: 'Rename these payees', title: 'Title' }),
      'locales/de/ui.json': en({ rename_one: 'Diesen Empfänger umbenennen', rename_other: 'Diese Empfänger umbenennen' }),
    },
    defaultLevel: 'error',
    atDefault: ['locales/de/ui.json:1 error', 'locales/de/ui.json:2 info'],
    stepDown: ['locales/de/ui.json:1 warning', 'locales/de/ui.json:2 info'],
    atInfo: ['locales/de/ui.json:1 info', 'locales/de/ui.json:2 info'],
  },
  'type-mismatch': {
    files: {
      'locales/en/ui.json': en({ menu: { open: 'Open' }, title: 'Title' }),
      'locales/es/ui.json': en({ title: 'Título', menu: { open: 'Abrir' } }),
      'locales/es-AR/ui.json': en({ menu: 'Menú', title: null }),
    },
    defaultLevel: 'error',
    atDefault: ['locales/es-AR/ui.json:2 error', 'locales/es-AR/ui.json:3 warning'],
    stepDown: ['locales/es-AR/ui.json:2 warning', 'locales/es-AR/ui.json:3 info'],
    atInfo: ['locales/es-AR/ui.json:2 info', 'locales/es-AR/ui.json:3 info'],
  },
  'empty-value': {
    files: { 'locales/en/ui.json': en({ title: 'Title', blank: '' }), 'locales/es/ui.json': en({ title: '', blank: 'x' }) },
    defaultLevel: 'error',
    atDefault: ['locales/en/ui.json:3 warning', 'locales/es/ui.json:2 error'],
    stepDown: ['locales/en/ui.json:3 info', 'locales/es/ui.json:2 warning'],
    atInfo: ['locales/en/ui.json:3 info', 'locales/es/ui.json:2 info'],
  },
  'interpolation-mismatch': {
    files: {
      'locales/en/ui.json': en({ greeting: 'Hello, {{name}}', item_one: '{{count}} item', item_other: '{{count}} items', who: '{{name}}' }),
      'locales/es/ui.json': en({
        greeting: 'Hola, {{nombre}}',
        item_one: '{{count}} elemento',
        item_many: 'Millones de elementos',
        item_other: '{{count}} elementos',
        who: '{{- name}}',
      }),
    },
    defaultLevel: 'error',
    atDefault: ['locales/es/ui.json:2 error', 'locales/es/ui.json:4 warning', 'locales/es/ui.json:6 warning'],
    stepDown: ['locales/es/ui.json:2 warning', 'locales/es/ui.json:4 info', 'locales/es/ui.json:6 info'],
    atInfo: ['locales/es/ui.json:2 info', 'locales/es/ui.json:4 info', 'locales/es/ui.json:6 info'],
  },
  'format-mismatch': {
    files: {
      'locales/en/ui.json': en({ total: 'Total: {{amount, currency(USD)}}', count: '{{n, number}} readers' }),
      'locales/es/ui.json': en({ total: 'Total: {{amount}}', count: '{{n, numbr}} lectores' }),
    },
    defaultLevel: 'error',
    atDefault: ['locales/es/ui.json:2 warning', 'locales/es/ui.json:3 error'],
    stepDown: ['locales/es/ui.json:2 info', 'locales/es/ui.json:3 warning'],
    atInfo: ['locales/es/ui.json:2 info', 'locales/es/ui.json:3 info'],
  },
  'nesting-mismatch': {
    // A reference mangled into text shown as written (an error) and one dropped (a note).
    files: {
      'locales/en/ui.json': en({ site: 'Acme', remove: 'Remove $t(site)', welcome: 'Welcome to $t(site)' }),
      'locales/da/ui.json': en({ site: 'Acme', remove: 'Fjern $ T (site)', welcome: 'Velkommen' }),
    },
    defaultLevel: 'error',
    atDefault: ['locales/da/ui.json:3 error', 'locales/da/ui.json:4 info'],
    stepDown: ['locales/da/ui.json:3 warning', 'locales/da/ui.json:4 info'],
    atInfo: ['locales/da/ui.json:3 info', 'locales/da/ui.json:4 info'],
  },
  'plural-forms': {
    // es lacks a common form (one), a large one (many); cs a fractional one (many); en has a form it never uses.
    files: {
      'locales/en/ui.json': en({ item_one: '{{count}} item', item_two: '{{count}} items', item_other: '{{count}} items' }),
      'locales/es/ui.json': en({ item_other: '{{count}} elementos' }),
      'locales/cs/ui.json': en({ item_one: '{{count}} položka', item_few: '{{count}} položky', item_other: '{{count}} položek' }),
    },
    defaultLevel: 'error',
    atDefault: ['locales/cs/ui.json:2 warning', 'locales/en/ui.json:3 warning', 'locales/es/ui.json:2 error', 'locales/es/ui.json:2 error'],
    stepDown: ['locales/cs/ui.json:2 info', 'locales/en/ui.json:3 info', 'locales/es/ui.json:2 warning', 'locales/es/ui.json:2 warning'],
    atInfo: ['locales/cs/ui.json:2 info', 'locales/en/ui.json:3 info', 'locales/es/ui.json:2 info', 'locales/es/ui.json:2 info'],
  },
  'json-syntax': {
    files: { 'locales/en/ui.json': en({ a: 'A' }), 'locales/es/ui.json': '{ "a": "A", }', 'locales/es/odd.json/keep.txt': '' },
    defaultLevel: 'error',
    atDefault: ['locales/es/odd.json:1 warning', 'locales/es/ui.json:1 error'],
    stepDown: ['locales/es/odd.json:1 info', 'locales/es/ui.json:1 warning'],
    atInfo: ['locales/es/odd.json:1 info', 'locales/es/ui.json:1 info'],
  },
  'front-matter': {
    files: {
      'content/en/hello.md': '---\ntitle: Hello\ndate: 2024-05-01\n---\n\nHi.\n',
      'content/es/hello.md': '---\ntitle: Hello\ndate: 2024-05-01\nsource: content/en/hello.md\n---\n\nHola.\n',
    },
    config: { locales: ['en', 'es'] },
    defaultLevel: 'error',
    atDefault: ['content/es/hello.md:1 error', 'content/es/hello.md:2 warning'],
    stepDown: ['content/es/hello.md:1 warning', 'content/es/hello.md:2 info'],
    atInfo: ['content/es/hello.md:1 info', 'content/es/hello.md:2 info'],
  },
  'article-stale': {
    // A translation of an older source (a warning) and one without sourceHash that git history shows up to date (a note).
    files: {
      'content/en/hello.md': '---\ntitle: Hello\n---\n\nThe river rose.\n',
      'content/es/hello.md': '---\ntitle: Hola\nsource: content/en/hello.md\nsourceHash: "0000000000000000"\n---\n\nEl río creció.\n',
      'content/en/bye.md': '---\ntitle: Bye\n---\n\nThe river fell.\n',
      'content/es/bye.md': '---\ntitle: Adiós\nsource: content/en/bye.md\n---\n\nEl río bajó.\n',
    },
    config: { locales: ['en', 'es'] },
    committed: true,
    defaultLevel: 'warning',
    atDefault: ['content/es/hello.md:4 warning', 'content/l10n-lock.json:1 info'],
    stepDown: ['content/es/hello.md:4 info', 'content/l10n-lock.json:1 info'],
    atInfo: ['content/es/hello.md:4 info', 'content/l10n-lock.json:1 info'],
  },
};

/** Commits every file of `root` to a new repository, with a fixed identity and date. */
function commitAll(root: string): void {
  const env = {
    ...process.env,
    GIT_AUTHOR_NAME: 't',
    GIT_AUTHOR_EMAIL: 't@example.com',
    GIT_COMMITTER_NAME: 't',
    GIT_COMMITTER_EMAIL: 't@example.com',
    GIT_AUTHOR_DATE: '2024-01-01T00:00:00Z',
    GIT_COMMITTER_DATE: '2024-01-01T00:00:00Z',
  };
  for (const args of [
    ['init', '-q'],
    ['add', '-A'],
    ['-c', 'commit.gpgsign=false', 'commit', '-qm', 'all'],
  ])
    execFileSync('git', args, { cwd: root, env });
}

async function findings(id: string, graded: Graded, level?: string): Promise<string[]> {
  const root = tempProject(graded.files);
  roots.push(root);
  if (graded.committed) commitAll(root);
  const config = parseConfig({ ...graded.config, ...(level !== undefined && { rules: { [id]: level } }) });
  return (await checkEverything(root, config)).diagnostics
    .filter((d) => d.ruleId === id)
    .map((d) => `${d.file}:${d.line} ${d.severity}`)
    .sort();
}

describe.each(Object.entries(GRADED))('%s keeps its grades under a configured level', (id, graded) => {
  it('reports each grade at its default', async () => {
    expect(await findings(id, graded)).toEqual([...graded.atDefault].sort());
  });

  it('changes nothing when set to its default', async () => {
    expect(await findings(id, graded, graded.defaultLevel)).toEqual([...graded.atDefault].sort());
  });

  it('moves every grade one step down with the level', async () => {
    expect(await findings(id, graded, graded.defaultLevel === 'error' ? 'warning' : 'info')).toEqual([...graded.stepDown].sort());
  });

  it('never goes below info, and off reports nothing', async () => {
    expect(await findings(id, graded, 'info')).toEqual([...graded.atInfo].sort());
    expect(await findings(id, graded, 'off')).toEqual([]);
  });
});

it('the table above holds every rule that grades its findings', () => {
  // A rule grades a finding by giving it a severity of its own (`severity: 'warning'`) in its file.
  const ids = new Set([...bundleRules, ...contentRules].map((rule) => rule.id));
  const folders = ['src/check/rules', 'src/check/content-rules'];
  const grading = folders.flatMap((folder) =>
    readdirSync(folder)
      .filter(
        (name) =>
          ids.has(name.replace(/\.ts$/, '')) && /severity: (grade|'(error|warning|info)')/.test(readFileSync(join(folder, name), 'utf8')),
      )
      .map((name) => name.replace(/\.ts$/, '')),
  );
  expect(grading.length).toBeGreaterThan(0);
  for (const id of grading) expect(Object.keys(GRADED)).toContain(id);
});

describe('plural-forms options grade the categories only unusual counts select', () => {
  const graded = GRADED['plural-forms'] as Graded;
  const missing = async (rules: Record<string, unknown>): Promise<string[]> => {
    const root = tempProject(graded.files);
    roots.push(root);
    return (await checkEverything(root, parseConfig({ rules }))).diagnostics
      .filter((d) => d.ruleId === 'plural-forms' && d.message.startsWith('missing'))
      .map((d) => `${d.key} ${d.severity}`)
      .sort();
  };

  it('large and fractional take effect at the default level and under another one', async () => {
    expect(await missing({})).toEqual(['item_many error', 'item_many warning', 'item_one error'].sort());
    expect(await missing({ 'plural-forms': ['error', { large: 'warning', fractional: 'info' }] })).toEqual(
      ['item_many info', 'item_many warning', 'item_one error'].sort(),
    );
    expect(await missing({ 'plural-forms': ['warning', { large: 'error', fractional: 'off' }] })).toEqual([
      'item_many warning',
      'item_one warning',
    ]);
    expect(await missing({ 'plural-forms': ['error', { large: 'off', fractional: 'off' }] })).toEqual(['item_one error']);
  });
});
