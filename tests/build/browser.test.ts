import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../../src/build/write-site.js';
import { startStaticServer, type StaticServer } from '../../src/cli/static-server.js';
import { loadConfig } from '../../src/config/load-config.js';
import { CHROMIUM_LAUNCH, openWatched } from '../support/chromium.js';
import { fixtureProject } from './fixture-project.js';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const SCREENSHOTS = join(repoRoot, 'test-output');

let browser: Browser;
const servers: StaticServer[] = [];

/** Builds a fixture into a temporary folder and serves it on 127.0.0.1. */
async function serveFixture(name: string): Promise<{ url: string; outDir: string }> {
  const { root, config } = await fixtureProject(name);
  const summary = await buildSite(root, config, { now: new Date('2026-01-15T00:00:00Z') });
  expect(summary.written).toBe(true);
  const server = await startStaticServer(summary.outDir);
  servers.push(server);
  return { url: server.url, outDir: summary.outDir };
}

beforeAll(async () => {
  browser = await chromium.launch(CHROMIUM_LAUNCH);
});

afterAll(async () => {
  await browser?.close();
  await Promise.all(servers.map((server) => server.close()));
});

describe('built pages in Chromium', () => {
  it('shows the English article in Spanish chrome on es-AR and in English chrome on en', async () => {
    const { url } = await serveFixture('basic');
    const es = await openWatched(browser, `${url}es-AR/drone-factories/`);
    expect(await es.page.getAttribute('html', 'lang')).toBe('es-AR');
    expect(await es.page.getAttribute('article', 'lang')).toBe('en');
    const esText = await es.page.innerText('body');
    for (const text of [
      'Puede interesarte',
      'Comentarios',
      'Para comentar, debés estar registrado',
      'Por favor, iniciá sesión',
      'Este artículo no está traducido',
    ])
      expect(esText).toContain(text);
    expect(esText).not.toMatch(/\{\{|\}\}|related\.title|comments\.|article\./);
    mkdirSync(SCREENSHOTS, { recursive: true });
    await es.page.screenshot({ path: join(SCREENSHOTS, 'es-AR-article.png'), fullPage: true });

    await es.page.click('nav.switcher a[hreflang="en"]');
    await es.page.waitForURL(`${url}en/drone-factories/`);
    expect(await es.page.getAttribute('html', 'lang')).toBe('en');
    expect(es.problems).toEqual([]);

    const en = await openWatched(browser, `${url}en/drone-factories/`);
    expect(await en.page.getAttribute('article', 'lang')).toBeNull();
    const enText = await en.page.innerText('body');
    for (const text of ['You may be interested in', 'Comments', 'To comment, you must be registered', 'Please log in'])
      expect(enText).toContain(text);
    expect(enText).not.toContain('Puede interesarte');
    expect(enText).not.toMatch(/\{\{|\}\}/);
    await en.page.screenshot({ path: join(SCREENSHOTS, 'en-article.png'), fullPage: true });
    await en.page.click('nav.switcher a[hreflang="es-AR"]');
    await en.page.waitForURL(`${url}es-AR/drone-factories/`);
    expect(await en.page.innerText('aside.related h2')).toBe('Puede interesarte');
    expect(en.problems).toEqual([]);
  });

  it('shows each shipped article in Spanish chrome on es-AR with the four strings of the source page', async () => {
    const { config } = await loadConfig(repoRoot);
    const outDir = join(mkdtempSync(join(tmpdir(), 'l10n-shipped-')), 'dist');
    expect((await buildSite(repoRoot, config, { outDir })).written).toBe(true);
    const server = await startStaticServer(outDir);
    servers.push(server);
    const slugs = readdirSync(join(repoRoot, 'content/en'))
      .filter((name) => name.endsWith('.md'))
      .map((name) => name.slice(0, -3));
    for (const slug of slugs) {
      const { page, problems } = await openWatched(browser, `${server.url}es-AR/${slug}/`);
      expect(await page.getAttribute('html', 'lang')).toBe('es-AR');
      expect(await page.getAttribute('article', 'lang')).toBe('en');
      const text = await page.innerText('body');
      for (const string of ['Puede interesarte', 'Comentarios', 'Para comentar, debés estar registrado', 'Por favor, iniciá sesión'])
        expect(text).toContain(string);
      expect(text).not.toMatch(/\{\{|\}\}/);
      await page.screenshot({ path: join(SCREENSHOTS, `shipped-es-AR-${slug}.png`), fullPage: true });
      await page.click('nav.switcher a[hreflang="en"]');
      await page.waitForURL(`${server.url}en/${slug}/`);
      expect(await page.innerText('aside.related h2')).toBe('You may be interested in');
      expect(problems).toEqual([]);
      await page.close();
    }
  });

  it('shows a fallback page canonical to its source and unlisted, and an outdated translation with a working link to its source', async () => {
    const { root, config } = await fixtureProject('basic');
    const source = join(root, 'content/en/grain-corridor.md');
    writeFileSync(source, `${readFileSync(source, 'utf8')}\nA second convoy is due next week.\n`);
    const summary = await buildSite(root, config, { now: new Date('2026-01-15T00:00:00Z') });
    expect(summary.written).toBe(true);
    const server = await startStaticServer(summary.outDir);
    servers.push(server);

    const fallback = await openWatched(browser, `${server.url}es-AR/drone-factories/`);
    expect(await fallback.page.getAttribute('link[rel="canonical"]', 'href')).toBe('https://cronica-austral.example/en/drone-factories/');
    expect(await fallback.page.getAttribute('article', 'lang')).toBe('en');
    expect(await fallback.page.isVisible('p.notice:has-text("Este artículo no está traducido")')).toBe(true);
    const sitemap = await (await fetch(`${server.url}sitemap.xml`)).text();
    expect(sitemap).toContain('https://cronica-austral.example/en/drone-factories/');
    expect(sitemap).not.toContain('https://cronica-austral.example/es-AR/drone-factories/');
    expect(fallback.problems).toEqual([]);

    const outdated = await openWatched(browser, `${server.url}es-AR/grain-corridor/`);
    expect(await outdated.page.getAttribute('link[rel="canonical"]', 'href')).toBe('https://cronica-austral.example/es-AR/grain-corridor/');
    const notice = outdated.page.locator('p.notice.outdated');
    expect(await notice.isVisible()).toBe(true);
    expect(await notice.innerText()).toBe(
      'Esta traducción puede estar desactualizada: el artículo original cambió desde que se tradujo. Leé el original (inglés)',
    );
    mkdirSync(SCREENSHOTS, { recursive: true });
    await outdated.page.screenshot({ path: join(SCREENSHOTS, 'es-AR-outdated.png'), fullPage: true });
    await notice.locator('a').click();
    await outdated.page.waitForURL(`${server.url}en/grain-corridor/`);
    expect(await outdated.page.getAttribute('html', 'lang')).toBe('en');
    expect(await outdated.page.innerText('h1')).toBe('Grain corridor reopens after weeks of talks');
    expect(outdated.problems).toEqual([]);
  });

  it('never runs a script or handler from a bundle string or from markdown', async () => {
    const { url, outDir } = await serveFixture('hostile');
    for (const path of ['en/hostile-markup/', 'es-AR/hostile-markup/', 'en/', 'es-AR/', '']) {
      const { page, problems } = await openWatched(browser, `${url}${path}`);
      for (const target of ['text=a javascript link', 'text=Styled paragraph.', 'summary']) {
        if ((await page.locator(target).count()) > 0) await page.click(target);
      }
      expect(problems, path).toEqual([]);
      expect(await page.locator('script, iframe, [onerror], [onclick], [ontoggle], [style]').count(), path).toBe(0);
      await page.close();
    }
    const { page } = await openWatched(browser, `${url}en/hostile-markup/`);
    expect(await page.innerText('header .tagline')).toContain("<script>alert('bundle-script')</script>");
    expect(await page.innerText('article')).toContain('A paragraph with emphasis that survives sanitizing.');
    await page.close();

    // The same detector on an unsanitized page: proves a handler that ran would have been seen.
    writeFileSync(join(outDir, 'control.html'), '<!doctype html><title>control</title><img src="" onerror="alert(\'control\')">');
    // An open dialog holds the load event, so once goto returns the dialog has been recorded.
    const control = await openWatched(browser, `${url}control.html`);
    expect(control.problems).toEqual(['dialog: control']);
  });
});
