import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import type { Root, Table } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateStatusProject } from '../../bench/generate-status-project.mjs';
import { parseConfig } from '../../src/config/parse-config.js';
import type { ProjectStatus } from '../../src/status/project-status.js';
import { DEFAULT_LIST_LIMIT, formatStatusHtml } from '../../src/status/format-status-html.js';
import { formatStatusMarkdown } from '../../src/status/format-status-markdown.js';
import { loadStatus } from '../../src/status/load-status.js';
import { namespaceId } from '../../src/status/status-html-links.js';
import { runCli } from '../support/run-cli.js';
import { attr, childElements, elementsOf, textOf } from './html-tree.js';

const LIMIT_BYTES = 1.5 * 2 ** 20;
let dir: string;
let locales: string[];
let namespaces: string[];
let status: ProjectStatus;
let html: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'l10n-status-page-'));
  ({ locales, namespaces } = generateStatusProject({ locales: 54, namespaces: 8, keys: 400, seed: 7, outDir: dir }));
  status = loadStatus(dir, parseConfig({ sourceLocale: 'en', locales }));
  html = formatStatusHtml(status);
}, 120_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The overview's rows as [locale, complete] from the page itself. */
function overviewRows(page: string): [string, string][] {
  const table = elementsOf(page).find((e) => e.tagName === 'table' && attr(e, 'class') === 'overview');
  const body = table && childElements(table, 'tbody')[0];
  return (body ? childElements(body, 'tr') : []).map((row) => {
    const [head, , complete] = childElements(row);
    const link = head && childElements(head, 'a')[0];
    return [link ? textOf(link) : '', complete ? textOf(complete) : ''];
  });
}

describe('the status page of a generated project of 54 locales and 8 namespaces', () => {
  it('lists every locale in the overview: the source first, then from most to least complete', () => {
    const rows = overviewRows(html);
    expect(rows.map(([locale]) => locale).sort()).toEqual([...locales].sort());
    expect(rows[0]).toEqual(['en', '–']);
    const percents = rows.slice(1).map(([, complete]) => Number.parseFloat(complete));
    expect(percents.every((p, i) => i === 0 || p <= (percents[i - 1] ?? 0))).toBe(true);
    // Each percentage is the locale's own, as the status computed it.
    const byLocale = new Map(status.locales.map((l) => [l.locale, l.percent]));
    for (const [locale, complete] of rows.slice(1)) expect(complete).toBe(`${byLocale.get(locale)?.toFixed(1)}%`);
    // A spread of completeness, not one value: the ordering is really tested.
    expect(new Set(percents).size).toBeGreaterThan(20);
  });

  it('has a locale x namespace map whose every cell links to its list', () => {
    const heat = elementsOf(html).find((e) => e.tagName === 'table' && attr(e, 'class') === 'heat');
    expect(heat).toBeDefined();
    const links = elementsOf(html).filter((e) => e.tagName === 'a' && attr(e, 'href')?.startsWith('#n-'));
    // Every target locale x namespace once in the map (the source locale's cells say "source").
    expect(new Set(links.map((a) => attr(a, 'href'))).size).toBe((locales.length - 1) * namespaces.length);
  });

  it('resolves every in-page link to an id on the page, and no id is used twice', () => {
    const elements = elementsOf(html);
    const ids = elements.map((e) => attr(e, 'id')).filter((id) => id !== undefined);
    expect(new Set(ids).size).toBe(ids.length);
    const targets = elements.map((e) => attr(e, 'href')).filter((href) => href?.startsWith('#'));
    expect(targets.length).toBeGreaterThan(54 * 9);
    const known = new Set(ids);
    for (const href of targets) expect(known.has(decodeURIComponent((href ?? '').slice(1))), href).toBe(true);
    for (const e of elements.filter((x) => attr(x, 'fill')?.startsWith('url(#')))
      expect(known.has(/url\(#(.*)\)/.exec(attr(e, 'fill') ?? '')?.[1] ?? '')).toBe(true);
  });

  it('shows the first entries of each list and says exactly how many more there are', () => {
    const details = new Map(
      elementsOf(html)
        .filter((e) => e.tagName === 'details')
        .map((e) => [attr(e, 'id'), e]),
    );
    let cut = 0;
    for (const locale of status.locales)
      for (const ns of locale.namespaces) {
        const list = details.get(namespaceId(locale.locale, ns.namespace));
        if (ns.left.length === 0) {
          expect(list).toBeUndefined();
          continue;
        }
        const items = childElements(childElements(list!, 'ul')[0]!, 'li');
        expect(items.map(textOf)).toEqual(ns.left.slice(0, DEFAULT_LIST_LIMIT).map((e) => `${e.key} ${e.state}`));
        const more = childElements(list!, 'p').map(textOf);
        if (ns.left.length > DEFAULT_LIST_LIMIT) {
          cut++;
          expect(more).toEqual([`and ${ns.left.length - DEFAULT_LIST_LIMIT} more`]);
        } else expect(more).toEqual([]);
      }
    expect(cut).toBeGreaterThan(100);
  });

  it('stays under 1.5 MB, with links relative to the page or under a repository URL', () => {
    expect(Buffer.byteLength(html)).toBeLessThan(LIMIT_BYTES);
    const linked = formatStatusHtml(status, { linkBase: 'https://github.com/owner/repository-name/blob/main/' });
    expect(Buffer.byteLength(linked)).toBeLessThan(LIMIT_BYTES);
    expect(linked).toContain('href="https://github.com/owner/repository-name/blob/main/locales/fr/common.json#L');
  });

  it('writes the same overview as a Markdown table, escaped, with the sums of the locales shown', () => {
    const markdown = formatStatusMarkdown(status);
    const tree = unified().use(remarkParse).use(remarkGfm).parse(markdown) as Root;
    const table = tree.children.find((n): n is Table => n.type === 'table');
    const rows = (table?.children ?? []).slice(1).map((row) => row.children.map((cell) => toString(cell)));
    expect(rows.map((r) => [r[0], r[2]])).toEqual(overviewRows(html).map(([l, c]) => [l, c === '–' ? 'source' : c]));
    const done = status.locales.reduce((n, l) => n + l.counts.translated + l.counts.fallback, 0);
    const total = status.locales.reduce((n, l) => n + l.total, 0);
    expect(markdown).toContain(`**53 locales**; ${done} of ${total} entries complete`);
  });
});

describe('links to files and lines', () => {
  it('point from the page written with --output to the bundle file, at the line of the entry', () => {
    const out = join(dir, 'reports', 'status.html');
    mkdirSync(dirname(out), { recursive: true });
    const run = runCli(['status', '--format', 'html', '--output', out, '--locale', 'fr', '--list-limit', '3'], dir);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const page = readFileSync(out, 'utf8');
    const hrefs = elementsOf(page)
      .filter((e) => e.tagName === 'a' && attr(e, 'href')?.includes('.json#L'))
      .map((e) => [attr(e, 'href') ?? '', textOf(e)] as const);
    expect(hrefs.length).toBeGreaterThan(0);
    for (const [href, key] of hrefs) {
      const [path, line] = href.split('#L');
      expect(path).toMatch(/^\.\.\/locales\/fr\//);
      const lines = readFileSync(resolve(dirname(out), path ?? ''), 'utf8').split('\n');
      const last = key.split('.').at(-1) ?? key;
      const text = lines[Number(line) - 1] ?? '';
      // A key the file has is on its line; a key it lacks points at the object that should hold it.
      expect(text.includes(`"${last}"`) || text.trimEnd().endsWith('{')).toBe(true);
    }
  });
});
