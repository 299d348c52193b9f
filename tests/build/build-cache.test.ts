import { appendFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCacheFile } from '../../src/build/build-cache.js';
import { REPORT_PATH } from '../../src/build/site-report.js';
import { buildSite } from '../../src/build/write-site.js';
import { fixtureProject } from './fixture-project.js';

// The build cache lives outside the output: a deploy of dist/ publishes the site and nothing of
// the cache, and a page is reused only while its file is the one the last build wrote.

const now = new Date('2026-01-15T00:00:00Z');

/** Every file under a folder, as paths relative to it. */
const filesUnder = (dir: string): string[] =>
  (readdirSync(dir, { recursive: true, withFileTypes: true }) as { name: string; parentPath: string; isFile(): boolean }[])
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(dir.length + 1))
    .sort();

describe('the build cache', () => {
  it('is kept under node_modules/.cache/l10n, and the output holds only the site', async () => {
    const { root, config } = await fixtureProject('basic');
    mkdirSync(join(root, 'node_modules'));
    await buildSite(root, config, { now });
    const cache = buildCacheFile(root, config, join(root, 'dist')) as string;
    expect(cache.startsWith(join(root, 'node_modules/.cache/l10n/build-'))).toBe(true);
    expect(JSON.parse(readFileSync(cache, 'utf8')).pages).toHaveProperty(['en/drone-factories/index.html']);
    const published = filesUnder(join(root, 'dist'));
    expect(
      published.filter((path) => !/\.(html|json|css|svg|xml)$/.test(path) || path.split('/').some((part) => part.startsWith('.'))),
    ).toEqual([]);
    expect(published.filter((path) => path.endsWith('.json')).every((path) => path.startsWith('locales/') || path === REPORT_PATH)).toBe(
      true,
    );
    expect(await buildSite(root, config, { now })).toMatchObject({ rendered: 0, reused: 6 });
  });

  it('is kept in a private folder of the OS temp folder for a project without node_modules', async () => {
    const { root, config } = await fixtureProject('basic');
    await buildSite(root, config, { now });
    const cache = buildCacheFile(root, config, join(root, 'dist')) as string;
    expect(cache.startsWith(tmpdir())).toBe(true);
    expect(existsSync(cache)).toBe(true);
    expect(existsSync(join(root, 'node_modules'))).toBe(false);
    expect(await buildSite(root, config, { now })).toMatchObject({ rendered: 0, reused: 6 });
  });

  it('goes where build.cacheDir says, one file per output folder', async () => {
    const { root, config } = await fixtureProject('basic');
    const custom = { ...config, build: { ...config.build, cacheDir: '.cache/site' } };
    await buildSite(root, custom, { now });
    await buildSite(root, custom, { now, outDir: 'public' });
    expect(readdirSync(join(root, '.cache/site')).length).toBe(2);
    expect(existsSync(join(root, 'node_modules'))).toBe(false);
    expect(await buildSite(root, custom, { now, outDir: 'public' })).toMatchObject({ rendered: 0 });
  });

  it('renders again a page edited by hand, and every page of an output deleted, though the cache remains', async () => {
    const { root, config } = await fixtureProject('basic');
    await buildSite(root, config, { now });
    const page = join(root, 'dist/es-AR/drone-factories/index.html');
    const built = readFileSync(page, 'utf8');
    appendFileSync(page, '<!-- edited -->');
    expect(await buildSite(root, config, { now })).toMatchObject({ rendered: 1, reused: 5 });
    expect(readFileSync(page, 'utf8')).toBe(built);
    rmSync(join(root, 'dist'), { recursive: true });
    expect(await buildSite(root, config, { now })).toMatchObject({ rendered: 6, reused: 0 });
    expect(readFileSync(page, 'utf8')).toBe(built);
  });

  it('replaces an output of an earlier version, which kept its cache inside, and leaves no trace of that cache', async () => {
    const { root, config } = await fixtureProject('basic');
    mkdirSync(join(root, 'dist/en'), { recursive: true });
    writeFileSync(join(root, 'dist/.l10n-cache.json'), '{"version":2,"pages":{"en/old.html":"x"},"files":["en/old.json"]}\n');
    writeFileSync(join(root, 'dist/en/old.html'), 'old');
    writeFileSync(join(root, 'dist/en/old.json'), '{}');
    writeFileSync(join(root, 'dist/CNAME'), 'news.example.com');
    expect(await buildSite(root, config, { now })).toMatchObject({ written: true, rendered: 6 });
    expect(existsSync(join(root, 'dist/.l10n-cache.json'))).toBe(false);
    expect(existsSync(join(root, 'dist/en/old.html'))).toBe(false);
    expect(existsSync(join(root, 'dist/en/old.json'))).toBe(false);
    expect(readFileSync(join(root, 'dist/CNAME'), 'utf8')).toBe('news.example.com');
  });

  it('refuses a folder whose index.html another tool wrote', async () => {
    const { root, config } = await fixtureProject('basic');
    mkdirSync(join(root, 'site'));
    writeFileSync(
      join(root, 'site/index.html'),
      '<!doctype html><html><head><meta name="generator" content="Hugo"></head><body>mine</body></html>',
    );
    await expect(buildSite(root, config, { now, outDir: 'site' })).rejects.toThrow(/not an l10n build output/);
    expect(readFileSync(join(root, 'site/index.html'), 'utf8')).toContain('mine');
  });

  it('renders everything again when the cache is not valid JSON, and writes a good one', async () => {
    const { root, config } = await fixtureProject('basic');
    await buildSite(root, config, { now });
    const cache = buildCacheFile(root, config, join(root, 'dist')) as string;
    writeFileSync(cache, '{"version": 3, "pages": {');
    expect(await buildSite(root, config, { now })).toMatchObject({ written: true, rendered: 6, reused: 0 });
    expect(await buildSite(root, config, { now })).toMatchObject({ rendered: 0, reused: 6 });
  });

  it('refuses a cacheDir inside the output folder, before writing anything', async () => {
    const { root, config } = await fixtureProject('basic');
    await expect(buildSite(root, { ...config, build: { ...config.build, cacheDir: 'dist/.cache' } }, { now })).rejects.toThrow(
      /build.cacheDir \(dist\/.cache\) is inside the output folder/,
    );
    expect(existsSync(join(root, 'dist'))).toBe(false);
  });

  it('still writes the build when the cache cannot be saved, and says the next build renders everything', async () => {
    const { root, config } = await fixtureProject('basic');
    writeFileSync(join(root, 'not-a-folder'), '');
    const summary = await buildSite(root, { ...config, build: { ...config.build, cacheDir: 'not-a-folder/cache' } }, { now });
    expect(summary.written).toBe(true);
    expect(existsSync(join(root, 'dist/en/drone-factories/index.html'))).toBe(true);
    expect(summary.warnings.map((w) => `${w.ruleId} ${w.file}`)).toEqual([
      expect.stringMatching(/^build-cache not-a-folder\/cache\/build-[0-9a-f]{16}\.json$/),
    ]);
    expect(summary.warnings[0]?.message).toContain('the next build renders every page again');
  });
});
