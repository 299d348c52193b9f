import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { keysLostToDuplicate } from '../../src/bundles/duplicate-loss.js';
import { indexPositions } from '../../src/bundles/index-positions.js';

/** Leaf keys of a parsed value under `prefix`, as the test's own oracle. */
function leaves(value: unknown, prefix: string): string[] {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return [prefix];
  return Object.entries(value).flatMap(([name, inner]) => leaves(inner, `${prefix}.${name}`));
}

const name = fc.stringMatching(/^[a-z"{}\\[\],:\\ ]{1,4}$/);
const tree = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: 'small' }, fc.string(), fc.integer(), fc.array(fc.string(), { maxLength: 2 }), tie('object')),
  object: fc.dictionary(name, tie('value'), { maxKeys: 4 }),
})).object;

describe('keysLostToDuplicate', () => {
  it('names the keys JSON.parse drops with the first of two objects under one key', () => {
    fc.assert(
      fc.property(tree, tree, fc.constantFrom('', ' ', '\n  '), (first, last, space) => {
        const text = `{${space}"k":${space}${JSON.stringify(first, null, space === '' ? 0 : 2)},${space}"other": "x",${space}"k": ${JSON.stringify(last)}${space}}`;
        const parsed = JSON.parse(text) as { k: unknown };
        const kept = new Set(leaves(parsed.k, 'k'));
        const [duplicate] = indexPositions(text, '.').duplicates;
        expect(duplicate).toBeDefined();
        if (!duplicate) return;
        expect(keysLostToDuplicate(text, 'k', duplicate.first, duplicate.again, '.')).toEqual(
          leaves(first, 'k').filter((key) => !kept.has(key)),
        );
      }),
    );
  });

  it('loses no key where the first value is a string', () => {
    const text = '{ "k": "text", "k": { "a": "b" } }';
    const [duplicate] = indexPositions(text, '.').duplicates;
    expect(duplicate && keysLostToDuplicate(text, 'k', duplicate.first, duplicate.again, '.')).toEqual([]);
  });
});
