import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SYNTAX } from '../../src/bundles/interpolation-syntax.js';
import { nestsFurtherAcross } from '../../src/bundles/nesting-across.js';
import { nestingBombs, type NestingBundle } from '../../src/bundles/nesting-bombs.js';

const config = {
  sourceLocale: 'en',
  fallbacks: {},
  keySeparator: '.',
  nsSeparator: ':',
  pluralSeparator: '_',
  contextSeparator: '_',
  interpolation: { ...DEFAULT_SYNTAX, escapeValue: true, defaultVariables: [] as string[] },
} as const;

/** The bundle of `namespace` in `en`, as the count across namespaces reads it. */
function bundle(namespace: string, values: Record<string, string>): NestingBundle {
  return {
    file: `locales/en/${namespace}.json`,
    locale: 'en',
    namespace,
    text: JSON.stringify(values, null, 2),
    nestings: Object.entries(values).filter(([, value]) => value.includes('$t(')),
  };
}

/** The keys a count finds past the limit, as `ns/key`. */
const bombs = (bundles: NestingBundle[]): string[] => nestingBombs(bundles, config, 'check').map((d) => `${d.namespace}/${d.key}`);

describe('nestsFurtherAcross', () => {
  it('is true whenever counting across namespaces finds an expansion no count within one finds (property)', () => {
    // Key i of a namespace names keys after it (no cycle), in its own namespace or the other,
    // each one to four times: deep enough chains expand past the limit, within or across.
    const ref = (from: number) =>
      fc.record({ to: fc.integer({ min: from + 1, max: 9 }), other: fc.boolean(), times: fc.integer({ min: 1, max: 4 }) });
    const alternating = (first: number): { to: number; other: boolean; times: number }[][] =>
      Array.from({ length: 9 }, (_, i) => (i % 2 === first ? [{ to: i + 1, other: true, times: 2 }] : []));
    const values = fc.tuple(...Array.from({ length: 9 }, (_, i) => fc.array(ref(i), { maxLength: 2 })));
    let across = 0;
    fc.assert(
      fc.property(values, values, fc.boolean(), (a, b, plural) => {
        const write = (refs: typeof a, other: string): Record<string, string> => {
          const out: Record<string, string> = { k9: 'end' };
          refs.forEach((list, i) => {
            const text = list.map(({ to, other: far, times }) => `$t(${far ? `${other}:` : ''}k${to})`.repeat(times)).join(' ');
            // A plural form files the value under its key's name too.
            out[plural && i % 2 === 1 ? `k${i}_other` : `k${i}`] = text === '' ? 'plain' : text;
          });
          return out;
        };
        const all = [bundle('a', write(a, 'b')), bundle('b', write(b, 'a'))];
        const within = new Set([...bombs([all[0] as NestingBundle]), ...bombs([all[1] as NestingBundle])]);
        const more = bombs(all).filter((key) => !within.has(key));
        if (more.length > 0) across += 1;
        if (!nestsFurtherAcross(all, config)) expect(more).toEqual([]);
      }),
      // Always among the runs: a.k0 -> b:k1 -> a:k2 ... -> b:k9, each named twice, is 1,022
      // lookups across the two namespaces and two within either.
      { numRuns: 500, examples: [[alternating(0), alternating(1), false]] },
    );
    // The runs met expansions that only the count across namespaces finds (the example, at least).
    expect(across).toBeGreaterThan(0);
  });

  it('is false when references across namespaces name keys that nest no further, and reads an ns option however quoted', () => {
    const a = bundle('a', { x: '$t(b:plain) $t(own)', own: '$t(own2)', own2: 'text' });
    const b = bundle('b', { plain: 'text', deep: '$t(more)', more: 'text' });
    expect(nestsFurtherAcross([a, b], config)).toBe(false);
    expect(nestsFurtherAcross([bundle('a', { x: '$t(b:deep)' }), b], config)).toBe(true);
    // A plural form of the named key nests further too.
    expect(nestsFurtherAcross([bundle('a', { x: '$t(b:item, {"count": 2})' }), bundle('b', { item_other: '$t(more)' })], config)).toBe(
      true,
    );
    const noPrefix = { ...config, nsSeparator: false } as const;
    expect(nestsFurtherAcross([bundle('a', { x: "$t(deep, {'ns': 'b'})" }), b], noPrefix)).toBe(true);
    expect(nestsFurtherAcross([bundle('a', { x: '$t(deep, {"\\u006es": "b"})' }), b], noPrefix)).toBe(true);
    expect(nestsFurtherAcross([bundle('a', { x: '$t(deep, {"lng": "fr", "ns": "b"})' }), b], noPrefix)).toBe(false);
  });

  it('reads the same bundles again under another separator, as the watcher may after a config change', () => {
    const a = bundle('a', { x: '$t(b|deep)' });
    const b = bundle('b', { deep: '$t(more)', more: 'text' });
    expect(nestsFurtherAcross([a, b], config)).toBe(false);
    expect(nestsFurtherAcross([a, b], { ...config, nsSeparator: '|' })).toBe(true);
    expect(nestsFurtherAcross([a, b], config)).toBe(false);
  });
});
