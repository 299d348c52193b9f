import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { flattenBundle } from '../../src/bundles/flatten-bundle.js';
import { runCheck } from '../../src/check/run-check.js';
import type { BundleProject } from '../../src/project/bundle-project.js';
import { parseConfig } from '../../src/config/parse-config.js';
import { syncProject } from '../../src/sync/sync-project.js';
import { CORPUS } from './sandbox.js';

const EN = readFileSync(join(CORPUS, 'base/locales/en/ui.json'), 'utf8');
const ES = readFileSync(join(CORPUS, 'base/locales/es-AR/ui.json'), 'utf8');
const config = parseConfig({ sourceLocale: 'en', locales: ['en', 'es-AR'], fallbacks: { 'es-AR': ['es', 'en'], en: [] } });

/** One edit a hand, a truncated download or a bad merge makes to a file. */
const mutation = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 8 }) }),
  fc.record({
    kind: fc.constant('insert' as const),
    at: fc.nat(),
    text: fc.constantFrom(
      '{',
      '}',
      '[',
      ']',
      '"',
      ',',
      ':',
      '\\',
      '\n',
      '\r\n',
      '//',
      '/*',
      '\u0000',
      '\uFEFF',
      'ñ',
      '\uD83D',
      ' ',
      '1e999',
      'null',
    ),
  }),
  fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 80 }) }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('swap-quotes' as const), at: fc.nat() }),
);

function mutate(text: string, edits: readonly { kind: string; at: number; length?: number; text?: string }[]): string {
  let out = text;
  for (const edit of edits) {
    const at = out.length === 0 ? 0 : edit.at % (out.length + 1);
    if (edit.kind === 'delete') out = out.slice(0, at) + out.slice(at + (edit.length ?? 1));
    else if (edit.kind === 'insert') out = out.slice(0, at) + (edit.text ?? '') + out.slice(at);
    else if (edit.kind === 'duplicate')
      out = out.slice(0, at + (edit.length ?? 1)) + out.slice(at, at + (edit.length ?? 1)) + out.slice(at + (edit.length ?? 1));
    else if (edit.kind === 'truncate') out = out.slice(0, at);
    else {
      const quote = out.indexOf('"', at);
      if (quote >= 0) out = `${out.slice(0, quote)}'${out.slice(quote + 1)}`;
    }
  }
  return out;
}

function project(files: Record<string, string>): BundleProject {
  const input = (locale: string) => ({
    file: `locales/${locale}/ui.json`,
    locale,
    namespace: 'ui',
    bytes: Buffer.from(files[locale] ?? '', 'utf8'),
  });
  return { config, locales: ['en', 'es-AR'], namespaces: ['ui'], read: () => [input('en'), input('es-AR')] };
}

describe('fuzzing the checker and sync with mutated bundles', () => {
  it('check never throws, and every diagnostic lies inside its file', () => {
    fc.assert(
      fc.property(fc.boolean(), fc.array(mutation, { minLength: 1, maxLength: 4 }), (mutateSource, edits) => {
        const files = { en: mutateSource ? mutate(EN, edits) : EN, 'es-AR': mutateSource ? ES : mutate(ES, edits) };
        const { diagnostics } = runCheck(project(files));
        for (const d of diagnostics) {
          const locale = d.file.split('/')[1] as 'en' | 'es-AR';
          const lines = files[locale].split('\n');
          expect(d.line, `${d.file}:${d.line}:${d.column} ${d.ruleId}`).toBeGreaterThanOrEqual(1);
          expect(d.line, `${d.file}:${d.line}:${d.column} ${d.ruleId}`).toBeLessThanOrEqual(lines.length);
          expect(d.column, `${d.file}:${d.line}:${d.column} ${d.ruleId}`).toBeGreaterThanOrEqual(1);
          expect(d.column, `${d.file}:${d.line}:${d.column} ${d.ruleId}`).toBeLessThanOrEqual((lines[d.line - 1] ?? '').length + 1);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('sync never loses or changes a value the target had, whatever the target looks like', () => {
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 3 }), (edits) => {
        // As the file holds it: UTF-8 bytes, where a lone surrogate is already U+FFFD.
        const target = Buffer.from(mutate(ES, edits), 'utf8').toString('utf8');
        let before: Map<string, unknown> | undefined;
        try {
          const data = JSON.parse(target) as unknown;
          if (data !== null && typeof data === 'object' && !Array.isArray(data))
            before = flattenBundle(data as Record<string, unknown>, '.').values;
        } catch {
          before = undefined;
        }
        const change = syncProject(project({ en: EN, 'es-AR': target }), { prune: false }).changes[0];
        if (!change) return;
        // A target JSON.parse rejects is never rewritten; a parsed one keeps every value it had.
        expect(before, 'sync rewrote a file it could not parse').toBeDefined();
        const after = flattenBundle(JSON.parse(change.after) as Record<string, unknown>, '.').values;
        for (const [key, value] of before ?? []) expect(after.get(key), key).toEqual(value);
      }),
      { numRuns: 200 },
    );
  });
});
