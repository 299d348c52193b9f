import fc from 'fast-check';
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { lookupPath, separatorNames } from '../../src/project/lookup-path.js';

// Names that hold the separator, and values of every kind: flat and nested spellings of one key
// collide, and i18next's store decides which one a key reads.
const name = fc.constantFrom('a', 'b', 'c', 'a.b', 'b.c', 'a.b.c', '0', 'constructor');
const leaf = fc.oneof(fc.constantFrom('x', 'y', ''), fc.constant(null), fc.integer({ min: 0, max: 2 }), fc.boolean());
const tree = fc.letrec((tie) => ({
  node: fc.dictionary(name, fc.oneof({ depthSize: 'small' }, leaf, tie('node'), fc.array(leaf, { maxLength: 2 })), { maxKeys: 4 }),
})).node as fc.Arbitrary<Record<string, unknown>>;
const key = fc.array(fc.constantFrom('a', 'b', 'c', '0', 'constructor'), { minLength: 1, maxLength: 4 }).map((parts) => parts.join('.'));

// The same with a separator of two characters, and names that hold part of it: the key is split
// from the left (`a:::b` is `a` then `:b`), and a run of parts is a substring of the key.
const longName = fc.constantFrom('a', ':b', 'a:', 'a::b', 'a:::b', ':b::c', 'c', '');
const longTree = fc.letrec((tie) => ({
  node: fc.dictionary(longName, fc.oneof({ depthSize: 'small' }, leaf, tie('node'), fc.array(leaf, { maxLength: 2 })), { maxKeys: 4 }),
})).node as fc.Arbitrary<Record<string, unknown>>;
const longKey = fc
  .array(fc.constantFrom('a', ':b', 'c', 'a:', '0', ''), { minLength: 1, maxLength: 4 })
  .map((parts) => parts.join('::'))
  .filter((k) => k !== ''); // the store reads the empty key as the whole namespace

/** i18next's resource store; getResource is public API, though its type declarations leave it out. */
function store(data: Record<string, unknown>, keySeparator = '.'): { getResource(lng: string, ns: string, key: string): unknown } {
  const i18n = i18next.createInstance();
  void i18n.init({ initAsync: false, lng: 'en', resources: { en: { ui: data } }, ns: ['ui'], defaultNS: 'ui', keySeparator });
  return i18n.store as unknown as { getResource(lng: string, ns: string, key: string): unknown };
}

describe('lookupPath reads a key as i18next 26 reads it', () => {
  it('gives what the resource store gives, for any spelling of any key', () => {
    fc.assert(
      fc.property(tree, fc.array(key, { minLength: 1, maxLength: 6 }), (data, keys) => {
        const resources = store(structuredClone(data));
        for (const k of keys) expect({ k, value: lookupPath(data, k, '.') }).toEqual({ k, value: resources.getResource('en', 'ui', k) });
      }),
      { numRuns: 500 },
    );
  });

  it('gives the same with the names of each object listed once (separatorNames)', () => {
    fc.assert(
      fc.property(tree, fc.array(key, { minLength: 1, maxLength: 6 }), (data, keys) => {
        const resources = store(structuredClone(data));
        const holdsSeparator = separatorNames('.');
        for (const k of keys)
          expect({ k, value: lookupPath(data, k, '.', holdsSeparator) }).toEqual({ k, value: resources.getResource('en', 'ui', k) });
      }),
      { numRuns: 500 },
    );
  });

  it('gives what the store gives with a separator of two characters, names listed once or not', () => {
    fc.assert(
      fc.property(longTree, fc.array(longKey, { minLength: 1, maxLength: 6 }), (data, keys) => {
        const resources = store(structuredClone(data), '::');
        const holdsSeparator = separatorNames('::');
        for (const k of keys) {
          const expected = { k, value: resources.getResource('en', 'ui', k) };
          expect({ k, value: lookupPath(data, k, '::') }).toEqual(expected);
          expect({ k, value: lookupPath(data, k, '::', holdsSeparator) }).toEqual(expected);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('reads a flat name that holds the separator inside a nested object', () => {
    const data = { menu: { 'file.open': 'Open file' }, plain: { a: 'x' } };
    const holdsSeparator = separatorNames('.');
    expect([lookupPath(data, 'menu.file.open', '.', holdsSeparator), lookupPath(data, 'plain.a.b', '.', holdsSeparator)]).toEqual([
      store(data).getResource('en', 'ui', 'menu.file.open'),
      undefined,
    ]);
  });

  it('reads a flat name beside a string that the first try took on its way down', () => {
    const data = {
      menu: { file: 'File', 'file.open': 'Open file', list: [{ 'a.b': 'deep' }], 'a.b': null },
      empty: { x: null, 'x.y': 'flat' },
    };
    const keys = ['menu.file.open', 'menu.list.0.a.b', 'empty.x.y', 'menu.file.close', 'menu.a.b.c', 'menu.a.b'];
    for (const holdsSeparator of [undefined, separatorNames('.')])
      expect(keys.map((k) => lookupPath(data, k, '.', holdsSeparator))).toEqual(keys.map((k) => store(data).getResource('en', 'ui', k)));
  });

  it('reads the nested spelling before the flat one, as the store does', () => {
    const data = { menu: { open: 'Open' }, 'menu.open': 'Open menu' };
    expect([lookupPath(data, 'menu.open', '.'), store(data).getResource('en', 'ui', 'menu.open')]).toEqual(['Open', 'Open']);
  });
});
