import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStaticServer, type StaticServer } from '../../src/cli/static-server.js';
import { CHROMIUM_LAUNCH, openWatched } from '../support/chromium.js';
import { CORPUS, expectSurvived, makeSandbox, runInSandbox } from './sandbox.js';
import { htmlPages, pagePolicy } from './executable-markup.js';

let browser: Browser;
let server: StaticServer | undefined;

beforeAll(async () => {
  browser = await chromium.launch(CHROMIUM_LAUNCH);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('pages built from the hostile corpus, in Chromium', () => {
  it('run nothing on any page: no dialog, no console error (a CSP violation is one), and every page has a CSP', async () => {
    // Hostile bundle strings and hostile articles in one project, built by the compiled CLI.
    const box = makeSandbox(
      ...['bundles/markup-in-values', 'bundles/prototype-keys', 'articles/raw-html', 'articles/unclosed-code-fence'].map((c) =>
        join(CORPUS, c),
      ),
    );
    const build = runInSandbox(box, ['build']);
    expectSurvived(build, 'build');
    expect(build.status).toBe(0);
    const pages = htmlPages(join(box.root, 'dist'));
    expect([...pages.keys()]).toEqual(
      expect.arrayContaining([
        'en/raw-html/index.html',
        'es-AR/raw-html/index.html',
        'es-AR/unclosed-code-fence/index.html',
        'es-AR/index.html',
      ]),
    );
    server = await startStaticServer(join(box.root, 'dist'));
    for (const [path, html] of pages) {
      expect(pagePolicy(html), path).toContain('default-src');
      const { page, problems } = await openWatched(browser, `${server.url}${path.replace(/index\.html$/, '')}`);
      for (const link of await page.locator('a').all()) await link.hover({ timeout: 200 }).catch(() => undefined);
      await page
        .locator('summary')
        .first()
        .click({ timeout: 200 })
        .catch(() => undefined);
      // The corpus's `<img src=x>` survives sanitizing as a plain image: its 404 is not code running.
      expect(
        problems.filter((p) => !/^http 404: .*\/x$|^console: Failed to load resource: .*404/.test(p)),
        path,
      ).toEqual([]);
      expect(await page.locator('script, iframe, object, embed, form, svg, [onerror], [onload], [onclick], [ontoggle]').count(), path).toBe(
        0,
      );
      await page.close();
    }
    // The same listeners do see a script that runs: the control page proves they can fail.
    const control = await openWatched(browser, `data:text/html,<img src="" onerror="alert('control')">`);
    await control.page.waitForTimeout(100);
    expect(control.problems).toContain('dialog: control');
  }, 300_000);
});
