import { describe, expect, it } from 'vitest';
import { emptyLock, parseContentLock, serialiseContentLock } from '../../src/content/content-lock.js';
import { fieldLine, setField } from '../../src/content/front-matter-field.js';
import { line } from '../support/check-lines.js';
import { tempProject } from '../support/temp-project.js';
import { contentDiagnostics } from './support.js';

describe('front matter fields', () => {
  it('replaces a field on its own line and keeps CRLF and everything else', () => {
    const raw = '---\r\ntitle: Hola\r\nsourceHash: old\r\n---\r\n\r\nsourceHash: in the body\r\n';
    expect(setField(raw, 'sourceHash', 'new')).toBe('---\r\ntitle: Hola\r\nsourceHash: "new"\r\n---\r\n\r\nsourceHash: in the body\r\n');
  });

  it('adds a missing field before the closing line, and finds field lines only in the front matter', () => {
    const raw = '---\ntitle: Hola\n---\nsource: not front matter\n';
    expect(setField(raw, 'source', 'content/en/a.md')).toBe('---\ntitle: Hola\nsource: "content/en/a.md"\n---\nsource: not front matter\n');
    expect(fieldLine(raw, 'title')).toBe(2);
    expect(fieldLine(raw, 'source')).toBe(1);
  });

  it('refuses a file without front matter', () => {
    expect(() => setField('# Title\n', 'sourceHash', 'x')).toThrow('no front matter');
  });
});

describe('the content lockfile', () => {
  it('round-trips and sorts its entries', () => {
    const lock = {
      ...emptyLock(),
      articles: { 'b.md': { source: 's', sourceHash: 'h', sections: [] }, 'a.md': { source: 's', sourceHash: 'h', sections: [] } },
    };
    const text = serialiseContentLock(lock);
    expect(text.indexOf('"a.md"')).toBeLessThan(text.indexOf('"b.md"'));
    expect(parseContentLock(text)).toEqual({
      lock: { ...lock, articles: { 'a.md': lock.articles['a.md'], 'b.md': lock.articles['b.md'] } },
    });
  });

  it('a broken lockfile is a warning at the file, and staleness is still reported', () => {
    const root = tempProject({
      'content/l10n-lock.json': '{ "version": 2 }',
      'content/en/a.md': '---\ntitle: A\n---\n\nText.\n',
      'content/es/a.md': '---\ntitle: Á\nsourceHash: "0000000000000000"\n---\n\nTexto.\n',
    });
    expect(contentDiagnostics(root).map((d) => `${line(d)} ${d.severity}`)).toEqual([
      'content/es/a.md:3:1 article-stale warning',
      'content/l10n-lock.json:1:1 article-stale warning',
    ]);
  });
});
