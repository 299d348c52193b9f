import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { watchCheck, type WatchHandle } from '../../src/watch/watch-check.js';
import { parseConfig } from '../../src/config/parse-config.js';
import { changedScope } from '../../src/watch/changed-scope.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const config = parseConfig({
  locales: ['en', 'es-AR'],
  namespaceSourceLocale: { ui: 'es-AR' },
  fallbacks: { 'es-AR': ['es', 'en'], en: [] },
});

function until(predicate: () => boolean): Promise<void> {
  return new Promise((resolve) => {
    const poll = (): void => (predicate() ? resolve() : void setTimeout(poll, 10));
    poll();
  });
}

describe('l10n check --watch', () => {
  let handle: WatchHandle | undefined;
  afterEach(() => handle?.close());

  it('reports a new problem in a saved bundle, then reports it fixed', async () => {
    const root = mkdtempSync(join(tmpdir(), 'l10n-watch-'));
    cpSync(join(ROOT, 'locales'), join(root, 'locales'), { recursive: true });
    const out: string[] = [];
    handle = watchCheck(root, config, { write: (text) => out.push(text) });
    const file = join(root, 'locales/en/ui.json');
    const original = readFileSync(file, 'utf8');
    writeFileSync(file, original.replace('"Home"', '""'));
    await until(() => out.some((t) => t.includes('empty-value')));
    const report = out.find((t) => t.includes('empty-value')) ?? '';
    expect(report).toContain('── locales/en/ui.json');
    expect(report).toMatch(/\+ locales\/en\/ui\.json:8:5 +error +"nav\.home" is empty/);
    writeFileSync(file, original);
    await until(() => out.some((t) => t.includes('- fixed: locales/en/ui.json:8:5 empty-value')));
  });

  it('re-checks the articles when one is saved', async () => {
    const root = mkdtempSync(join(tmpdir(), 'l10n-watch-'));
    cpSync(join(ROOT, 'locales'), join(root, 'locales'), { recursive: true });
    mkdirSync(join(root, 'content/en'), { recursive: true });
    writeFileSync(join(root, 'content/en/a.md'), '---\ntitle: A\n---\n\nText.\n');
    const out: string[] = [];
    handle = watchCheck(root, config, { write: (text) => out.push(text) });
    mkdirSync(join(root, 'content/es-AR'));
    writeFileSync(join(root, 'content/es-AR/a.md'), '---\ntitle: Á\n---\n\nTexto.\n');
    await until(() => out.some((t) => t.includes('+ content/es-AR/a.md:1:1  error    no sourceHash')));
    expect(out.join('')).toContain('- fixed: content/en/a.md:1:1 article-missing');
  });

  it('watches a folder made after it started (content/), and locales/ removed and made again', async () => {
    const root = mkdtempSync(join(tmpdir(), 'l10n-watch-'));
    cpSync(join(ROOT, 'locales'), join(root, 'locales'), { recursive: true });
    const out: string[] = [];
    handle = watchCheck(root, config, { write: (text) => out.push(text) });
    expect(out.join('')).toContain('(content/ not there yet: watched for)');
    mkdirSync(join(root, 'content/en'), { recursive: true });
    writeFileSync(join(root, 'content/en/a.md'), '---\ntitle: A\n---\n\nText.\n');
    await until(() => out.some((t) => t.includes('+ content/en/a.md:1:1  info     "a" has no es-AR translation')));
    const reports = out.length;
    rmSync(join(root, 'locales'), { recursive: true });
    await until(() => out.length > reports);
    cpSync(join(ROOT, 'locales'), join(root, 'locales'), { recursive: true });
    const file = join(root, 'locales/en/ui.json');
    writeFileSync(file, readFileSync(file, 'utf8').replace('"Home"', '""'));
    await until(() => out.some((t) => /\+ locales\/en\/ui\.json:8:5 +error +"nav\.home" is empty/.test(t)));
  });

  it('maps saved paths to namespaces and to the articles', () => {
    const scope = changedScope(['locales/es-AR/views/settings.json', 'content/en/a.md', 'README.md', 'locales/x.json'], config);
    expect([...scope.namespaces]).toEqual(['views/settings']);
    expect(scope.content).toBe(true);
    expect(scope.files).toEqual(['locales/es-AR/views/settings.json', 'content/en/a.md']);
  });
});
