import { rmSync } from 'node:fs';
import { afterEach, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/parse-config.js';
import { formatStatusHtml } from '../../src/status/format-status-html.js';
import { loadStatus } from '../../src/status/load-status.js';
import { tempProject } from '../support/temp-project.js';
import { attr, elementsOf, textOf } from './html-tree.js';

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const LOCALE = '"><img src=x onerror=alert(1)>';
const NAMESPACE = "<b onmouseover='x'>ns&amp;";
const KEY = '<script>alert(1)</script>';

it('shows hostile locale, namespace and key names as text, with distinct ids and links that resolve', () => {
  const root = tempProject({
    [`locales/en/${NAMESPACE}.json`]: JSON.stringify({ [KEY]: 'x & y', plain: 'Plain' }),
    [`locales/${LOCALE}/${NAMESPACE}.json`]: JSON.stringify({ plain: 'Llano' }),
    'locales/en/other.json': '{ "a": "A" }',
    [`locales/${LOCALE}/other.json`]: '{}',
  });
  made.push(root);
  const html = formatStatusHtml(loadStatus(root, parseConfig({ sourceLocale: 'en' })), {
    linkBase: 'https://example.com/blob/main/',
  });
  const elements = elementsOf(html);
  // Only the page's own elements: nothing a name spelled out became markup.
  expect(elements.filter((e) => ['script', 'img', 'b'].includes(e.tagName))).toEqual([]);
  expect(elements.some((e) => e.attrs.some((a) => a.name.startsWith('on')))).toBe(false);
  const texts = elements.filter((e) => e.tagName === 'code').map(textOf);
  expect(texts).toContain(KEY);
  expect(texts).toContain(NAMESPACE);
  expect(elements.filter((e) => e.tagName === 'a').map(textOf)).toContain(LOCALE);
  const ids = elements.map((e) => attr(e, 'id')).filter((id) => id !== undefined);
  expect(new Set(ids).size).toBe(ids.length);
  for (const href of elements.map((e) => attr(e, 'href')).filter((h) => h?.startsWith('#'))) expect(ids).toContain(href?.slice(1));
  // The file link keeps the names inside its path: encoded, never a second URL or a fragment of its own.
  const fileLinks = elements.map((e) => attr(e, 'href')).filter((h) => h?.startsWith('https:'));
  expect(fileLinks).toContain(
    `https://example.com/blob/main/locales/${encodeURIComponent(LOCALE)}/${encodeURIComponent(NAMESPACE)}.json#L1`,
  );
});

it('refuses a link base that is not a web URL, and a --locale the project does not have (exit 2)', async () => {
  const { runCli } = await import('../support/run-cli.js');
  const root = tempProject({ 'locales/en/ui.json': '{ "a": "A" }', 'locales/fr/ui.json': '{}', 'locales/de/ui.json': '{}' });
  made.push(root);
  const base = runCli(['status', '--format', 'html', '--link-base', 'javascript:alert(1)//'], root);
  expect(base.status).toBe(2);
  expect(base.stderr).toContain('expected an http(s) URL');
  const unknown = runCli(['status', '--locale', 'fr', '--locale', 'xx'], root);
  expect(unknown).toMatchObject({ status: 2, stdout: '' });
  expect(unknown.stderr).toBe('l10n: --locale: unknown locale xx (the project has de, en, fr)\n');
});
