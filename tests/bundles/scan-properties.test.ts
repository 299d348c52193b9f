import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scanProperties } from '../../src/bundles/scan-properties.js';

// The scan keeps the messages that hold `$t(` under their flat keys, joined only for them: the
// keys must be those of a walk that joins every object's key on the way down (`nav.1` for a
// list's item; an empty name adds no separator where the key so far is empty).

function expected(value: unknown, sep: string, path: string, out: [string, string][]): void {
  const join = (name: string): string => (path === '' ? name : path + sep + name);
  const entries: [string, unknown][] = Array.isArray(value) ? value.map((item, i) => [String(i), item]) : Object.entries(value as object);
  for (const [name, child] of entries) {
    if (child !== null && typeof child === 'object') expected(child, sep, join(name), out);
    else if (typeof child === 'string' && child.includes('$t(')) out.push([join(name), child]);
  }
}

const name = fc.constantFrom('', 'a', 'b', 'a.b', 'nav', '0');
const leaf = fc.oneof(fc.constantFrom('$t(x)', 'plain', 'see $t(common:y, {"count": 2})', ''), fc.integer(), fc.constant(null));
const tree = fc.letrec((tie) => ({
  node: fc.oneof({ depthSize: 'small' }, leaf, tie('object'), tie('list')),
  object: fc.dictionary(name, tie('node'), { maxKeys: 4 }),
  list: fc.array(tie('node'), { maxLength: 3 }),
}));

describe('scanProperties', () => {
  it('keeps every message with $t( under its flat key, in file order', () => {
    fc.assert(
      fc.property(tree.object, fc.constantFrom<'.' | ':' | false>('.', ':', false), (data, keySeparator) => {
        const out: [string, string][] = [];
        expected(data, keySeparator === false ? '.' : keySeparator, '', out);
        expect(scanProperties(data as Record<string, unknown>, keySeparator, '$t(').nestings).toEqual(out);
      }),
      { numRuns: 2000 },
    );
  });

  it('keeps no message when not asked to, and counts the same properties either way', () => {
    fc.assert(
      fc.property(tree.object, (data) => {
        const without = scanProperties(data as Record<string, unknown>, '.');
        expect(without.nestings).toEqual([]);
        expect(without.count).toBe(scanProperties(data as Record<string, unknown>, '.', '$t(').count);
      }),
    );
  });
});
