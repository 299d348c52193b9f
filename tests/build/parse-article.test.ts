import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/content/parse-article.js';
import { fixtureDir } from './fixture-project.js';

const fixture = (name: string): string => readFileSync(`${fixtureDir('articles')}/${name}`, 'utf8');
const lines = (name: string): string[] =>
  parseArticle(`content/en/${name}`, fixture(name), 'en').diagnostics.map(
    (d) => `${d.file}:${d.line}:${d.column} ${d.severity} ${d.message}`,
  );

describe('parseArticle', () => {
  it('refuses JavaScript front matter without evaluating it', () => {
    expect(lines('js-front-matter.md')).toEqual([
      'content/en/js-front-matter.md:1:1 error JavaScript front matter (---js) is not allowed: it would run code from the article; use YAML',
    ]);
    expect((globalThis as Record<string, unknown>).__l10nPwned).toBeUndefined();
  });

  it('reports YAML errors and unsafe tags at their line', () => {
    expect(lines('bad-yaml.md')).toEqual([expect.stringMatching(/^content\/en\/bad-yaml\.md:4:1 error front matter is not valid YAML: /)]);
    expect(lines('js-tag.md')).toEqual([
      expect.stringMatching(/^content\/en\/js-tag\.md:3:\d+ error front matter is not valid YAML: unknown tag/),
    ]);
  });

  it('reports a missing title and a slug that differs from the file name at the field', () => {
    expect(lines('no-title.md')).toEqual(['content/en/no-title.md:1:1 error front matter field "title" is required']);
    expect(lines('wrong-slug.md')).toEqual([
      'content/en/wrong-slug.md:3:1 error slug "something-else" differs from the file\'s path "wrong-slug": the path below the locale folder is the slug',
    ]);
  });

  it('takes a date only when it is the day written: YAML and Date roll 2025-13-45 and "2025-02-30" over to other days', () => {
    const parsed = (date: string, body = 'Text.') =>
      parseArticle('content/en/a.md', `---\ntitle: A\ndate: ${date}\n---\n\n${body}\n`, 'en');
    for (const date of ['2025-13-45', '"2025-02-30"', '2025-02-29']) {
      const { article, diagnostics } = parsed(date);
      expect({ date, published: article?.date, found: diagnostics.map((d) => `${d.line}:${d.column} ${d.severity} ${d.message}`) }).toEqual(
        {
          date,
          published: undefined,
          found: [
            '3:1 warning front matter field "date" is not a day of the calendar (use YYYY-MM-DD): the article is published without a date',
          ],
        },
      );
    }
    expect(parsed('2024-02-29').article?.date?.toISOString()).toBe('2024-02-29T00:00:00.000Z');
    expect(parsed('"2025-04-22T10:00:00Z"', 'date: 1999-99-99').article?.date?.toISOString()).toBe('2025-04-22T10:00:00.000Z');
  });

  it('reads the article model, defaulting lang to the folder locale', () => {
    const text = '---\ntitle: A title\ndate: 2025-04-22\nauthor: Ana\nsource: content/en/a.md\nsourceHash: abc123\n---\n\nThe body.\n';
    const { article, diagnostics } = parseArticle('content/es-AR/a.md', text, 'es-AR');
    expect(diagnostics).toEqual([]);
    expect(article).toMatchObject({
      slug: 'a',
      title: 'A title',
      lang: 'es-AR',
      author: 'Ana',
      source: 'content/en/a.md',
      sourceHash: 'abc123',
      body: '\nThe body.\n',
      bodyLine: 8,
    });
    expect(article?.date?.toISOString()).toBe('2025-04-22T00:00:00.000Z');
  });

  it('keeps any title and body it is given (property)', () => {
    const title = fc.string({ minLength: 1 }).filter((s) => s.trim().length > 0 && !s.includes('\u0000'));
    const body = fc.string().map((s) => s.replace(/^---/gm, '- - -'));
    fc.assert(
      fc.property(title, body, (t, b) => {
        const { article, diagnostics } = parseArticle('content/en/x.md', `---\ntitle: ${JSON.stringify(t)}\n---\n${b}`, 'en');
        expect(diagnostics).toEqual([]);
        expect(article?.title).toBe(t.trim());
        expect(article?.body).toBe(b);
      }),
      { numRuns: 200 },
    );
  });
});
