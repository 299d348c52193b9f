import fc from 'fast-check';
import { applyEdits, findNodeAtLocation, modify, parseTree, type Node } from 'jsonc-parser';
import { describe, expect, it } from 'vitest';
import { applySync } from '../../src/sync/apply-sync.js';
import { detectFormat, formattingOptions } from '../../src/sync/detect-format.js';
import { insertionEdit } from '../../src/sync/insertion-edit.js';
import type { SyncPlan } from '../../src/sync/plan-sync.js';

const name = fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g', 'h');
const value = fc.oneof(fc.string({ maxLength: 5 }), fc.constant({ x: 'y', z: ['1'] }));
const layout = fc.record({ indent: fc.constantFrom('\t', '  ', '    ', ''), crlf: fc.boolean(), finalNewline: fc.boolean() });
const nested = fc.dictionary(
  name,
  fc.oneof(fc.string({ maxLength: 4 }), fc.dictionary(name, fc.string({ maxLength: 4 }), { maxKeys: 4 })),
  {
    maxKeys: 8,
  },
);

function write(data: unknown, format: { indent: string; crlf: boolean; finalNewline: boolean }): string {
  const json = JSON.stringify(data, null, format.indent);
  return (format.crlf ? json.replace(/\n/g, '\r\n') : json) + (format.finalNewline ? (format.crlf ? '\r\n' : '\n') : '');
}

describe('one-pass insertion', () => {
  it('makes the edit jsonc-parser modify makes, from a tree parsed once', () => {
    fc.assert(
      fc.property(nested, layout, name, value, fc.nat(), fc.boolean(), (data, format, key, inserted, pick, deep) => {
        const text = write(data, format);
        const tree = parseTree(text) as Node;
        const objects = Object.keys(data).filter((k) => typeof data[k] === 'object');
        const path = deep && objects.length > 0 ? [objects[pick % objects.length] as string] : [];
        const parent = findNodeAtLocation(tree, path) as Node;
        if ((parent.children ?? []).some((p) => p.children?.[0]?.value === key)) return;
        const options = formattingOptions(detectFormat(text));
        const getInsertionIndex = (properties: string[]): number => pick % (properties.length + 1);
        const expected = applyEdits(text, modify(text, [...path, key], inserted, { formattingOptions: options, getInsertionIndex }));
        expect(applyEdits(text, [insertionEdit(text, parent, key, inserted, options, getInsertionIndex)])).toBe(expected);
      }),
      { numRuns: 500 },
    );
  });

  it('writes what inserting the additions one after another writes, byte for byte', () => {
    fc.assert(
      fc.property(nested, nested, layout, (source, target, format) => {
        // The source's order ranks the keys; the target lacks some of them, at any depth.
        const rank = new Map<string, number>();
        const additions: SyncPlan['additions'] = [];
        const visit = (data: Record<string, unknown>, have: Record<string, unknown> | undefined, path: string[]): void => {
          for (const [key, child] of Object.entries(data)) {
            const here = [...path, key];
            rank.set(here.join('\u0000'), rank.size);
            const there = have?.[key];
            if (there === undefined) additions.push({ key: here.join('.'), path: here, value: child });
            else if (typeof child === 'object' && typeof there === 'object')
              visit(child as Record<string, unknown>, there as Record<string, unknown>, here);
          }
        };
        visit(source, target, []);
        const plan = (list: SyncPlan['additions']): SyncPlan => ({
          additions: list,
          removals: [],
          rank,
          paths: new Map(),
          listAdditions: [],
          listRemovals: [],
        });
        const text = write(target, format);
        const newFile = detectFormat(text);
        const sequential = additions.reduce((current, addition) => applySync(current, plan([addition]), newFile).text, text);
        expect(applySync(text, plan(additions), newFile).text).toBe(sequential);
      }),
      { numRuns: 500 },
    );
  });
});
