import { rmSync } from 'node:fs';
import { afterAll, expect, it } from 'vitest';
import { runCli } from '../support/run-cli.js';
import { tempProject } from '../support/temp-project.js';

// en has 4 keys: fr translates 3 of them, de 1, it none.
const root = tempProject({
  'l10n.config.json': JSON.stringify({ sourceLocale: 'en', locales: ['en', 'fr', 'de', 'it'] }),
  'locales/en/ui.json': JSON.stringify({ a: 'A', b: 'B', c: 'C', d: 'D' }, null, 2),
  'locales/fr/ui.json': JSON.stringify({ a: 'Fa', b: 'Fb', c: 'Fc' }, null, 2),
  'locales/de/ui.json': JSON.stringify({ a: 'Da' }, null, 2),
  'locales/it/ui.json': '{}',
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

const status = (...args: string[]) => {
  const run = runCli(['status', ...args], root);
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  return run.stdout;
};

it('reports only the locales --locale names, in every format, and sums only those', () => {
  const json = JSON.parse(status('--format', 'json', '--locale', 'fr', '--locale', 'de')) as {
    locales: { locale: string }[];
    summary: { locales: number; total: number; percent: number; counts: { translated: number; missing: number } };
  };
  expect(json.locales.map((l) => l.locale)).toEqual(['fr', 'de']);
  expect(json.summary).toMatchObject({ locales: 2, total: 8, percent: 50, counts: { translated: 4, missing: 4 } });

  const text = status('--locale', 'de');
  expect(text.split('\n')[1]).toMatch(/^de\s+ui\s+4\s+1\s+3\s/);
  expect(text).not.toMatch(/^(fr|it|en)\b/m);
  expect(text.trimEnd().split('\n').at(-1)).toBe('1 locale; 1 of 4 entries complete (25.0%)');

  const markdown = status('--format', 'markdown', '--locale', 'it', '--locale', 'fr');
  expect(
    markdown
      .split('\n')
      .filter((line) => line.startsWith('| ') && !line.startsWith('| :'))
      .map((l) => l.split(' ')[1]),
  ).toEqual(['locale', 'fr', 'it']);
  expect(markdown).toContain('**2 locales**; 3 of 8 entries complete (37.5%).');

  const html = status('--format', 'html', '--locale', 'de');
  expect(html).toContain('1 locale; 1 of 4 entries complete (25.0%).');
  expect(html).toContain('id="l-de"');
  expect(html).not.toMatch(/id="l-(fr|it|en)"/);
});

it('reports every locale without --locale', () => {
  expect(status().trimEnd().split('\n').at(-1)).toBe('3 locales; 4 of 12 entries complete (33.3%)');
});
