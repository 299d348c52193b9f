import { cpSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import matter from 'gray-matter';
import { describe, expect, it } from 'vitest';
import { ingestPages } from '../../src/ingest/load-ingest.js';
import { CONFIG, FIXTURES, read, shippedProject } from './ingest-project.js';

interface Expected {
  title: string;
  slug: string;
  article: Array<[string, string]>;
  ui: Array<[string, string]>;
  skipped: string[];
  frontMatter: Record<string, string>;
  /** The date and author the article's front matter gets, when the fixture names them. */
  facts?: { date?: string; author?: string };
}

const cases = readdirSync(FIXTURES).filter((name) => readdirSync(join(FIXTURES, name)).includes('expected.json'));

describe.each(cases)('page %s', (name) => {
  const page = readdirSync(join(FIXTURES, name)).find((file) => file.startsWith('page.'))!;
  const expected = JSON.parse(readFileSync(join(FIXTURES, name, 'expected.json'), 'utf8')) as Expected;

  it('sends every segment to its side: body to the article, chrome to the bundle, teasers and tags to skipped', async () => {
    const root = shippedProject();
    cpSync(join(FIXTURES, name, page), join(root, 'pages', page));
    const { reports, problems } = await ingestPages(root, CONFIG, [`pages/${page}`]);
    expect(problems).toEqual([]);
    const report = reports[0]!;
    expect(report.title).toBe(expected.title);
    expect(report.slug).toBe(expected.slug);
    const body = report.segments.filter((segment) => ['heading', 'paragraph', 'quote', 'caption'].includes(segment.role));
    expect(body.map((segment) => [segment.role, segment.text])).toEqual(expected.article);
    expect(report.segments.filter((segment) => segment.role === 'ui').map((segment) => [segment.text, segment.key])).toEqual(expected.ui);
    expect(report.segments.filter((segment) => segment.role === 'skipped').map((segment) => segment.text)).toEqual(expected.skipped);
    const stamps = report.segments.filter((segment) => segment.role === 'skipped' && segment.key !== null);
    expect(Object.fromEntries(stamps.map((segment) => [segment.key, segment.text]))).toEqual(expected.frontMatter);

    const { data, content } = matter(read(root, `content/en/${expected.slug}.md`));
    expect(data.title).toBe(expected.title);
    if (expected.facts) expect({ date: data.date, author: data.author }).toEqual(expected.facts);
    let from = 0;
    for (const segment of body.filter((entry) => entry.role !== 'caption')) {
      const words = segment.text
        .split(/\s+/)
        .slice(0, 3)
        .join(' ')
        .replace(/[“”«»"]/g, '');
      const at = content.replace(/[_*“”«»"]/g, '').indexOf(words, from);
      expect(at, `${segment.text} in order in the article`).toBeGreaterThanOrEqual(from);
      from = at;
    }
    const bundle = read(root, 'locales/es-AR/ui.json');
    for (const [text] of expected.ui) expect(bundle.includes(JSON.stringify(text)) || /\d/.test(text), `${text} in the bundle`).toBe(true);
  });
});

describe('several pages of the same site at once', () => {
  it('treats the strings every page repeats as chrome and gives each string one key', async () => {
    const root = shippedProject();
    const pages = ['text-cepo', 'text-lithium'].map((name) => {
      cpSync(join(FIXTURES, name, 'page.txt'), join(root, 'pages', `${name}.txt`));
      return `pages/${name}.txt`;
    });
    const { reports, problems } = await ingestPages(root, CONFIG, pages);
    expect(problems).toEqual([]);
    const keysOf = (index: number, text: string) =>
      reports[index]!.segments.filter((segment) => segment.text === text).map((segment) => segment.key);
    expect(keysOf(0, 'Newsletter')).toEqual(keysOf(1, 'Newsletter'));
    expect(keysOf(0, 'English')).toEqual(['header.english']);
    expect(read(root, 'locales/es-AR/ui.json').match(/"English"/g)).toHaveLength(1);
  });
});
