import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sameKeyShape } from '../../src/watch/same-key-shape.js';

const bundle = fc.dictionary(
  fc.string({ maxLength: 6 }),
  fc.oneof(
    fc.string(),
    fc.constant(null),
    fc.dictionary(fc.string({ maxLength: 4 }), fc.oneof(fc.string(), fc.constant(null)), { maxKeys: 4 }),
  ),
  { minKeys: 1, maxKeys: 8 },
);

/** The same tree with every string replaced: what a translator's edit of values does. */
function retranslated(value: unknown): unknown {
  if (typeof value === 'string') return `${value}!`;
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).map(([name, child]) => [name, retranslated(child)]));
}

describe('sameKeyShape', () => {
  it('holds when only strings change', () => {
    fc.assert(fc.property(bundle, (data) => sameKeyShape(data, retranslated(data))));
  });

  it('fails when a key goes, a string becomes null or an object becomes a string', () => {
    fc.assert(
      fc.property(bundle, fc.nat(), (data, pick) => {
        const names = Object.keys(data);
        const name = names[pick % names.length] as string;
        const { [name]: gone, ...rest } = data;
        expect(sameKeyShape(data, rest)).toBe(false);
        expect(
          sameKeyShape(data, { ...data, [name]: gone === null ? '' : gone !== null && typeof gone === 'object' ? 'text' : null }),
        ).toBe(false);
      }),
    );
  });

  it('reads arrays as objects, so a key path into one counts', () => {
    expect(sameKeyShape({ list: ['a', 'b'] }, { list: ['c', 'd'] })).toBe(true);
    expect(sameKeyShape({ list: ['a', 'b'] }, { list: ['a'] })).toBe(false);
  });
});
