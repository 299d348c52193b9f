import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { afterEach, describe, expect, it } from 'vitest';
import { buildCacheFile } from '../../src/build/build-cache.js';
import { writeOutputTree } from '../../src/build/write-output-tree.js';
import { buildSite } from '../../src/build/write-site.js';
import { registerBuild } from '../../src/cli/commands/build.js';
import { fixtureProject } from './fixture-project.js';

const now = new Date('2026-01-15T00:00:00Z');

async function runBuild(args: string[]): Promise<{ exitCode: number; stderr: string }> {
  const program = new Command('l10n').exitOverride();
  registerBuild(program);
  const chunks: string[] = [];
  const write = process.stderr.write.bind(process.stderr);
  process.stderr.write = ((chunk: string) => chunks.push(String(chunk)) > 0) as typeof process.stderr.write;
  process.exitCode = 0;
  try {
    await program.parseAsync(['node', 'l10n', 'build', '--quiet', ...args]);
  } finally {
    process.stderr.write = write;
  }
  const exitCode = Number(process.exitCode ?? 0);
  process.exitCode = 0;
  return { exitCode, stderr: chunks.join('') };
}

afterEach(() => {
  process.exitCode = 0;
});

describe('a build that must not write', () => {
  it('--strict fails with exit 1 on a missing key and leaves the previous output untouched', async () => {
    const { root, config } = await fixtureProject('basic');
    await buildSite(root, config, { now });
    const before = readFileSync(join(root, 'dist/es-AR/drone-factories/index.html'), 'utf8');
    const bundle = join(root, 'locales/es-AR/ui.json');
    const data = JSON.parse(readFileSync(bundle, 'utf8'));
    delete data.related.title;
    writeFileSync(bundle, JSON.stringify(data, null, 2));
    const strict = await runBuild(['--root', root, '--strict']);
    expect(strict.exitCode).toBe(1);
    expect(strict.stderr).toContain(
      'locales/es-AR/ui.json:1:1 warning es-AR: ui:related.title is missing in es-AR, es; the page shows the en text instead [build-missing-key]',
    );
    expect(strict.stderr).toContain('nothing written');
    expect(readFileSync(join(root, 'dist/es-AR/drone-factories/index.html'), 'utf8')).toBe(before);
    const lenient = await runBuild(['--root', root]);
    expect(lenient.exitCode).toBe(0);
    expect(readFileSync(join(root, 'dist/es-AR/drone-factories/index.html'), 'utf8')).toContain('You may be interested in');
  });

  it('stops on a broken bundle with its position, writing nothing', async () => {
    const { root } = await fixtureProject('basic');
    writeFileSync(join(root, 'locales/en/ui.json'), '{\n  "site": { "name": "x", }\n}\n');
    const result = await runBuild(['--root', root]);
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toContain(
      'locales/en/ui.json:2:26 error expected a property name in double quotes (is there a trailing comma?) [json-syntax]',
    );
    expect(existsSync(join(root, 'dist'))).toBe(false);
  });

  it('keeps the previous output when writing fails half-way, and leaves no staging folder', async () => {
    const { root, config } = await fixtureProject('basic');
    await buildSite(root, config, { now });
    const out = join(root, 'dist');
    const before = readdirSync(out).sort();
    const previous = JSON.parse(readFileSync(buildCacheFile(root, config, out) as string, 'utf8')).files as string[];
    const page = readFileSync(join(out, 'en/drone-factories/index.html'), 'utf8');
    // The second file cannot be written (not a string): the failure comes after a first file was staged.
    const failing = new Map([
      ['en/drone-factories/index.html', 'new'],
      ['en/broken.html', undefined as unknown as string],
      ['en/index.html', 'new'],
    ]);
    const clashing = new Map([
      ['clash', 'a file'],
      ['clash/inside.html', 'cannot be written under a file'],
    ]);
    for (const previousFiles of [undefined, previous]) {
      for (const files of [failing, clashing]) {
        expect(() => writeOutputTree(out, files, [], previousFiles)).toThrow();
        expect(readdirSync(out).sort()).toEqual(before);
        expect(readFileSync(join(out, 'en/drone-factories/index.html'), 'utf8')).toBe(page);
      }
    }
    expect(readdirSync(root).filter((name) => name.startsWith('dist.'))).toEqual([]);
  });

  it('names a path that would be both a file and a folder, at any depth, among new and kept files', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'l10n-clash-')), 'dist');
    expect(() =>
      writeOutputTree(
        out,
        new Map([
          ['a/b', 'file'],
          ['a/b/c/d.html', 'page'],
        ]),
        [],
      ),
    ).toThrow('a/b would be both a file and a folder of the output');
    expect(() => writeOutputTree(out, new Map([['en/x/index.html', 'page']]), ['en/x'], [])).toThrow(
      'en/x would be both a file and a folder of the output',
    );
    expect(existsSync(out)).toBe(false);
    writeOutputTree(
      out,
      new Map([
        ['a/b.html', 'file'],
        ['a/b/c.html', 'page'],
        ['ab/c.html', 'page'],
      ]),
      [],
    );
    expect(readdirSync(out).sort()).toEqual(['a', 'ab']);
  });

  it('refuses to replace a folder that is not a build output', async () => {
    const { root, config } = await fixtureProject('basic');
    mkdirSync(join(root, 'notes'));
    writeFileSync(join(root, 'notes/keep.txt'), 'precious');
    await expect(buildSite(root, config, { outDir: 'notes', now })).rejects.toThrow(/not an l10n build output/);
    await expect(buildSite(root, config, { outDir: '.', now })).rejects.toThrow(/would contain the project/);
    expect(readFileSync(join(root, 'notes/keep.txt'), 'utf8')).toBe('precious');
    rmSync(join(root, 'notes'), { recursive: true });
  });

  it('builds only the locales asked for and rejects unknown ones', async () => {
    const { root } = await fixtureProject('basic');
    expect((await runBuild(['--root', root, '--locale', 'es-AR'])).exitCode).toBe(0);
    expect(readdirSync(join(root, 'dist')).sort()).toEqual(['assets', 'es-AR', 'index.html', 'l10n-report.json', 'locales', 'sitemap.xml']);
    await expect(runBuild(['--root', root, '--locale', 'fr'])).rejects.toThrow(/unknown locale fr/);
  });

  it('refuses a --base-url that is not an absolute http or https URL before building anything', async () => {
    const { root } = await fixtureProject('basic');
    for (const url of ['example.com', 'javascript:alert(1)'])
      await expect(runBuild(['--root', root, '--base-url', url])).rejects.toThrow(/expected an absolute http or https URL/);
    expect(existsSync(join(root, 'dist'))).toBe(false);
  });
});
