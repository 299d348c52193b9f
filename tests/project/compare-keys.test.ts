import { describe, expect, it } from 'vitest';
import { compareBundles } from '../../src/project/compare-bundles.js';

// The walk joins a source object's key once and reuses it for every target compared with it; a
// library caller's source may hold one object at two places, and each place keeps its own key.

const options = { keySeparator: '.', pluralSeparator: '_' } as const;

describe('the compare walk keys', () => {
  it('names each place of an object the source holds twice by its own key', () => {
    const shared = { title: 'Title', body: 'Body' };
    const source = { a: shared, b: { c: shared } };
    const pairs: string[] = [];
    const result = compareBundles(source, { a: { title: 'Título' }, b: { c: { body: 'Cuerpo' } } }, 'es', options, (pair) =>
      pairs.push(pair.key),
    );
    expect(pairs).toEqual(['a.title', 'b.c.body']);
    expect(result.absent.map((entry) => entry.key)).toEqual(['a.body', 'b.c.title']);
  });

  it('gives the same keys to every target compared with one source, and under another separator', () => {
    const source = { menu: { file: { open: 'Open', close: 'Close' } } };
    for (const locale of ['es', 'fr', 'de'])
      expect(compareBundles(source, { menu: { file: { open: 'x' } } }, locale, options).absent.map((entry) => entry.key)).toEqual([
        'menu.file.close',
      ]);
    expect(
      compareBundles(source, { menu: { file: { open: 'x' } } }, 'es', { keySeparator: ':', pluralSeparator: '_' }).absent.map(
        (entry) => entry.key,
      ),
    ).toEqual(['menu:file:close']);
  });
});
