import { cpSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestPages } from '../../src/ingest/load-ingest.js';
import { CONFIG, FIXTURES, read, shippedProject } from './ingest-project.js';

/** Every file of a project with its bytes, to compare whole trees. */
function snapshot(root: string, folder = ''): Record<string, string> {
  const files: Record<string, string> = {};
  for (const name of readdirSync(join(root, folder))) {
    const path = folder === '' ? name : `${folder}/${name}`;
    if (statSync(join(root, path)).isDirectory()) Object.assign(files, snapshot(root, path));
    else files[path] = readFileSync(join(root, path), 'utf8');
  }
  return files;
}

function projectWith(name: string): { root: string; page: string } {
  const root = shippedProject();
  cpSync(join(FIXTURES, name, 'page.html'), join(root, 'pages/page.html'));
  return { root, page: 'pages/page.html' };
}

describe('writing', () => {
  it('re-ingesting the same page changes no byte', async () => {
    const { root, page } = projectWith('html-full');
    const first = await ingestPages(root, CONFIG, [page]);
    expect(first.added.length).toBeGreaterThan(0);
    const before = snapshot(root);
    const second = await ingestPages(root, CONFIG, [page]);
    expect(second.changed).toEqual([]);
    expect(second.added).toEqual([]);
    expect(snapshot(root)).toEqual(before);
  });

  it('adds plural forms es-AR needs (one, many, other), and the same new keys to every other locale with the page text until translated', async () => {
    const { root, page } = projectWith('html-full');
    const english = JSON.parse(read(root, 'locales/en/ui.json'));
    const result = await ingestPages(root, CONFIG, [page]);
    const bundle = JSON.parse(read(root, 'locales/es-AR/ui.json'));
    expect(bundle.header).toMatchObject({
      haceHoras_one: 'Hace {{count}} hora',
      haceHoras_many: 'Hace {{count}} de horas',
      haceHoras_other: 'Hace {{count}} horas',
    });
    expect(bundle.comments.count_other).toBe('{{count}} comentarios');
    const after = JSON.parse(read(root, 'locales/en/ui.json'));
    // Every value en had is kept; each key ingest added to es-AR that en lacked is there with the es-AR text.
    expect(after).toMatchObject(english);
    const flat = (data: Record<string, unknown>, prefix = ''): [string, unknown][] =>
      Object.entries(data).flatMap(([k, v]) =>
        v !== null && typeof v === 'object' ? flat(v as Record<string, unknown>, `${prefix}${k}.`) : [[`${prefix}${k}`, v]],
      );
    const had = new Set(flat(english).map(([k]) => k));
    const copied = result.added.filter((key) => !had.has(key));
    expect(copied.length).toBeGreaterThan(0);
    expect(result.copied).toEqual([{ file: 'locales/en/ui.json', keys: copied }]);
    const esValues = new Map(flat(bundle));
    expect(new Map(flat(after).filter(([k]) => !had.has(k)))).toEqual(new Map(copied.map((k) => [k, esValues.get(k)])));
  });

  it("leaves another locale's bundle that is not valid JSON as it is, and names it as a conflict: the page still goes in", async () => {
    const { root, page } = projectWith('html-full');
    writeFileSync(join(root, 'locales/en/ui.json'), '{ "nav": { "home": "Home", } }\n');
    const result = await ingestPages(root, CONFIG, [page]);
    expect(result.problems).toEqual([]);
    expect(result.conflicts.map((c) => `${c.file}:${c.line}:${c.column} ${c.ruleId}`)).toEqual(['locales/en/ui.json:1:1 ingest-conflict']);
    expect(read(root, 'locales/en/ui.json')).toBe('{ "nav": { "home": "Home", } }\n');
    expect(result.changed).toContain('locales/es-AR/ui.json');
  });

  it('never overwrites a value an editor changed: the page string is reported as a conflict', async () => {
    const root = shippedProject();
    const file = join(root, 'locales/es-AR/ui.json');
    const edited = readFileSync(file, 'utf8').replace('"Puede interesarte"', '"Te puede interesar"');
    writeFileSync(file, edited);
    const result = await ingestPages(root, CONFIG, ['content/sources/source-page.txt']);
    expect(readFileSync(file, 'utf8')).toBe(edited);
    expect(result.conflicts).toHaveLength(1);
    expect(result.conflicts[0]).toMatchObject({
      file: 'locales/es-AR/ui.json',
      key: 'related.title',
      // The edited value's own line in the shipped bundle.
      line: edited.split('\n').findIndex((text) => text.includes('"Te puede interesar"')) + 1,
      column: 14,
      ruleId: 'ingest-conflict',
      source: 'ingest',
    });
    expect(result.conflicts[0]!.message).toContain('"Te puede interesar"');
  });

  it('a dry run writes nothing and reports the same', async () => {
    const { root, page } = projectWith('html-full');
    const before = snapshot(root);
    const dry = await ingestPages(root, CONFIG, [page], { dryRun: true });
    expect(snapshot(root)).toEqual(before);
    const real = await ingestPages(root, CONFIG, [page]);
    expect(dry.reports).toEqual(real.reports);
    expect(dry.changed).toEqual(real.changed);
  });

  it('keeps the slug a page was first ingested under', async () => {
    const { root, page } = projectWith('html-head-meta');
    await ingestPages(root, CONFIG, [page], { slug: 'subte-fares' });
    const again = await ingestPages(root, CONFIG, [page]);
    expect(again.reports[0]!.slug).toBe('subte-fares');
    expect(again.changed).toEqual([]);
  });

  it('takes the same page read from another path as the page it was ingested from: nothing changes', async () => {
    const root = shippedProject();
    await ingestPages(root, CONFIG, ['content/sources/source-page.txt']);
    const before = snapshot(root);
    mkdirSync(join(root, 'elsewhere'));
    writeFileSync(join(root, 'elsewhere/copy.txt'), read(root, 'content/sources/source-page.txt'));
    const result = await ingestPages(root, CONFIG, ['elsewhere/copy.txt']);
    expect({ problems: result.problems, changed: result.changed }).toEqual({ problems: [], changed: [] });
    const after = snapshot(root);
    delete after['elsewhere/copy.txt'];
    expect(after).toEqual(before);
  });

  it('refuses to replace an article that came from another page or was written by hand', async () => {
    const { root, page } = projectWith('html-head-meta');
    writeFileSync(join(root, 'content/sources/other.txt'), read(root, 'content/sources/source-page.txt'));
    await ingestPages(root, CONFIG, ['content/sources/other.txt'], { slug: 'subte-fares' });
    const before = read(root, 'content/en/subte-fares.md');
    const result = await ingestPages(root, CONFIG, [page], { slug: 'subte-fares' });
    expect(result.problems).toEqual([{ page, message: expect.stringContaining('it comes from content/sources/other.txt') }]);
    expect(read(root, 'content/en/subte-fares.md')).toBe(before);
  });
});
