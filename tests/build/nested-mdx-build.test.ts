import { existsSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSite } from '../../src/build/write-site.js';
import { fixtureProject } from './fixture-project.js';

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

describe('building nested .md and .mdx articles', () => {
  it('writes a nested slug at a nested path, with links that climb back to the root', async () => {
    const { root, config } = await fixtureProject('nested-mdx');
    made.push(dirname(root));
    const summary = await buildSite(root, config, { now: new Date('2026-01-15T00:00:00Z') });
    expect(summary.errors).toEqual([]);
    const out = (path: string): string => readFileSync(join(root, 'dist', path), 'utf8');
    for (const path of ['en/guides/setup/install/index.html', 'es-AR/guides/setup/install/index.html', 'es-AR/news/index.html']) {
      expect(existsSync(join(root, 'dist', path)), path).toBe(true);
    }
    const es = out('es-AR/guides/setup/install/index.html');
    expect(es).toContain('href="../../../../assets/site.css"');
    expect(es).toContain('href="../../../../es-AR/news/"');
    expect(es).toContain('href="../../../../en/guides/setup/install/"');
    expect(out('es-AR/news/index.html')).toContain('href="../../es-AR/guides/setup/install/"');
    expect(out('es-AR/index.html')).toContain('href="guides/setup/install/"');
  });

  it('renders the markdown of an .mdx article and leaves out its imports, exports, expressions and component tags', async () => {
    const { root, config } = await fixtureProject('nested-mdx');
    made.push(dirname(root));
    await buildSite(root, config, { now: new Date('2026-01-15T00:00:00Z') });
    const body = readFileSync(join(root, 'dist/es-AR/guides/setup/install/index.html'), 'utf8');
    const article = body.slice(body.indexOf('<div class="article-body">'), body.indexOf('</article>'));
    expect(article).toContain('<p>Instalá la versión  de la imprenta.</p>');
    expect(article).toContain(
      'Ejecutá <code>npm install press</code> en la <a href="/es-ar/guides/setup/folder/">carpeta del proyecto</a>.',
    );
    for (const left of ['import', 'export', '{version}', 'Tabs', 'TabItem', 'Card', 'Listo']) expect(article).not.toContain(left);
  });
});
