import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import matter from 'gray-matter';
import { beforeAll, describe, expect, it } from 'vitest';
import type { IngestReport } from '../../src/ingest/ingest-report.js';
import { ingestPages, needsIngest, type IngestResult } from '../../src/ingest/load-ingest.js';
import { CONFIG, read, REPO, shippedProject } from './ingest-project.js';

const PAGE = 'content/sources/source-page.txt';
const SLUG = 'zelenskyy-accuses-chinese-nationals-working-russian-drone-factories';
const ARTICLE = `content/en/${SLUG}.md`;

describe('the shipped source page, end to end', () => {
  const root = shippedProject();
  const lines = read(root, PAGE).split('\n');
  const bundlesBefore = { en: read(root, 'locales/en/ui.json'), es: read(root, 'locales/es-AR/ui.json') };
  let result: IngestResult;
  let report: IngestReport;
  beforeAll(async () => {
    expect(needsIngest(root, CONFIG)).toEqual([PAGE]);
    result = await ingestPages(root, CONFIG, [PAGE]);
    report = result.reports[0]!;
  });

  it('finds the title and reports every line once, in page order', () => {
    expect(result.problems).toEqual([]);
    expect(report.title).toBe(lines[0]);
    expect(report.slug).toBe(SLUG);
    expect(report.segments.map((segment) => segment.text)).toEqual(lines.filter((line) => line.trim() !== ''));
  });

  it('writes the eight body paragraphs verbatim and in order, without "Puede interesarte"', () => {
    const { data, content } = matter(read(root, ARTICLE));
    expect(data.title).toBe(lines[0]);
    expect(data.sourcePage).toBe(PAGE);
    const paragraphs = content.trim().split('\n\n');
    expect(paragraphs).toEqual([...lines.slice(1, 7), ...lines.slice(8, 10)]);
    expect(content).not.toContain('Puede interesarte');
    expect(report.segments.filter((segment) => segment.role === 'paragraph')).toHaveLength(8);
  });

  it('finds exactly the four UI strings, under the configured keys, and nothing else', () => {
    const ui = report.segments.filter((segment) => segment.role === 'ui').map((segment) => [segment.text, segment.key, segment.lang]);
    expect(ui).toEqual([
      ['Puede interesarte', 'related.title', 'es'],
      ['Comentarios', 'comments.title', 'es'],
      ['Para comentar, debés estar registrado', 'comments.loginRequired', 'es'],
      ['Por favor, iniciá sesión', 'comments.loginPrompt', 'es'],
    ]);
    expect(report.segments.filter((segment) => !['title', 'paragraph', 'ui'].includes(segment.role))).toEqual([]);
  });

  it('changes no byte of the shipped bundles and writes only the article', () => {
    expect(read(root, 'locales/en/ui.json')).toBe(bundlesBefore.en);
    expect(read(root, 'locales/es-AR/ui.json')).toBe(bundlesBefore.es);
    expect(result.changed).toEqual([ARTICLE]);
    expect(readdirSync(join(root, 'content/en'))).toEqual([`${SLUG}.md`]);
  });

  it('produces the article committed in the repository, and start no longer needs to ingest', () => {
    expect(read(root, ARTICLE)).toBe(readFileSync(join(REPO, ARTICLE), 'utf8'));
    expect(needsIngest(root, CONFIG)).toEqual([]);
  });

  it('re-ingests when the source page changes', async () => {
    const changed = shippedProject();
    await ingestPages(changed, CONFIG, [PAGE]);
    writeFileSync(join(changed, PAGE), `${read(changed, PAGE)}\n`.replace('As of now', 'So far'));
    expect(needsIngest(changed, CONFIG)).toEqual([PAGE]);
    expect(existsSync(join(changed, ARTICLE))).toBe(true);
  });
});
