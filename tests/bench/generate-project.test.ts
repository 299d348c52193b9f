import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateProject, type Defect } from '../../bench/generate-project.mjs';

const roots: string[] = [];
function generate(seed: number): { root: string; defects: Defect[] } {
  const root = mkdtempSync(join(tmpdir(), 'l10n-bench-'));
  roots.push(root);
  return { root, defects: generateProject({ size: 'small', seed, outDir: root }).defects };
}

function snapshot(root: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const name of readdirSync(root, { recursive: true }) as string[]) {
    if (name.endsWith('.json')) files.set(name, readFileSync(join(root, name), 'utf8'));
  }
  return files;
}

function leaf(bundle: unknown, key: string): unknown {
  let node = bundle;
  for (const part of key.split('.')) node = (node as Record<string, unknown> | undefined)?.[part];
  return node;
}

afterAll(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});

describe('generateProject', () => {
  const first = generate(7);
  const lines = (defect: Defect): string[] => readFileSync(join(first.root, defect.file), 'utf8').split('\n');
  const parse = (file: string): unknown => JSON.parse(readFileSync(join(first.root, file), 'utf8'));
  const english = (defect: Defect): unknown => parse(defect.file.replace(`/${defect.locale}/`, '/en/'));

  it('writes the same bytes for the same seed, and other bytes for another seed', () => {
    const again = generate(7);
    const other = generate(8);
    expect(snapshot(again.root)).toEqual(snapshot(first.root));
    expect(snapshot(other.root)).not.toEqual(snapshot(first.root));
  });

  it('injects every kind of defect, and keys es-AR lacks but es supplies', () => {
    expect(new Set(first.defects.map((d) => d.kind))).toEqual(
      new Set([
        'json-syntax',
        'locale-code',
        'duplicate-key',
        'missing-key',
        'fallback-resolved',
        'extra-key',
        'empty-value',
        'plural-forms',
        'interpolation-mismatch',
        'nesting',
        'markup-mismatch',
        'type-mismatch',
        'key-collision',
        'untranslated',
        'whitespace-parity',
        'punctuation-parity',
        'format-mismatch',
      ]),
    );
  });

  it('records each defect where it really is', () => {
    for (const defect of first.defects) {
      const line = lines(defect)[defect.line - 1] ?? '';
      const name = defect.key?.split('.').at(-1) ?? '';
      if (defect.kind === 'json-syntax') {
        expect(line.endsWith(',')).toBe(true);
        expect(() => parse(defect.file)).toThrow(SyntaxError);
        continue;
      }
      if (defect.kind === 'locale-code') {
        // A clean copy of the Spanish files in a folder i18next spells otherwise, reported at 1:1.
        expect([
          defect.line,
          Intl.getCanonicalLocales(defect.locale)[0],
          parse(defect.file.replace(`/${defect.locale}/`, '/es/')) !== undefined,
        ]).toEqual([1, 'es-MX', true]);
        continue;
      }
      const bundle = parse(defect.file);
      const value = leaf(bundle, defect.key ?? '');
      const source = leaf(english(defect), defect.key ?? '');
      if (defect.kind === 'missing-key') expect([value, source === undefined]).toEqual([undefined, false]);
      else if (defect.kind === 'fallback-resolved') {
        // es supplies the key, untouched by any other defect, so i18next resolves it there.
        const spanish = first.defects.filter((d) => d.locale === 'es' && d.namespace === defect.namespace && d.key === defect.key);
        expect([defect.locale, value, typeof leaf(parse(defect.file.replace('/es-AR/', '/es/')), defect.key ?? ''), spanish]).toEqual([
          'es-AR',
          undefined,
          'string',
          [],
        ]);
      } else if (defect.kind === 'plural-forms') expect([value, line.includes('_one"')]).toEqual([undefined, true]);
      else if (defect.kind === 'key-collision')
        expect([line.trim().startsWith(`"${defect.key}":`), typeof value]).toEqual([true, 'string']);
      else expect(line.trim().startsWith(`"${name}":`)).toBe(true);
      if (defect.kind === 'duplicate-key') expect(lines(defect).filter((l) => l.trim().startsWith(`"${name}":`)).length).toBeGreaterThan(1);
      if (defect.kind === 'extra-key') expect(source).toBeUndefined();
      if (defect.kind === 'empty-value') expect(value).toBe('');
      if (defect.kind === 'untranslated') expect(value).toBe(source);
      if (defect.kind === 'whitespace-parity') expect(String(value).endsWith(' ')).toBe(true);
      if (defect.kind === 'punctuation-parity') expect([String(value).endsWith('?'), String(value).startsWith('¿')]).toEqual([true, false]);
      if (defect.kind === 'interpolation-mismatch') expect(String(value)).toContain('{{nombre}}');
      if (defect.kind === 'format-mismatch')
        expect([String(value).includes('{{date}}'), String(source).includes('{{date, datetime}}')]).toEqual([true, true]);
      if (defect.kind === 'type-mismatch') expect([typeof value, typeof source]).toEqual(['object', 'string']);
    }
  });

  it('references the first namespace from the others, only keys every locale of it keeps clean', () => {
    const refs = [...readFileSync(join(first.root, 'locales/es/account.json'), 'utf8').matchAll(/\$t\(common:([^),]+)/g)].map(
      (m) => m[1] ?? '',
    );
    expect(refs.length).toBeGreaterThan(2);
    for (const locale of ['en', 'es', 'es-AR']) {
      const common = parse(`locales/${locale}/common.json`);
      for (const key of refs) expect([locale, key, typeof leaf(common, key)]).toEqual([locale, key, 'string']);
    }
    expect(first.defects.filter((d) => d.namespace === 'common' && refs.includes(d.key ?? ''))).toEqual([]);
  });

  it('keeps clean Spanish questions opened with ¿ and every clean translation different from English', () => {
    const file = 'locales/es/common.json';
    const en = parse(file.replace('/es/', '/en/'));
    const flagged = first.defects.filter((d) => d.file === file).map((d) => d.key ?? '');
    const seen = { values: 0, questions: 0 };
    const walk = (node: unknown, prefix: string): void => {
      for (const [name, value] of Object.entries(node as Record<string, unknown>)) {
        const key = prefix + name;
        if (flagged.some((k) => key === k || key.startsWith(`${k}.`))) continue;
        if (typeof value === 'object') walk(value, `${key}.`);
        else {
          seen.values++;
          if (String(value).endsWith('?')) {
            seen.questions++;
            expect(String(value).startsWith('¿')).toBe(true);
          }
          expect(value).not.toBe(leaf(en, key));
        }
      }
    };
    walk(parse(file), '');
    expect(seen.values).toBeGreaterThan(400);
    expect(seen.questions).toBeGreaterThan(10);
  });
});
