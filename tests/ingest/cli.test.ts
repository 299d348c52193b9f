import { existsSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli.js';
import { read, shippedProject } from './ingest-project.js';

const SOURCE = 'content/sources/source-page.txt';
const ENGLISH_ONLY =
  'A new bridge opens over the river in the capital\nThe bridge, built over four years, links the two halves of the city and will carry forty thousand cars a day.\nEngineers said the design withstands the strongest floods recorded in the last century.\n';
const SPANISH_ONLY =
  'Inicio\nEl gobierno anunció nuevas medidas económicas para el próximo año.\nLos productores rurales anunciaron un paro de comercialización de granos.\nComentarios\n';

describe('l10n ingest on the command line', () => {
  it('prints the JSON report in the documented shape', () => {
    const root = shippedProject();
    const { status, stdout } = runCli(['ingest', SOURCE, '--format', 'json', '--dry-run'], root);
    expect(status).toBe(0);
    const report = JSON.parse(stdout);
    expect(Object.keys(report)).toEqual(['version', 'page', 'title', 'slug', 'segments']);
    expect(report).toMatchObject({ version: 1, page: SOURCE, slug: 'zelenskyy-accuses-chinese-nationals-working-russian-drone-factories' });
    for (const segment of report.segments) expect(Object.keys(segment)).toEqual(['text', 'lang', 'role', 'confidence', 'file', 'key']);
    expect(report.segments[7]).toEqual({
      text: 'Puede interesarte',
      lang: 'es',
      role: 'ui',
      confidence: expect.any(Number),
      file: 'locales/es-AR/ui.json',
      key: 'related.title',
    });
    expect(existsSync(join(root, 'content/en'))).toBe(false);
  });

  it('prints a text report with every segment and writes the article', () => {
    const root = shippedProject();
    const { status, stdout } = runCli(['ingest', SOURCE], root);
    expect(status).toBe(0);
    expect(stdout).toContain('ui        es ');
    expect(stdout).toContain('"Puede interesarte"');
    expect(readdirSync(join(root, 'content/en'))).toHaveLength(1);
  });

  it('with --explain says why each segment got its role, in text and in JSON', () => {
    const root = shippedProject();
    try {
      const text = runCli(['ingest', SOURCE, '--explain', '--dry-run'], root);
      expect(text.status).toBe(0);
      const lines = text.stdout.split('\n');
      const comments = lines.findIndex((line) => line.includes('"Comentarios"'));
      expect(lines[comments + 1]).toMatch(/^\s+why: string already in the bundle or ingest\.keys$/);
      expect(lines.filter((line) => /^\s+why: \S/.test(line))).toHaveLength(
        lines.filter((line) => /^ {2}\w+\s+(en|es|und) /.test(line)).length,
      );
      const json = JSON.parse(runCli(['ingest', SOURCE, '--explain', '--format', 'json', '--dry-run'], root).stdout);
      expect(json.segments[0]).toMatchObject({ role: 'title', reason: 'first English headline', confidence: expect.any(Number) });
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('prints a conflict as every command prints a diagnostic: file:line:col severity message [rule]', () => {
    const root = shippedProject();
    try {
      const file = join(root, 'locales/es-AR/ui.json');
      writeFileSync(file, read(root, 'locales/es-AR/ui.json').replace('"Puede interesarte"', '"Te puede interesar"'));
      const line =
        read(root, 'locales/es-AR/ui.json')
          .split('\n')
          .findIndex((text) => text.includes('"Te puede interesar"')) + 1;
      const { status, stderr } = runCli(['ingest', SOURCE, '--dry-run'], root);
      expect(status).toBe(1);
      expect(stderr).toMatch(new RegExp(`^locales/es-AR/ui\\.json:${line}:14 warning .*"Te puede interesar".* \\[ingest-conflict\\]\n$`));
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  const hostile: Array<[string, string | Buffer, RegExp]> = [
    ['an empty page', '', /is empty/],
    ['a binary file', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0xff]), /binary/],
    ['a page only in Spanish', SPANISH_ONLY, /no English title/],
    ['a page only in English', ENGLISH_ONLY, /no Spanish UI string/],
    ['a 10 MB page', `${'Lorem ipsum dolor sit amet. '.repeat(400_000)}\n`, /over the 2 MB limit/],
    [
      'a text dump in ISO-8859-1 (one accented letter)',
      Buffer.from(`${ENGLISH_ONLY}M\u00e1s le\u00eddas\n`, 'latin1'),
      /is not UTF-8 text: invalid byte at line 4, column 2 /,
    ],
  ];
  it.each(hostile)('refuses %s with a clear message, a non-zero exit and no write', (_, content, message) => {
    const root = shippedProject();
    writeFileSync(join(root, 'page.txt'), content);
    const before = read(root, 'locales/es-AR/ui.json');
    const { status, stderr } = runCli(['ingest', 'page.txt'], root);
    expect(status).toBe(1);
    expect(stderr).toMatch(message);
    expect(stderr).toContain('page.txt: error:');
    expect(stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(join(root, 'content/en'))).toBe(false);
    expect(read(root, 'locales/es-AR/ui.json')).toBe(before);
  });

  it.each(['../escaped', '/tmp/absolute', 'Bad Slug'])('refuses the slug %s (exit 2) and writes nowhere', (slug) => {
    const root = shippedProject();
    const { status, stderr } = runCli(['ingest', SOURCE, '--slug', slug], root);
    expect(status).toBe(2);
    expect(stderr).toContain('is not a slug');
    expect(existsSync(join(root, 'content/en'))).toBe(false);
    for (const place of [join(root, 'content', `${slug}.md`), `${slug}.md`, join(dirname(root), 'escaped.md')])
      expect(existsSync(place), place).toBe(false);
  });

  it('writes nothing into a project whose strings are ICU messages, and says why', () => {
    const root = shippedProject();
    const bundle = read(root, 'locales/es-AR/ui.json');
    writeFileSync(
      join(root, 'icu.json'),
      JSON.stringify({ messageFormat: 'icu', namespaceSourceLocale: { ui: 'es-AR' }, locales: ['en', 'es-AR'] }),
    );
    const { status, stderr } = runCli(['ingest', SOURCE, '--config', 'icu.json'], root);
    expect(status).toBe(1);
    expect(stderr).toContain('messageFormat: error: ingest writes i18next messages');
    expect(existsSync(join(root, 'content/en'))).toBe(false);
    expect(read(root, 'locales/es-AR/ui.json')).toBe(bundle);
  });

  it('refuses a namespace that would leave the locales folder', () => {
    const root = shippedProject();
    const { status, stderr } = runCli(['ingest', SOURCE, '--namespace', '../../escape'], root);
    expect(status).toBe(2);
    expect(stderr).toContain('is not a namespace name');
  });
});

it('reads an HTML page in the charset its <meta> declares (ISO-8859-1), accents intact', () => {
  const root = shippedProject();
  const page = `<html><head><meta charset="iso-8859-1"><title>P\u00e1gina</title></head><body><nav><a href="/">Inicio</a> <a href="/m">M\u00e1s le\u00eddas</a></nav><article><h1>A new bridge opens over the river in the capital</h1><p>${ENGLISH_ONLY.split('\n')[1]}</p></article></body></html>`;
  writeFileSync(join(root, 'page.html'), Buffer.from(page, 'latin1'));
  const { status, stdout } = runCli(['ingest', 'page.html', '--format', 'json', '--dry-run'], root);
  expect(status).toBe(0);
  const texts = (JSON.parse(stdout) as { segments: { text: string }[] }).segments.map((segment) => segment.text);
  expect(texts).toContain('M\u00e1s le\u00eddas');
  expect(texts.join('')).not.toContain('\uFFFD');
});
