import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildSite } from '../../src/build/write-site.js';
import { loadConfig } from '../../src/config/load-config.js';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const SOURCE_PAGE_STRINGS = ['Puede interesarte', 'Comentarios', 'Para comentar, debés estar registrado', 'Por favor, iniciá sesión'];

describe('the shipped project', () => {
  it('builds without warnings: Spanish chrome around English articles on es-AR, English chrome on en', async () => {
    const { config } = await loadConfig(repoRoot);
    const outDir = join(mkdtempSync(join(tmpdir(), 'l10n-shipped-')), 'dist');
    const summary = await buildSite(repoRoot, config, { outDir });
    expect(summary.errors).toEqual([]);
    expect(summary.warnings).toEqual([]);
    expect(summary.written).toBe(true);
    expect(readFileSync(join(outDir, 'es-AR/index.html'), 'utf8')).toContain('<h1>Últimas noticias</h1>');
    expect(readFileSync(join(outDir, 'en/index.html'), 'utf8')).toContain('<h1>Latest news</h1>');
    const slugs = readdirSync(join(repoRoot, 'content/en'))
      .filter((name) => name.endsWith('.md'))
      .map((name) => name.slice(0, -3));
    expect(summary.pages).toBe(slugs.length * 2 + 3);
    for (const slug of slugs) {
      const es = readFileSync(join(outDir, 'es-AR', slug, 'index.html'), 'utf8');
      expect(es).toContain('<html lang="es-AR" dir="ltr">');
      expect(es).toContain('<article lang="en">');
      for (const text of SOURCE_PAGE_STRINGS) expect(es).toContain(text);
      const en = readFileSync(join(outDir, 'en', slug, 'index.html'), 'utf8');
      expect(en).toContain('<html lang="en" dir="ltr">');
      expect(en).toContain('You may be interested in');
    }
  });
});
