import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { REPORT_PATH } from '../../src/build/site-report.js';
import { buildSite } from '../../src/build/write-site.js';
import type { Config } from '../../src/config/schema.js';
import { fixtureProject } from './fixture-project.js';

const now = new Date('2026-01-15T00:00:00Z');
const SITE = 'https://cronica-austral.example/';
const made: string[] = [];

afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

async function basic(): Promise<{ root: string; config: Config; out: (path: string) => string }> {
  const { root, config } = await fixtureProject('basic');
  made.push(dirname(root));
  return { root, config, out: (path) => readFileSync(join(root, 'dist', path), 'utf8') };
}

/** The `<loc>` entries of a sitemap. */
const locs = (sitemap: string): string[] => [...sitemap.matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) => m[1] as string);

/** Makes the es-AR translation of grain-corridor outdated: its English source gains a sentence. */
function changeSource(root: string): void {
  const file = join(root, 'content/en/grain-corridor.md');
  writeFileSync(file, `${readFileSync(file, 'utf8')}\nA second convoy is due next week.\n`);
}

describe('fallback pages', () => {
  it('are canonical to the source page and left out of the sitemap, yet linked, with lang and the notice', async () => {
    const { root, config, out } = await basic();
    expect((await buildSite(root, config, { now })).warnings).toEqual([]);
    const page = out('es-AR/drone-factories/index.html');
    expect(page).toContain(`<link rel="canonical" href="${SITE}en/drone-factories/">`);
    expect(page).toContain(`<meta property="og:url" content="${SITE}en/drone-factories/">`);
    expect(page).not.toContain('hreflang="x-default"');
    expect(page).toContain('<article lang="en">');
    expect(page).toContain('<p class="notice" role="note">Este artículo no está traducido al español');
    expect(out('es-AR/index.html')).toContain('<a href="drone-factories/" lang="en">');
    expect(locs(out('sitemap.xml'))).not.toContain(`${SITE}es-AR/drone-factories/`);
    expect(locs(out('sitemap.xml'))).toEqual([
      `${SITE}en/`,
      `${SITE}es-AR/`,
      `${SITE}en/drone-factories/`,
      `${SITE}en/grain-corridor/`,
      `${SITE}es-AR/grain-corridor/`,
    ]);
  });

  it('stay self-canonical and listed with build.fallbackPages: self-canonical', async () => {
    const { root, config, out } = await basic();
    await buildSite(root, { ...config, build: { ...config.build, fallbackPages: 'self-canonical' } }, { now });
    expect(out('es-AR/drone-factories/index.html')).toContain(`<link rel="canonical" href="${SITE}es-AR/drone-factories/">`);
    expect(locs(out('sitemap.xml'))).toContain(`${SITE}es-AR/drone-factories/`);
  });

  it('leave real translations their own canonical and hreflang alternates, x-default included', async () => {
    const { root, config, out } = await basic();
    await buildSite(root, config, { now });
    const page = out('es-AR/grain-corridor/index.html');
    expect(page).toContain(`<link rel="canonical" href="${SITE}es-AR/grain-corridor/">`);
    expect(page).toContain(`<link rel="alternate" hreflang="en" href="${SITE}en/grain-corridor/">`);
    expect(page).toContain(`<link rel="alternate" hreflang="x-default" href="${SITE}en/grain-corridor/">`);
    expect(page).not.toContain('class="notice');
  });
});

describe('outdated translations', () => {
  it('get a notice in their locale with a link to the source page, and a warning', async () => {
    const { root, config, out } = await basic();
    changeSource(root);
    const summary = await buildSite(root, config, { now });
    expect(summary.written).toBe(true);
    expect(summary.warnings.map((w) => `${w.file} ${w.ruleId}`)).toEqual(['content/es-AR/grain-corridor.md article-stale']);
    expect(out('es-AR/grain-corridor/index.html')).toContain(
      '<p class="notice outdated" role="note">Esta traducción puede estar desactualizada: el artículo original cambió desde que se tradujo. <a href="../../en/grain-corridor/" hreflang="en">Leé el original (inglés)</a></p>',
    );
    expect(out('en/grain-corridor/index.html')).not.toContain('notice');
    expect(out('es-AR/grain-corridor/index.html')).toContain(`<link rel="canonical" href="${SITE}es-AR/grain-corridor/">`);
  });

  it('are not published with --strict: nothing is written', async () => {
    const { root, config, out } = await basic();
    await buildSite(root, config, { now });
    const before = out('es-AR/grain-corridor/index.html');
    changeSource(root);
    const summary = await buildSite(root, config, { now, strict: true });
    expect(summary.written).toBe(false);
    expect(out('es-AR/grain-corridor/index.html')).toBe(before);
  });

  it('lose the notice once the translation is marked up to date again', async () => {
    const { root, config, out } = await basic();
    changeSource(root);
    await buildSite(root, config, { now });
    expect(out('es-AR/grain-corridor/index.html')).toContain('notice outdated');
    const file = join(root, 'content/en/grain-corridor.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('\nA second convoy is due next week.\n', ''));
    await buildSite(root, config, { now });
    expect(out('es-AR/grain-corridor/index.html')).not.toContain('notice outdated');
  });
});

describe('the site report', () => {
  it('lists per locale the translations, the outdated ones and the fallbacks', async () => {
    const { root, config, out } = await basic();
    changeSource(root);
    await buildSite(root, config, { now });
    expect(JSON.parse(out(REPORT_PATH))).toEqual({
      version: 1,
      sourceLocale: 'en',
      locales: {
        en: { pages: 2, translations: ['en/drone-factories/', 'en/grain-corridor/'], outdated: [], fallbacks: [] },
        'es-AR': {
          pages: 2,
          translations: ['es-AR/grain-corridor/'],
          outdated: ['es-AR/grain-corridor/'],
          fallbacks: ['es-AR/drone-factories/'],
        },
      },
    });
  });

  it('is not written with build.report: false', async () => {
    const { root, config } = await basic();
    await buildSite(root, { ...config, build: { ...config.build, report: false } }, { now });
    expect(() => readFileSync(join(root, 'dist', REPORT_PATH))).toThrow(/ENOENT/);
  });
});
