import { describe, expect, it } from 'vitest';
import { MAX_HTML_DEPTH } from '../../src/ingest/html-depth.js';
import { segmentHtml } from '../../src/ingest/segment-html.js';

/** A page whose paragraph sits inside `depth` elements: html, body and nested divs. */
const page = (divs: number): string =>
  `<!doctype html><html><body>${'<div>'.repeat(divs)}<p>Officials said the corridor would stay open.</p>${'</div>'.repeat(divs)}</body></html>`;

describe('segmentHtml on deep pages', () => {
  it('reads a page nested up to the limit', () => {
    // html and body are two levels, the paragraph one more.
    const texts = segmentHtml(page(MAX_HTML_DEPTH - 3)).segments.map((segment) => segment.text);
    expect(texts).toContain('Officials said the corridor would stay open.');
  });

  it('refuses a page nested past it, where the first element too deep starts', () => {
    expect(() => segmentHtml(page(MAX_HTML_DEPTH - 2))).toThrow(
      `nests elements more than ${MAX_HTML_DEPTH} deep (line 1, column ${'<!doctype html><html><body>'.length + 5 * (MAX_HTML_DEPTH - 2) + 1})`,
    );
    expect(() => segmentHtml(page(100_000))).toThrow(/more than 512 deep/);
  });
});
