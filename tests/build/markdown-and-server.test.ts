import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import type { Nodes } from 'hast';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { toHtml } from 'hast-util-to-html';
import { loadRawHtml, markdownToHast, markdownToHtml } from '../../src/build/markdown.js';
import { resolveChain } from '../../src/build/runtime-bundles.js';
import { resolveRequestPath, startStaticServer } from '../../src/cli/static-server.js';
import { runCli } from '../support/run-cli.js';

/** What a browser would treat as active in the HTML: elements that run or embed code, handlers, styles, script URLs. */
function activeParts(node: Nodes): string[] {
  const found: string[] = [];
  if (node.type === 'element') {
    if (['script', 'iframe', 'svg', 'object', 'embed', 'style'].includes(node.tagName)) found.push(node.tagName);
    for (const [name, value] of Object.entries(node.properties)) {
      if (/^on/i.test(name) || name === 'style' || String(value).trim().toLowerCase().startsWith('javascript:'))
        found.push(`${node.tagName}[${name}]`);
    }
  }
  if ('children' in node) for (const child of node.children) found.push(...activeParts(child));
  return found;
}

describe('markdownToHtml', () => {
  // First in the file: rehype-raw is not loaded yet.
  it('renders markdown without HTML before rehype-raw is loaded, and refuses raw HTML until it is', async () => {
    expect(toHtml(markdownToHast('A *b* [c](https://e.example/) &lt;i&gt;'))).toBe(
      '<p>A <em>b</em> <a href="https://e.example/">c</a> &#x3C;i></p>',
    );
    expect(() => markdownToHast('A <em>b</em>')).toThrow('call loadRawHtml()');
    await loadRawHtml();
    expect(toHtml(markdownToHast('A <em>b</em><script>x()</script>'))).toBe('<p>A <em>b</em></p>');
  });

  it('keeps safe raw HTML and removes scripts, handlers, styles and javascript: URLs', async () => {
    const html = await markdownToHtml(
      'Hi <em>there</em>\n\n<script>alert(1)</script>\n\n<img src="x.png" onerror="alert(2)" style="x">\n\n[link](javascript:alert(3)) <a href="javascript:alert(4)">a</a>\n',
    );
    expect(html).toContain('<em>there</em>');
    expect(html).toContain('<img src="x.png">');
    expect(html).not.toMatch(/script|onerror|style=|javascript:/);
  });

  it('never lets an event handler or script through, whatever the markdown (property)', async () => {
    const piece = fc.constantFrom(
      '<script>x()</script>',
      '<img src=a onerror=x()>',
      '<svg onload=x()>',
      '<a href="javascript:x()">a</a>',
      '<iframe src=a>',
      '*em*',
      '`code`',
      '\n\n',
      '<div onclick="x()">d</div>',
      '<p style="a">p</p>',
      '<',
      '>',
      '"',
      "'",
    );
    await fc.assert(
      fc.asyncProperty(fc.array(piece, { maxLength: 12 }), async (pieces) => {
        const html = await markdownToHtml(pieces.join(''));
        expect(activeParts(unified().use(rehypeParse, { fragment: true }).parse(html))).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });
});

describe('resolveChain', () => {
  it('gives each key the value of the first locale in the chain that has it (property)', () => {
    const bundle = fc.dictionary(fc.constantFrom('a', 'b', 'c'), fc.string(), { maxKeys: 3 });
    fc.assert(
      fc.property(bundle, bundle, bundle, (own, parent, source) => {
        const data: Record<string, Record<string, unknown>> = { 'es-AR': { g: own }, es: { g: parent }, en: { g: source } };
        const resolved = resolveChain(['es-AR', 'es', 'en'], (lng) => data[lng]) as { g: Record<string, string> };
        for (const key of ['a', 'b', 'c']) expect(resolved.g[key]).toBe(own[key] ?? parent[key] ?? source[key]);
      }),
    );
  });
});

describe('the preview server', () => {
  it('never maps a request outside the served folder or to a hidden file', () => {
    const dir = '/srv/site';
    expect(resolveRequestPath(dir, '/en/a/')).toBe('/srv/site/en/a/index.html');
    for (const bad of ['/../etc/passwd', '/%2e%2e/etc/passwd', '/.l10n-cache.json', '/en/%00', '/%E0%A4%A'])
      expect(resolveRequestPath(dir, bad), bad).toBeUndefined();
  });

  it('says a port in use is in use (exit 2, one line), not an internal error', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'l10n-serve-'));
    const taken = await startStaticServer(dir);
    try {
      const port = new URL(taken.url).port;
      expect(runCli(['serve', '--dir', dir, '--port', port], dir)).toMatchObject({
        status: 2,
        stderr: `l10n: port ${port} is in use: choose another with --port (0 picks a free one)\n`,
      });
    } finally {
      await taken.close();
    }
  });

  it('serves files on 127.0.0.1 with their type and 404s the rest', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'l10n-serve-'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>x</title>');
    const server = await startStaticServer(dir);
    try {
      expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
      const page = await fetch(server.url);
      expect([page.status, page.headers.get('content-type'), await page.text()]).toEqual([
        200,
        'text/html; charset=utf-8',
        '<!doctype html><title>x</title>',
      ]);
      expect((await fetch(`${server.url}missing.css`)).status).toBe(404);
    } finally {
      await server.close();
    }
  });
});
