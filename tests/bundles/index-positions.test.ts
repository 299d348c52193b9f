import fc from 'fast-check';
import { findNodeAtLocation, parseTree } from 'jsonc-parser';
import { describe, expect, it } from 'vitest';
import { findKey } from '../../src/bundles/find-key.js';
import { scanProperties } from '../../src/bundles/scan-properties.js';
import { indexPositions, mayHaveDuplicateKeys } from '../../src/bundles/index-positions.js';
import { LineIndex } from '../../src/text/line-index.js';

// Keys with quotes, backslashes, brackets and non-BMP characters, but no separator, so that
// a flat key names exactly one JSON path.
const name = fc.string({
  unit: fc.constantFrom('a', 'b', 'é', '"', '\\', '{', '}', '[', ']', ':', ',', ' ', '😀', '\n'),
  minLength: 1,
  maxLength: 6,
});
const leaf = fc.oneof(
  fc.string({ maxLength: 8 }),
  fc.constantFrom('say "hi": {{x}}', '[1]', '{a}', 'a\\b'),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom(null, true, false),
);
// Lists of leaves, objects and lists: their items are keys too (`nav.2`).
const tree = fc.letrec((tie) => ({
  node: fc.dictionary(name, fc.oneof({ depthSize: 'small' }, leaf, tie('node'), tie('list')), { maxKeys: 5 }),
  list: fc.array(fc.oneof({ depthSize: 'small' }, leaf, tie('node'), tie('list')), { maxLength: 3 }),
})).node as fc.Arbitrary<Record<string, unknown>>;

describe('indexPositions', () => {
  it('puts every key where jsonc-parser finds it, whatever the formatting', () => {
    fc.assert(
      fc.property(tree, fc.constantFrom(0, 2, '\t'), fc.boolean(), (data, indent, crlf) => {
        const pretty = JSON.stringify(data, null, indent);
        const text = crlf ? pretty.replace(/\n/g, '\r\n') : pretty;
        const index = indexPositions(text, '.');
        const root = parseTree(text);
        const walk = (value: unknown, segments: (string | number)[]): void => {
          const node = findNodeAtLocation(root!, segments);
          const span = index.keys.get(segments.join('.'));
          const inList = typeof segments.at(-1) === 'number';
          // A property's span starts at its key; a list item's at the item, and covers it unless it opens a list or an object.
          expect(span?.keyStart).toBe(inList ? node?.offset : node?.parent?.children?.[0]?.offset);
          if (typeof value === 'string') expect(JSON.parse(text.slice(span!.valueStart, span!.valueEnd))).toBe(value);
          if (inList && (value === null || typeof value !== 'object'))
            expect(text.slice(span!.valueStart, span!.valueEnd)).toBe(JSON.stringify(value));
          if (Array.isArray(value)) value.forEach((item, i) => walk(item, [...segments, i]));
          else if (value && typeof value === 'object') for (const [key, child] of Object.entries(value)) walk(child, [...segments, key]);
        };
        for (const [key, child] of Object.entries(data)) walk(child, [key]);
        expect(index.duplicates).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('finds every duplicate, and the cheap pre-check never misses one', () => {
    const pairs = fc.array(
      fc.tuple(fc.constantFrom('a', 'b', 'c', 'say "x":'), fc.oneof(fc.string({ maxLength: 6 }), fc.constantFrom('x": "y', ' ": '))),
      { minLength: 1, maxLength: 8 },
    );
    fc.assert(
      // With and without whitespace before the colons: the pre-check counts keys differently then.
      fc.property(pairs, pairs, fc.constantFrom(' : ', ': ', ':'), (outer, inner, colon) => {
        const object = (list: [string, string][]): string =>
          `{${list.map(([k, v]) => `${JSON.stringify(k)}${colon}${JSON.stringify(v)}`).join(',\n')}}`;
        const text = `{"outer": ${object(outer)}, "inner": { "deep": ${object(inner)} }}`;
        const expected = outer.length - new Set(outer.map((p) => p[0])).size + (inner.length - new Set(inner.map((p) => p[0])).size);
        const properties = scanProperties(JSON.parse(text) as Record<string, unknown>, '.').count;
        const index = indexPositions(text, '.');
        expect(index.duplicates.length).toBe(expected);
        if (expected > 0) expect(mayHaveDuplicateKeys(text, properties)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('indexes the same keys, objects and flat keys when told there are no duplicates to look for', () => {
    fc.assert(
      fc.property(tree, fc.constantFrom(0, 2, '\t'), (data, indent) => {
        const text = JSON.stringify(data, null, indent);
        const full = indexPositions(text, '.');
        const lean = indexPositions(text, '.', false);
        expect(lean).toEqual({ ...full, duplicates: [] });
      }),
      { numRuns: 300 },
    );
  });

  it('says "no duplicates" for a plain bundle without running the position pass', () => {
    const text = JSON.stringify({ a: { b: 'x', c: 'y' }, d: 'z' }, null, 2);
    expect(mayHaveDuplicateKeys(text, scanProperties(JSON.parse(text) as Record<string, unknown>, '.').count)).toBe(false);
  });

  it('counts in one pass what one search per pattern counts, on any text (property)', () => {
    // The counts as separate substring searches: the colons, the `":` pairs, the escaped `\\":`.
    const count = (text: string, needle: string): number => text.split(needle).length - 1;
    const escaped = (text: string): number =>
      [...text.matchAll(/(\\+)":/g)].filter((match) => (match[1] as string).length % 2 === 1).length;
    const model = (text: string, properties: number): boolean =>
      [' :', '\t:', '\n:', '\r:'].some((spaced) => text.includes(spaced))
        ? count(text, ':') > properties
        : count(text, '":') - escaped(text) > properties;
    const text = fc.string({ unit: fc.constantFrom('"', ':', '\\', ' ', '\t', '\n', '\r', 'a', '{', 'é'), maxLength: 40 });
    fc.assert(
      fc.property(text, fc.integer({ min: 0, max: 8 }), (value, properties) => {
        expect(mayHaveDuplicateKeys(value, properties)).toBe(model(value, properties));
      }),
      { numRuns: 3000 },
    );
  });

  it('handles a one-megabyte string without exhausting the regex engine', () => {
    const text = JSON.stringify({ big: 'x\\"'.repeat(350_000), after: 'ok' });
    expect(indexPositions(text, '.').keys.get('after')?.keyStart).toBe(text.indexOf('"after"'));
  });
});

describe('findKey', () => {
  it('finds each key exactly where the full index puts it, objects and root included', () => {
    fc.assert(
      fc.property(tree, fc.constantFrom(0, 2, '\t'), (data, indent) => {
        const text = JSON.stringify(data, null, indent);
        const index = indexPositions(text, '.');
        for (const [key, span] of index.keys) expect(findKey(text, key, '.')).toEqual(span);
        // Without a separator a nested key still joins its names with ".", in both.
        const flat = indexPositions(text, false);
        for (const [key, span] of flat.keys) expect(findKey(text, key, false)).toEqual(span);
        expect(findKey(text, '', '.')?.valueStart).toBe(index.objects.get(''));
        expect(findKey(text, 'no such key', '.')).toBeUndefined();
      }),
      { numRuns: 300 },
    );
  });

  it('follows a key whose own name holds the separator, and takes the last duplicate', () => {
    const text = '{ "a.b": { "c": "flat" }, "x": { "y": 1, "y": "last" } }';
    expect(text.slice(findKey(text, 'a.b.c', '.')!.valueStart, findKey(text, 'a.b.c', '.')!.valueEnd)).toBe('"flat"');
    expect(text.slice(findKey(text, 'x.y', '.')!.valueStart, findKey(text, 'x.y', '.')!.valueEnd)).toBe('"last"');
  });
});

describe('LineIndex', () => {
  it('agrees with counting lines by hand, with LF and CRLF', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 5 }), { maxLength: 6 }), fc.constantFrom('\n', '\r\n'), fc.nat(), (lines, eol, pick) => {
        const text = lines.map((l) => l.replace(/[\r\n]/g, '')).join(eol);
        const offset = text.length === 0 ? 0 : pick % text.length;
        const before = text.slice(0, offset).split('\n');
        expect(new LineIndex(text).position(offset)).toEqual({ line: before.length, column: (before.at(-1)?.length ?? 0) + 1 });
      }),
    );
  });
});
