import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { registerMarkTranslated } from '../../src/cli/commands/mark-translated.js';
import { line } from '../support/check-lines.js';
import { contentDiagnostics } from './support.js';

const FIXTURE = fileURLToPath(new URL('../fixtures/content-rules/translated/', import.meta.url));
const config = { locales: ['en', 'es-AR'] };

function copy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'l10n-content-'));
  cpSync(FIXTURE, dir, { recursive: true });
  return dir;
}

async function markTranslated(root: string, file: string): Promise<void> {
  const program = new Command().exitOverride().configureOutput({ writeOut: () => undefined });
  registerMarkTranslated(program);
  await program.parseAsync(['mark-translated', join(root, file), '--root', root], { from: 'user' });
}

describe('a translated article', () => {
  it('needs a sourceHash until it is marked translated, then passes every content rule', async () => {
    const root = copy();
    expect(contentDiagnostics(root, config).map(line)).toEqual(['content/es-AR/river.md:1:1 front-matter']);
    await markTranslated(root, 'content/es-AR/river.md');
    const text = readFileSync(join(root, 'content/es-AR/river.md'), 'utf8');
    expect(text).toMatch(/^---\ntitle: El río crece\n(.*\n){4}source: "content\/en\/river.md"\nsourceHash: "[0-9a-f]{16}"\n---\n/);
    expect(text.endsWith('- San Fernando\n')).toBe(true);
    const lock = JSON.parse(readFileSync(join(root, 'content/l10n-lock.json'), 'utf8')) as {
      articles: Record<string, { sections: { heading: string }[] }>;
    };
    expect(lock.articles['content/es-AR/river.md']?.sections.map((s) => s.heading)).toEqual(['title', 'lead', 'What the mayor said']);
    expect(contentDiagnostics(root, config)).toEqual([]);
  });

  it('is reported stale when a source paragraph changes, with the old and the new text', async () => {
    const root = copy();
    await markTranslated(root, 'content/es-AR/river.md');
    const source = join(root, 'content/en/river.md');
    writeFileSync(source, readFileSync(source, 'utf8').replace('asked residents to stay home', 'ordered an evacuation'));
    const [stale, ...rest] = contentDiagnostics(root, config);
    expect(rest).toEqual([]);
    expect(line(stale!)).toBe('content/es-AR/river.md:8:1 article-stale');
    expect(stale?.message).toContain('changed: "What the mayor said"');
    expect(stale?.related).toEqual([
      {
        file: 'content/en/river.md',
        line: 11,
        column: 1,
        message: 'section "What the mayor said" was "The mayor asked residents to stay home."; now "The mayor ordered an evacuation."',
      },
    ]);
    await markTranslated(root, 'content/es-AR/river.md');
    expect(contentDiagnostics(root, config)).toEqual([]);
  });

  it('reports a lost link, a changed heading level and a different list at the translation', () => {
    const root = copy();
    const file = join(root, 'content/es-AR/river.md');
    writeFileSync(
      file,
      readFileSync(file, 'utf8')
        .replace('## Qué', '### Qué')
        .replace('[el mapa](https://example.com/map)', 'el mapa')
        .replace('- San Fernando\n', ''),
    );
    const found = contentDiagnostics(root, config).filter((d) => d.ruleId === 'structure-parity');
    expect(found.map((d) => `${line(d)} ${d.message}`)).toEqual([
      'content/es-AR/river.md:8:1 structure-parity link 1 should be "https://example.com/map" as in the source, and is missing (0 links here, 1 in the source)',
      'content/es-AR/river.md:11:1 structure-parity heading 1 should be "h2" as in the source, is "h3" (1 heading here, 1 in the source)',
      'content/es-AR/river.md:17:1 structure-parity list 1 should be "bulleted list of 2 items at depth 1" as in the source, is "bulleted list of 1 item at depth 1" (1 list here, 1 in the source)',
    ]);
  });

  it('is listed as missing (info) where no translation exists, per target locale', () => {
    const root = copy();
    const diagnostics = contentDiagnostics(root, { locales: ['en', 'es-AR', 'fr'] }).filter((d) => d.ruleId === 'article-missing');
    expect(diagnostics.map((d) => `${line(d)} ${d.severity} ${d.locale}`)).toEqual(['content/en/river.md:1:1 article-missing info fr']);
  });
});

describe('mark-translated', () => {
  it('refuses a source article and an unknown file without writing anything', async () => {
    const root = copy();
    await expect(markTranslated(root, 'content/en/river.md')).rejects.toThrow('neither a translated article nor a bundle');
    const file = join(root, 'content/es-AR/river.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('slug: river\n', 'slug: river\nsource: content/en/lake.md\n'));
    await expect(markTranslated(root, 'content/es-AR/river.md')).rejects.toThrow('its source "content/en/lake.md" is not an article of en');
    expect(readFileSync(file, 'utf8')).not.toContain('sourceHash');
  });
});
