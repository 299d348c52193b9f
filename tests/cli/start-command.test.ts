import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { runCli } from '../support/run-cli.js';
import { ROOT, shippedCopy } from '../support/shipped-copy.js';

it('npm start on a fresh copy ingests the source page, checks, builds and says where the site is', () => {
  const dir = shippedCopy(['content', 'locales', 'l10n.config.ts']);
  const article = readdirSync(join(dir, 'content/en'))[0] as string;
  rmSync(join(dir, 'content/en', article));
  const first = runCli(['start'], dir);
  expect(first.stderr).toBe('');
  expect(first.status).toBe(0);
  expect(first.stdout).toContain(`Ingested content/sources/source-page.txt: content/en/${article}.`);
  expect(first.stdout).toMatch(/Built \d+ pages into dist\//);
  // The ingest reproduces the shipped article and bundles byte for byte.
  expect(readFileSync(join(dir, 'content/en', article), 'utf8')).toBe(readFileSync(join(ROOT, 'content/en', article), 'utf8'));
  for (const bundle of ['locales/en/ui.json', 'locales/es-AR/ui.json']) expect(readFileSync(join(dir, bundle), 'utf8')).toBe(readFileSync(join(ROOT, bundle), 'utf8'));
  expect(existsSync(join(dir, 'dist/es-AR', article.replace(/\.md$/, ''), 'index.html'))).toBe(true);
  const second = runCli(['start'], dir);
  expect(second.stdout).not.toContain('Ingested');
  expect(second.status).toBe(0);
});
