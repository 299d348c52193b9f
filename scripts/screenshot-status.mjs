// Takes docs/status-overview.png: the overview of `l10n status --format html` on a generated
// project of 12 locales and 4 namespaces, in Chromium (light mode, 2x scale off, cropped to the
// overview so the image stays small). Run `npm run -s compile` first.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { generateStatusProject } from '../bench/generate-status-project.mjs';
import { parseConfig } from '../lib/config/parse-config.js';
import { formatStatusHtml } from '../lib/status/format-status-html.js';
import { loadStatus } from '../lib/status/load-status.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dir = mkdtempSync(join(tmpdir(), 'l10n-status-shot-'));
try {
  const { locales } = generateStatusProject({ locales: 12, namespaces: 4, keys: 120, seed: 3, outDir: dir });
  const html = formatStatusHtml(loadStatus(dir, parseConfig({ sourceLocale: 'en', locales })));
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
  const page = await browser.newPage({ viewport: { width: 1240, height: 800 }, colorScheme: 'light' });
  await page.setContent(html, { waitUntil: 'load' });
  const overview = page.locator('main > section').first();
  await overview.screenshot({ path: join(root, 'docs/status-overview.png') });
  await browser.close();
  process.stdout.write('wrote docs/status-overview.png\n');
} finally {
  rmSync(dir, { recursive: true, force: true });
}
