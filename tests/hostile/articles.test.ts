import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { casesOf, caseSandbox, runCase } from './corpus.js';
import { executableParts, htmlPages, pagePolicy } from './executable-markup.js';

describe('hostile articles, through every command that reads articles', () => {
  for (const item of casesOf('articles')) {
    it(`${item.name}: ${item.description}`, () => {
      for (const command of Object.keys(item.expect)) {
        const box = caseSandbox(item, '');
        runCase(item, command, box);
        // ---js / ---javascript front matter would have written this file had it run.
        expect(existsSync(join(box.root, `RAN-${item.name}`)), `${command} ran front matter code`).toBe(false);
        if (command !== 'build' || item.expect.build?.exit !== 0) continue;
        const pages = htmlPages(join(box.root, 'dist'));
        expect([...pages.keys()]).toContain(`en/${item.name}/index.html`);
        for (const [page, html] of pages) {
          expect(executableParts(html), page).toEqual([]);
          expect(pagePolicy(html), page).toMatch(/default-src &#x27;none&#x27;/);
        }
      }
    }, 600_000);
  }
});

describe('the executable-markup detector', () => {
  it('finds what the sanitizer must remove, so an empty answer means something', () => {
    const found = executableParts(
      '<script>1</script><img src=x onerror="1"><a href=" JaVa&#x09;script:1">x</a><iframe></iframe><meta http-equiv="refresh" content="0">',
    );
    expect(found).toEqual(['<script>', 'img onError', 'a href= JaVa\tscript:1', '<iframe>', '<meta refresh>']);
  });
});
