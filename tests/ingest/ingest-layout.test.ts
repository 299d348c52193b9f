import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli.js';
import { read, REPO } from './ingest-project.js';

const SOURCE = 'content/sources/source-page.txt';
const roots: string[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

describe('ingest in a one-file-per-locale layout', () => {
  it('writes the UI strings into the locale file the pattern names, without --namespace', () => {
    const root = mkdtempSync(join(tmpdir(), 'l10n-ingest-layout-'));
    roots.push(root);
    cpSync(join(REPO, SOURCE), join(root, SOURCE));
    mkdirSync(join(root, 'i18n'));
    writeFileSync(join(root, 'l10n.config.json'), '{ "bundles": "i18n/{{lng}}.json", "locales": ["en", "es-AR"] }\n');
    writeFileSync(join(root, 'i18n/en.json'), '{\n  "home": "Home"\n}\n');
    writeFileSync(join(root, 'i18n/es-AR.json'), '{\n  "home": "Inicio"\n}\n');
    const { status, stderr } = runCli(['ingest', SOURCE], root);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    const strings = JSON.parse(read(root, 'i18n/es-AR.json')) as Record<string, unknown>;
    expect(strings.home).toBe('Inicio');
    expect(Object.keys(strings).length).toBeGreaterThan(1);
    expect(existsSync(join(root, 'locales'))).toBe(false);
  });
});
