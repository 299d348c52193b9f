import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { flattenBundle } from '../../src/bundles/flatten-bundle.js';
import { listLeaves } from '../../src/bundles/list-leaves.js';
import { lookupPath } from '../../src/check/lookup-path.js';
import { parsePluralKey } from '../../src/bundles/plural-key.js';
import { pluralFamily } from '../../src/bundles/plural-rules.js';
import { exportLocale } from '../../src/exchange/export-project.js';
import { importText } from '../../src/exchange/import-file.js';
import { memoryProject } from '../sync/memory-project.js';

// Any text a translator may write, XML and PO specials included. XML cannot carry control
// characters and turns CR LF into LF, so those stay out.
const char = fc.oneof(fc.constantFrom('<', '>', '&', '"', "'", '\\', '{{x}}', '\n', ' ', '\t', 'ñ', '¿', '😀', '%s', '#', 'msgid'), fc.string({ minLength: 1, maxLength: 1 }).filter((c) => c >= ' ' && c !== '\u007f'));
const anyText = fc.array(char, { minLength: 1, maxLength: 8 }).map((parts) => parts.join(''));
// The xliff package reads a text back without a final line break (and the spaces after it), and a
// whitespace-only text as empty, to undo pretty-printing: such texts cannot be brought in new.
const text = anyText.filter((t) => t.trim() !== '' && !/\n\s*$/.test(t));
const leaf = fc.constantFrom('a', 'b', 'n_one', 'n_other', 'p_ordinal_one', 'p_ordinal_other');
// With a list of strings and one of objects: their items are units of their own (`l.1`, `s.0.t`).
const bundleOf = (value: fc.Arbitrary<string>): fc.Arbitrary<Record<string, unknown>> =>
  fc
    .record({ top: fc.dictionary(leaf, value, { maxKeys: 5 }), nested: fc.dictionary(leaf, value, { maxKeys: 3 }), l: fc.array(value, { maxLength: 3 }), s: fc.array(fc.record({ t: value }), { maxLength: 2 }) })
    .map(({ top, nested, l, s }) => ({ ...top, g: nested, l, s }));
const bundle = bundleOf(text);

/** Flat keys as check reads them: a list's items by index. */
const flat = (json: string): Map<string, unknown> => {
  const values = new Map<string, unknown>();
  for (const [key, value] of flattenBundle(JSON.parse(json) as Record<string, unknown>, '.').values) {
    for (const item of listLeaves(value, key, '.')) values.set(item, item === key ? value : lookupPath(value, item.slice(key.length + 1), '.'));
  }
  return values;
};

describe.each(['xliff', 'po'] as const)('%s round trip', (format) => {
  it('export then import into the same project changes nothing, whatever the texts end in', async () => {
    await fc.assert(
      fc.asyncProperty(bundleOf(anyText), bundleOf(anyText), async (source, target) => {
        const project = memoryProject({ en: JSON.stringify(source, null, 2), es: JSON.stringify(target, null, 2) });
        const plan = await importText(project, await exportLocale(project, 'es', format));
        expect(plan.changes).toEqual([]);
        expect(plan.report.changed).toEqual([]);
        expect(plan.report.skipped).toEqual([]);
      }),
      { numRuns: 120 },
    );
  });

  it('export then import into an empty bundle restores every translated string exactly', async () => {
    await fc.assert(
      fc.asyncProperty(bundle, bundle, async (source, target) => {
        const full = memoryProject({ en: JSON.stringify(source, null, 2), es: JSON.stringify(target, null, 2) });
        const exported = await exportLocale(full, 'es', format);
        const empty = memoryProject({ en: JSON.stringify(source, null, 2), es: '{}\n' });
        const plan = await importText(empty, exported);
        const restored = flat(plan.changes[0]?.after ?? '{}');
        const sourceKeys = flat(JSON.stringify(source));
        const sourceBases = new Set([...sourceKeys.keys()].map((k) => parsePluralKey(k)).map((p) => p && `${p.base}/${p.ordinal}`));
        const needed = (key: string): boolean => {
          const plural = parsePluralKey(key);
          if (!plural || !sourceBases.has(`${plural.base}/${plural.ordinal}`)) return typeof sourceKeys.get(key) === 'string';
          return pluralFamily('es', plural.ordinal).categories.includes(plural.category);
        };
        const expected = [...flat(JSON.stringify(target))].filter(([key, value]) => typeof value === 'string' && value !== '' && needed(key));
        expect(plan.report.skipped).toEqual([]);
        for (const [key, value] of expected) expect(restored.get(key)).toBe(value);
        for (const key of restored.keys()) expect(expected.some(([k]) => k === key)).toBe(true);
      }),
      { numRuns: 120 },
    );
  });
});

describe('an XLIFF file cut short', () => {
  it('is refused with the line and column of the cut, never imported in part (property)', async () => {
    await fc.assert(
      fc.asyncProperty(bundle, bundle, fc.double({ min: 0, max: 1, noNaN: true }), async (source, target, where) => {
        const project = memoryProject({ en: JSON.stringify(source, null, 2), es: JSON.stringify(target, null, 2) });
        const exported = await exportLocale(project, 'es', 'xliff');
        const end = exported.lastIndexOf('</xliff>');
        const cut = exported.slice(0, 1 + Math.floor(where * (end - 1)));
        await expect(importText(project, cut, 'es')).rejects.toThrow(/^line \d+, column \d+: /);
      }),
      { numRuns: 120 },
    );
  });
});

it('refuses an empty exchange file instead of importing nothing', async () => {
  const project = memoryProject({ en: '{ "a": "A" }', es: '{}' });
  for (const empty of ['', '  \n']) await expect(importText(project, empty, 'es')).rejects.toThrow('the file is empty');
});
