import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCacheFile } from '../../src/build/build-cache.js';
import { buildSite } from '../../src/build/write-site.js';
import { loadConfig } from '../../src/config/load-config.js';
import { fixtureProject } from './fixture-project.js';

const now = new Date('2026-01-15T00:00:00Z');

/** Replaces text in a file of a project. */
function editFile(root: string, file: string, from: string | RegExp, to: string): void {
  writeFileSync(join(root, file), readFileSync(join(root, file), 'utf8').replace(from, to));
}

describe('buildSite on the basic fixture', () => {
  it('writes every page, the indexes, the sitemap and the runtime bundles', async () => {
    const { root, config } = await fixtureProject('basic');
    const summary = await buildSite(root, config, { now });
    expect(summary.errors).toEqual([]);
    expect(summary.warnings).toEqual([]);
    expect(summary).toMatchObject({ written: true, pages: 7, rendered: 6, reused: 0 });
    const out = (path: string): string => readFileSync(join(root, 'dist', path), 'utf8');
    for (const path of [
      'index.html',
      'en/index.html',
      'es-AR/index.html',
      'en/drone-factories/index.html',
      'es-AR/grain-corridor/index.html',
      'assets/site.css',
      'sitemap.xml',
    ]) {
      expect(existsSync(join(root, 'dist', path)), path).toBe(true);
    }
    const es = out('es-AR/drone-factories/index.html');
    expect(es).toContain('<html lang="es-AR" dir="ltr">');
    expect(es).toContain('<article lang="en">');
    expect(es).toContain('Este artículo no está traducido al español: se muestra en su idioma original (inglés).');
    for (const text of [
      'Puede interesarte',
      'Comentarios',
      'Para comentar, debés estar registrado',
      'Por favor, iniciá sesión',
      'Publicado el 23 de abril de 2025',
    ])
      expect(es).toContain(text);
    expect(es).toContain('<meta property="og:locale" content="es_AR">');
    // A fallback page: canonical to the page of the article's own locale (build.fallbackPages).
    expect(es).toContain('<link rel="canonical" href="https://cronica-austral.example/en/drone-factories/">');
    expect(es).toContain('http-equiv="Content-Security-Policy"');
    expect(es).not.toMatch(/<script|\{\{|style=/);
    const en = out('en/drone-factories/index.html');
    expect(en).toContain('<html lang="en" dir="ltr">');
    expect(en).toContain('<article>');
    expect(en).toContain('You may be interested in');
    expect(en).not.toContain('not translated');
    const runtime = JSON.parse(out('locales/es-AR/ui.json'));
    expect(runtime.related.title).toBe('Puede interesarte');
    expect(runtime.article.readingTime_many).toBe('{{count}} de minutos de lectura');
  });

  it('lists hreflang alternates only for real translations, with x-default', async () => {
    const { root, config } = await fixtureProject('basic');
    await buildSite(root, config, { now });
    const sitemap = readFileSync(join(root, 'dist/sitemap.xml'), 'utf8');
    const entry = (loc: string): string =>
      sitemap.slice(sitemap.indexOf(`<loc>${loc}</loc>`), sitemap.indexOf('</url>', sitemap.indexOf(`<loc>${loc}</loc>`)));
    expect(entry('https://cronica-austral.example/es-AR/grain-corridor/')).toContain(
      'hreflang="en" href="https://cronica-austral.example/en/grain-corridor/"',
    );
    expect(entry('https://cronica-austral.example/es-AR/grain-corridor/')).toContain(
      'hreflang="x-default" href="https://cronica-austral.example/en/grain-corridor/"',
    );
    expect(entry('https://cronica-austral.example/en/drone-factories/')).not.toContain('xhtml:link');
    expect(entry('https://cronica-austral.example/es-AR/')).toContain('hreflang="x-default" href="https://cronica-austral.example/en/"');
    expect(readFileSync(join(root, 'dist/es-AR/index.html'), 'utf8')).toContain(
      '<link rel="alternate" hreflang="en" href="https://cronica-austral.example/en/">',
    );
    expect(entry('https://cronica-austral.example/es-AR/drone-factories/')).not.toContain('xhtml:link');
    const translated = readFileSync(join(root, 'dist/es-AR/grain-corridor/index.html'), 'utf8');
    expect(translated).toContain('<link rel="alternate" hreflang="en" href="https://cronica-austral.example/en/grain-corridor/">');
    expect(translated).toContain('<article>');
    expect(translated).toContain('Se reabre el corredor de granos');
    expect(translated).not.toContain('no está traducido');
  });

  it('removes the pages of a deleted article and re-renders the pages that linked to it', async () => {
    const { root, config } = await fixtureProject('basic');
    await buildSite(root, config, { now });
    rmSync(join(root, 'content/en/grain-corridor.md'));
    rmSync(join(root, 'content/es-AR/grain-corridor.md'));
    expect(await buildSite(root, config, { now })).toMatchObject({ written: true, pages: 5, rendered: 4, reused: 0 });
    expect(existsSync(join(root, 'dist/en/grain-corridor'))).toBe(false);
    expect(existsSync(join(root, 'dist/es-AR/grain-corridor'))).toBe(false);
    expect(readFileSync(join(root, 'dist/en/drone-factories/index.html'), 'utf8')).toContain('No other articles yet.');
    expect(readFileSync(join(root, 'dist/sitemap.xml'), 'utf8')).not.toContain('grain-corridor');
  });

  it('renders only the pages whose input changed on the next build', async () => {
    const { root, config } = await fixtureProject('basic');
    await buildSite(root, config, { now });
    const article = join(root, 'content/en/drone-factories.md');
    writeFileSync(article, readFileSync(article, 'utf8').replace('diplomatic and', 'diplomatic, military and'));
    const second = await buildSite(root, config, { now });
    expect(second).toMatchObject({ written: true, rendered: 2, reused: 4 });
    expect(readFileSync(join(root, 'dist/es-AR/drone-factories/index.html'), 'utf8')).toContain('diplomatic, military and');
    expect(await buildSite(root, config, { now })).toMatchObject({ rendered: 0, reused: 6 });
    expect(await buildSite(root, config, { now, force: true })).toMatchObject({ rendered: 6, reused: 0 });
  });

  it('keeps article bodies out of its cache and reads them again when cached pages must be rendered', async () => {
    const { root, config } = await fixtureProject('basic');
    await buildSite(root, config, { now });
    const manifest = readFileSync(buildCacheFile(root, config, join(root, 'dist')) as string, 'utf8');
    expect(manifest).toContain('drone-factories');
    expect(manifest).not.toContain('diplomatic and');
    const bundle = join(root, 'locales/es-AR/ui.json');
    writeFileSync(bundle, readFileSync(bundle, 'utf8').replace('"Comentarios"', '"Comentarios de lectores"'));
    expect(await buildSite(root, config, { now })).toMatchObject({ written: true, reused: 3 });
    const page = readFileSync(join(root, 'dist/es-AR/drone-factories/index.html'), 'utf8');
    expect(page).toContain('Comentarios de lectores');
    expect(page).toContain('diplomatic and');
  });

  it('writes after each kind of edit the same site as a full build, rendering only what the edit touched', async () => {
    const { root, config } = await fixtureProject('basic');
    await buildSite(root, config, { now });
    const edit = (file: string, from: string | RegExp, to: string): void => editFile(root, file, from, to);
    const site = (dir: string): Record<string, string> =>
      Object.fromEntries(
        (readdirSync(dir, { recursive: true }) as string[])
          .filter((path) => path.includes('.'))
          .sort()
          .map((path) => [path, readFileSync(join(dir, path), 'utf8')]),
      );
    const edits: [string, () => void, number][] = [
      ['a body', () => edit('content/en/drone-factories.md', 'diplomatic and', 'diplomatic, military and'), 2],
      [
        // The es-AR translation is now outdated: its page gains the notice.
        'a title shown in related boxes and indexes, which a translation was made from',
        () => edit('content/en/grain-corridor.md', /^title: .*$/m, 'title: The corridor reopens'),
        4,
      ],
      ['a date, which reorders the site', () => edit('content/en/drone-factories.md', /^date: .*$/m, 'date: 2024-01-01'), 4],
      [
        'a new article',
        () => writeFileSync(join(root, 'content/en/new-port.md'), '---\ntitle: A new port\ndate: 2025-05-01\n---\nA port opened.\n'),
        8,
      ],
      ['a UI string', () => edit('locales/en/ui.json', '"You may be interested in"', '"Read next"'), 4],
      ['a new namespace', () => writeFileSync(join(root, 'locales/en/extra.json'), '{ "more": "More" }\n'), 0],
      ['a namespace removed, whose runtime bundles go too', () => rmSync(join(root, 'locales/en/extra.json')), 0],
      ['nothing', () => undefined, 0],
    ];
    for (const [what, change, rendered] of edits) {
      change();
      expect((await buildSite(root, config, { now })).rendered, what).toBe(rendered);
      const fresh = join(mkdtempSync(join(tmpdir(), 'l10n-full-')), 'basic');
      // Neither the output nor the build cache: a build from nothing.
      cpSync(root, fresh, { recursive: true, filter: (path) => !path.includes('dist') && !path.includes('node_modules') });
      await buildSite(fresh, config, { now });
      expect(site(join(root, 'dist')), what).toEqual(site(join(fresh, 'dist')));
    }
  });

  it('keeps the pages of unchanged articles without hashing them again while the plan of the site is the same', async () => {
    const { root, config } = await fixtureProject('basic');
    await buildSite(root, config, { now });
    const manifestFile = buildCacheFile(root, config, join(root, 'dist')) as string;
    const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
    // A digest no input can produce: only the shortcut, which does not hash, keeps it.
    manifest.pages['en/grain-corridor/index.html'] = 'kept';
    manifest.pages['en/index.html'] = 'kept';
    writeFileSync(manifestFile, JSON.stringify(manifest));
    editFile(root, 'content/en/drone-factories.md', 'diplomatic and', 'diplomatic, military and');
    expect(await buildSite(root, config, { now })).toMatchObject({ rendered: 2, reused: 4 });
    expect(JSON.parse(readFileSync(manifestFile, 'utf8')).pages).toMatchObject({
      'en/grain-corridor/index.html': 'kept',
      'en/index.html': 'kept',
    });
    editFile(root, 'content/en/drone-factories.md', /^title: .*$/m, 'title: Drone factories');
    expect((await buildSite(root, config, { now })).rendered).toBe(6);
    expect(JSON.parse(readFileSync(manifestFile, 'utf8')).pages['en/grain-corridor/index.html']).not.toBe('kept');
  });

  it('reports a missing UI key on every build, also when the pages that show it are kept', async () => {
    const { root, config } = await fixtureProject('basic');
    const bundle = join(root, 'locales/es-AR/ui.json');
    const data = JSON.parse(readFileSync(bundle, 'utf8'));
    delete data.index.title;
    writeFileSync(bundle, JSON.stringify(data, null, 2));
    const first = await buildSite(root, config, { now });
    expect(first.warnings.map((w) => w.message)).toEqual([
      'es-AR: ui:index.title is missing in es-AR, es; the page shows the en text instead',
    ]);
    // Only the edited article's pages are rendered again: the index that shows the key is kept.
    editFile(root, 'content/en/drone-factories.md', 'diplomatic and', 'diplomatic, military and');
    const second = await buildSite(root, config, { now });
    expect(second).toMatchObject({ rendered: 2, warnings: first.warnings });
    expect(await buildSite(root, config, { now, strict: true })).toMatchObject({ written: false, warnings: first.warnings });
  });

  it('refuses a project whose build namespace no locale has: its pages would have no interface text', async () => {
    const { root, config } = await fixtureProject('basic');
    for (const locale of ['en', 'es-AR'])
      renameSync(join(root, 'locales', locale, 'ui.json'), join(root, 'locales', locale, 'common.json'));
    const summary = await buildSite(root, config, { now });
    expect(summary.written).toBe(false);
    expect(summary.errors.map((e) => `${e.file}:${e.line}:${e.column} ${e.ruleId} ${e.message}`)).toEqual([
      'locales/en/ui.json:1:1 build-namespace no locale has a bundle of the build namespace "ui": every page would be built without its interface text; create locales/en/ui.json, or set build.namespace to the namespace that holds the interface strings',
    ]);
  });

  it('builds a locale folder i18next spells otherwise (es-ar) from its own strings, and warns that an i18next app never reads it', async () => {
    const { root } = await fixtureProject('basic');
    renameSync(join(root, 'locales/es-AR'), join(root, 'locales/es-ar'));
    renameSync(join(root, 'content/es-AR'), join(root, 'content/es-ar'));
    editFile(root, 'l10n.config.json', /es-AR/g, 'es-ar');
    const { config } = await loadConfig(root);
    const summary = await buildSite(root, config, { now });
    expect(summary.warnings.map((w) => `${w.file}:${w.line}:${w.column} ${w.ruleId}`)).toEqual(['locales/es-ar/ui.json:1:1 locale-code']);
    const page = readFileSync(join(root, 'dist/es-ar/drone-factories/index.html'), 'utf8');
    for (const text of ['Navegación principal', 'Comentarios', 'Publicado el 23 de abril de 2025']) expect(page).toContain(text);
    expect(page).not.toContain('Main navigation');
    // Beside a folder spelled as i18next writes the code, the misspelt one is what i18next ignores.
    cpSync(join(root, 'locales/es-ar'), join(root, 'locales/es-AR'), { recursive: true });
    editFile(root, 'locales/es-AR/ui.json', 'Navegación principal', 'Navegación de es-AR');
    editFile(root, 'l10n.config.json', '"locales": ["en", "es-ar"]', '"locales": ["en", "es-AR", "es-ar"]');
    await buildSite(root, (await loadConfig(root)).config, { now });
    expect(readFileSync(join(root, 'dist/es-ar/drone-factories/index.html'), 'utf8')).toContain('Navegación de es-AR');
  });
});
