import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { flattenBundle } from '../../src/bundles/flatten-bundle.js';
import { syncProject } from '../../src/sync/sync-project.js';
import { memoryProject } from './memory-project.js';

// Plural-suffixed names hold strings only: a plural form spelled as an object is not a translation.
const leafName = fc.constantFrom('a', 'b', 'c', 'n_one', 'n_many', 'n_other', 'x.y');
const objectName = fc.constantFrom('d', 'e', 'x');
const text = fc.string({ maxLength: 6 });
const level = (inner: fc.Arbitrary<unknown>): fc.Arbitrary<Record<string, unknown>> =>
  fc
    .tuple(fc.dictionary(leafName, text, { maxKeys: 4 }), fc.dictionary(objectName, inner, { maxKeys: 2 }))
    .map(([leaves, objects]) => ({ ...objects, ...leaves }));
const bundle = level(level(level(fc.constant({}))));
const layout = fc.record({ indent: fc.constantFrom('\t', '  ', '    ', ''), crlf: fc.boolean(), finalNewline: fc.boolean() });

function write(data: unknown, format: { indent: string; crlf: boolean; finalNewline: boolean }): string {
  const json = JSON.stringify(data, null, format.indent);
  return (format.crlf ? json.replace(/\n/g, '\r\n') : json) + (format.finalNewline ? (format.crlf ? '\r\n' : '\n') : '');
}

const flat = (json: string): Map<string, unknown> =>
  flattenBundle(JSON.parse(json.replace(/^\uFEFF/, '')) as Record<string, unknown>, '.').values;

function synced(source: string, target: string, prune = false): string {
  return syncProject(memoryProject({ en: source, es: target }), { prune }).changes[0]?.after ?? target;
}

describe('sync properties', () => {
  it('never loses or changes an existing string value, and adds nothing but source keys', () => {
    fc.assert(
      fc.property(bundle, bundle, layout, layout, (source, target, sourceFormat, targetFormat) => {
        const before = write(target, targetFormat);
        const after = synced(write(source, sourceFormat), before);
        const old = flat(before);
        const now = flat(after);
        const sourceKeys = new Set(flat(write(source, sourceFormat)).keys());
        // An empty object is a placeholder, not a translation: filling it in is allowed.
        for (const [key, value] of old) if (typeof value === 'string') expect(now.get(key)).toBe(value);
        for (const key of now.keys()) if (!old.has(key)) expect(sourceKeys.has(key) || /^(.*\.)?n_(one|many|other)$/.test(key)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('sync applied twice equals sync applied once, with and without --prune', () => {
    fc.assert(
      fc.property(bundle, bundle, layout, layout, fc.boolean(), (source, target, sourceFormat, targetFormat, prune) => {
        const sourceText = write(source, sourceFormat);
        const once = synced(sourceText, write(target, targetFormat), prune);
        expect(synced(sourceText, once, prune)).toBe(once);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps the line endings and the final newline of the file', () => {
    fc.assert(
      fc.property(bundle, bundle, layout, (source, target, targetFormat) => {
        fc.pre(targetFormat.indent !== '');
        // An empty object with no final newline (`{}`) has no line ending to keep: what is written into it takes "\n".
        fc.pre(Object.keys(target).length > 0 || targetFormat.finalNewline);
        const after = synced(write(source, { indent: '  ', crlf: false, finalNewline: true }), write(target, targetFormat));
        expect(/\r?\n$/.test(after)).toBe(targetFormat.finalNewline);
        if (targetFormat.crlf) expect(after.replace(/\r\n/g, '')).not.toContain('\n');
        else expect(after).not.toContain('\r');
      }),
      { numRuns: 200 },
    );
  });
});

describe('sync of lists', () => {
  const item = fc.oneof(text, fc.record({ t: text }));
  const list = fc.array(item, { maxLength: 4 });

  it('appends the items a shorter list lacks, prunes those past the source end, keeps every other item, and is idempotent', () => {
    fc.assert(
      fc.property(list, list, layout, layout, fc.boolean(), (sourceList, targetList, sourceFormat, targetFormat, prune) => {
        const sourceText = write({ list: sourceList, steps: [{ title: 'T', items: sourceList }] }, sourceFormat);
        const once = synced(sourceText, write({ list: targetList, steps: [{ title: 'Tt', items: targetList }] }, targetFormat), prune);
        const expected = [...targetList.slice(0, prune ? sourceList.length : undefined), ...sourceList.slice(targetList.length)];
        const after = JSON.parse(once) as { list: unknown[]; steps: [{ title: string; items: unknown[] }] };
        expect(after).toEqual({ list: expected, steps: [{ title: 'Tt', items: expected }] });
        expect(synced(sourceText, once, prune)).toBe(once);
      }),
      { numRuns: 200 },
    );
  });

  it('adds a property an object inside a list lacks', () => {
    const after = synced(
      JSON.stringify({ steps: [{ title: 'Sign up', hint: 'Free' }] }, null, 2),
      JSON.stringify({ steps: [{ title: 'Registrate' }] }, null, 2),
    );
    expect(JSON.parse(after)).toEqual({ steps: [{ title: 'Registrate', hint: 'Free' }] });
  });
});
