import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { expect, it } from 'vitest';
import { BIN, runCli } from '../support/run-cli.js';
import { ROOT, shippedCopy } from '../support/shipped-copy.js';

it('npm start on a fresh copy ingests the source page, checks, builds and says where the site is', () => {
  const dir = shippedCopy(['content', 'locales', 'l10n.config.ts']);
  const article = readdirSync(join(dir, 'content/en'))[0] as string;
  rmSync(join(dir, 'content/en', article));
  const first = runCli(['start'], dir);
  expect(first.stderr).toBe('');
  expect(first.status).toBe(0);
  expect(first.stdout).toContain(`Ingested content/sources/source-page.txt: content/en/${article}.`);
  const [, pages, rendered, unchanged] =
    /Built (\d+) pages into dist\/ \((\d+) rendered, (\d+) unchanged, and the root page\)/.exec(first.stdout) ?? [];
  expect(Number(pages)).toBe(Number(rendered) + Number(unchanged) + 1);
  // The ingest reproduces the shipped article and bundles byte for byte.
  expect(readFileSync(join(dir, 'content/en', article), 'utf8')).toBe(readFileSync(join(ROOT, 'content/en', article), 'utf8'));
  for (const bundle of ['locales/en/ui.json', 'locales/es-AR/ui.json'])
    expect(readFileSync(join(dir, bundle), 'utf8')).toBe(readFileSync(join(ROOT, bundle), 'utf8'));
  expect(existsSync(join(dir, 'dist/es-AR', article.replace(/\.md$/, ''), 'index.html'))).toBe(true);
  const second = runCli(['start'], dir);
  expect(second.stdout).not.toContain('Ingested');
  expect(second.status).toBe(0);
});

it('the bundled bin needs nothing from node_modules: copied away, it still ingests, checks and builds', () => {
  const bin = join(mkdtempSync(join(tmpdir(), 'l10n-bin-')), 'bin');
  cpSync(dirname(BIN), bin, { recursive: true });
  const dir = shippedCopy(['content', 'locales', 'l10n.config.ts']);
  rmSync(join(dir, 'content/en', readdirSync(join(dir, 'content/en'))[0] as string));
  const result = spawnSync(process.execPath, [join(bin, 'l10n.js'), 'start'], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  expect(result.stdout).toContain('Ingested content/sources/source-page.txt');
  expect(result.stdout).toMatch(/Built \d+ pages into dist\//);
  // A broken bundle is placed by the JSON parser's error reader, which must be in the bundle too.
  writeFileSync(join(dir, 'locales/en/ui.json'), '{"site": {"name": "x",}}\n');
  const broken = spawnSync(process.execPath, [join(bin, 'l10n.js'), 'check'], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  expect([broken.status, broken.stderr]).toEqual([1, '']);
  expect(broken.stdout).toContain('locales/en/ui.json:1:23  error    expected a property name in double quotes');
});

it('a source page that cannot be ingested stops start with what to do, and is not called ingested', () => {
  const dir = shippedCopy(['content', 'locales', 'l10n.config.ts']);
  writeFileSync(join(dir, 'content/sources/empty.txt'), '');
  const run = runCli(['start'], dir);
  expect([run.status, run.stderr]).toEqual([1, 'l10n ingest: content/sources/empty.txt: is empty\n']);
  expect(run.stdout).toBe(
    'Not checked or built: 1 source page(s) could not be ingested (above); fix or remove them under content/sources/.\n',
  );
});

it('start applies the suppressions file check applies: a recorded backlog does not stop the build', () => {
  const dir = shippedCopy(['content', 'locales', 'l10n.config.ts']);
  // es-AR is the source of the ui strings: an English value dropped is a missing-key error.
  const file = join(dir, 'locales/en/ui.json');
  const shipped = readFileSync(file, 'utf8');
  const bundle = JSON.parse(shipped) as { nav: Record<string, string> };
  delete bundle.nav.home;
  writeFileSync(file, `${JSON.stringify(bundle, null, 2)}\n`);
  const blocked = runCli(['start'], dir);
  expect(blocked.status).toBe(1);
  expect(blocked.stdout).toContain('Not built: fix the errors above first');
  expect(runCli(['check', '--suppress-all'], dir).status).toBe(0);
  const built = runCli(['start'], dir);
  expect(built.status).toBe(0);
  expect(built.stdout).toMatch(/Built \d+ pages into dist\//);
  // The build still says what its pages lack; a suppression records a check finding, not that.
  expect(built.stderr).toBe('locales/en/ui.json:1:1 warning en: ui:nav.home is missing (tried en) [build-missing-key]\n');
  // Fixed since it was recorded: start says the entry can go, and still builds.
  writeFileSync(file, shipped);
  const fixed = runCli(['start'], dir);
  expect(fixed.status).toBe(0);
  expect(fixed.stderr).toContain('no longer needed');
});
