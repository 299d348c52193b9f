import { createRequire } from 'node:module';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateStatusProject } from '../../bench/generate-status-project.mjs';
import { loadConfig } from '../../src/config/load-config.js';
import { parseConfig } from '../../src/config/parse-config.js';
import { formatStatusHtml } from '../../src/status/format-status-html.js';
import { loadStatus } from '../../src/status/load-status.js';
import { CHROMIUM_LAUNCH, openWatched } from '../support/chromium.js';

const require = createRequire(import.meta.url);
const AXE = (require('axe-core') as { source: string }).source;
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];
const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

let browser: Browser;
let dir: string;

beforeAll(async () => {
  browser = await chromium.launch(CHROMIUM_LAUNCH);
  dir = mkdtempSync(join(tmpdir(), 'l10n-status-browser-'));
});

afterAll(async () => {
  await browser?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** axe-core's violations on the open page, as `rule: node count` (evaluated through the protocol: the page's policy allows no script). */
async function violations(page: Page): Promise<string[]> {
  await page.evaluate(AXE);
  const result = await page.evaluate(
    (tags) =>
      (
        globalThis as unknown as {
          axe: { run: (c: unknown, o: unknown) => Promise<{ violations: { id: string; nodes: unknown[] }[] }> };
        }
      ).axe.run((globalThis as unknown as { document: unknown }).document, { runOnly: { type: 'tag', values: tags } }),
    TAGS,
  );
  return result.violations.map((v) => `${v.id}: ${v.nodes.length}`);
}

/** Writes the page to a file, opens it, and returns it with the problems the browser reported (CSP violations among them). */
async function open(name: string, html: string): Promise<{ page: Page; problems: string[] }> {
  const file = join(dir, `${name}.html`);
  writeFileSync(file, html);
  return openWatched(browser, pathToFileURL(file).href);
}

describe('the status page in Chromium', () => {
  it('has no axe violations on the shipped project, in light and dark mode, and breaks no policy', async () => {
    const { config } = await loadConfig(repoRoot);
    const { page, problems } = await open('shipped', formatStatusHtml(loadStatus(repoRoot, config)));
    expect(await violations(page)).toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await violations(page)).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('has no axe violations on a generated 54-locale project, shows the overview first and prints the lists', async () => {
    const project = join(dir, 'project');
    const { locales } = generateStatusProject({ locales: 54, namespaces: 4, keys: 80, seed: 5, outDir: project });
    const { page, problems } = await open('generated', formatStatusHtml(loadStatus(project, parseConfig({ sourceLocale: 'en', locales }))));
    expect(await violations(page)).toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await violations(page)).toEqual([]);
    expect(problems).toEqual([]);
    // The first screen is the overview, not one locale's list.
    expect(await page.locator('main h2').first().innerText()).toBe('Overview');
    expect(await page.locator('table.overview tbody tr').count()).toBe(54);
    // Lists are collapsed on screen and open on paper.
    const entry = page.locator('details li').first();
    expect(await entry.isVisible()).toBe(false);
    await page.emulateMedia({ media: 'print' });
    expect(await entry.isVisible()).toBe(true);
    await page.close();
  }, 240_000);
});
