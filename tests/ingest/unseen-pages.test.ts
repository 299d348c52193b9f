import { cpSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import matter from 'gray-matter';
import { afterEach, describe, expect, it } from 'vitest';
import { scoreIngestPage, sumIngestScores, type IngestPageScore, type IngestTruth } from '../../bench/harness/ingest-truth.mjs';
import { ingestPages } from '../../src/ingest/load-ingest.js';
import { CONFIG, FIXTURES, read, shippedProject } from './ingest-project.js';

// Pages of other Argentine news layouts, written for these tests, each with the truth a reader would give.
const cases = readdirSync(FIXTURES).filter((name) => readdirSync(join(FIXTURES, name)).includes('truth.json'));
const roots: string[] = [];
const scores = new Map<string, IngestPageScore>();

afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

async function ingestCase(name: string): Promise<{ score: IngestPageScore; root: string; page: string }> {
  const page = readdirSync(join(FIXTURES, name)).find((file) => file.startsWith('page.'))!;
  const truth = JSON.parse(readFileSync(join(FIXTURES, name, 'truth.json'), 'utf8')) as IngestTruth;
  const root = shippedProject();
  roots.push(root);
  cpSync(join(FIXTURES, name, page), join(root, 'pages', page));
  const { reports, problems } = await ingestPages(root, CONFIG, [`pages/${page}`]);
  expect(problems).toEqual([]);
  const report = reports[0]!;
  const { data } = matter(read(root, `content/en/${report.slug}.md`));
  return { score: scoreIngestPage(report, truth, data), root, page: `pages/${page}` };
}

describe.each(cases)('unseen page %s', (name) => {
  it('keeps the title and every body block in order, records the stamps and credit, and keeps teasers and tags out of the bundle', async () => {
    const { score, root, page } = await ingestCase(name);
    scores.set(name, score);
    expect(score.title).toBe(true);
    expect(score.body).toMatchObject({ found: score.body.total, inOrder: true, extra: 0 });
    expect(score.leaked).toEqual([]);
    expect(score.intoBody).toEqual([]);
    expect(score.facts.missed).toEqual([]);
    const again = await ingestPages(root, CONFIG, [page]);
    expect(again.changed).toEqual([]);
  });
});

describe('all unseen pages together', () => {
  it('turn at least 98% of their Spanish UI strings into bundle strings or front matter', () => {
    // The target is over all pages, as the issue states it; each page's misses are in its score.
    const sum = sumIngestScores([...scores.values()]);
    expect(sum.pages).toBe(cases.length);
    expect(sum.ui.found / sum.ui.total).toBeGreaterThanOrEqual(0.98);
  });
});
