import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { shippedCopy } from '../support/shipped-copy.js';
import { runCommand } from './run-command.js';

describe('the translator commands on the shipped project', () => {
  it('sync --dry-run prints a diff and writes nothing; sync then writes; a second sync is a no-op', async () => {
    const dir = shippedCopy();
    const file = join(dir, 'locales/en/ui.json');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(file, readFileSync(file, 'utf8').replace('    "world": "World",\n', ''));
    const before = readFileSync(file, 'utf8');
    const dry = await runCommand(['sync', '--root', dir, '--dry-run']);
    expect(dry.stdout).toContain('+    "world": "Mundo",\n');
    expect(dry.stdout).toContain('locales/en/ui.json\n  would add 1:\n    nav.world\n');
    expect(readFileSync(file, 'utf8')).toBe(before);
    await runCommand(['sync', '--root', dir]);
    expect(readFileSync(file, 'utf8')).toBe(before.replace('    "home": "Home",\n', '    "home": "Home",\n    "world": "Mundo",\n'));
    const again = await runCommand(['sync', '--root', dir]);
    expect(again.stdout).toBe('sync: every bundle already has every source key\n');
  });

  it('status prints the table; check includes the content rules', async () => {
    const dir = shippedCopy();
    const status = await runCommand(['status', '--root', dir]);
    expect(status.stdout).toMatch(/^locale +namespace +total/);
    expect(status.stdout).toMatch(/\nen +ui +\d+ +\d+ +0 +0 +0 +\d+ +0 +\d+\.\d%\n/);
    const check = await runCommand(['check', '--root', dir, '--format', 'sarif']);
    const rules = (
      JSON.parse(check.stdout) as { runs: { tool: { driver: { rules: { id: string }[] } } }[] }
    ).runs[0]?.tool.driver.rules.map((r) => r.id);
    expect(rules).toEqual(expect.arrayContaining(['missing-key', 'article-missing', 'article-stale', 'structure-parity', 'front-matter']));
  });

  it('export to a file then import it back reports no change', async () => {
    const dir = shippedCopy();
    const out = join(dir, 'en.xlf');
    await runCommand(['export', '--root', dir, '--locale', 'en', '--format', 'xliff', '--output', out]);
    expect(readFileSync(out, 'utf8')).toContain('srcLang="es-AR" trgLang="en"');
    const imported = await runCommand(['import', out, '--root', dir]);
    expect(imported.stdout).toMatch(/^import: 0 changed, 0 added, \d+ unchanged, 0 skipped\n$/);
  });
});
