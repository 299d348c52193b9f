import fc from 'fast-check';
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SYNTAX } from '../../src/bundles/interpolation-syntax.js';
import { nestingOf } from '../../src/bundles/message-parts.js';
import { chainValues, MAX_NESTED_LOOKUPS, nestedValueIndex, nestingCounter, parsedOnce } from '../../src/bundles/nesting-cost.js';

/** i18next's default separators, as an app that sets none runs them. */
const SEPARATORS = { nsSeparator: ':', keySeparator: '.', interpolation: DEFAULT_SYNTAX } as const;

/** What i18next 26 renders for one key of a flat bundle. */
function render(bundle: Record<string, string>, key: string): string {
  const instance = i18next.createInstance();
  void instance.init({
    lng: 'en',
    resources: { en: { ui: bundle } },
    ns: ['ui'],
    defaultNS: 'ui',
    initAsync: false,
    keySeparator: false,
    interpolation: { escapeValue: false },
  });
  return instance.t(key);
}

/** The counter over one flat bundle of the `ui` namespace. */
function lookups(bundle: Record<string, string>, key: string): number {
  const index = nestedValueIndex(Object.entries(bundle), ['_'], '$t(');
  return nestingCounter((ns, k) => (ns === 'ui' ? (index.get(k) ?? []) : []), SEPARATORS)('ui', bundle[key] as string);
}

describe('nestingCounter', () => {
  it('counts the lookups i18next makes: every value renders one "x", so the page holds one more "x" than lookups', () => {
    // Key i nests only keys after it, so the references form no cycle and i18next renders them all.
    const dag = fc
      .integer({ min: 1, max: 7 })
      .chain((size) =>
        fc.tuple(...Array.from({ length: size }, (_, i) => fc.array(fc.integer({ min: i + 1, max: size }), { maxLength: 3 }))),
      );
    fc.assert(
      fc.property(dag, (refs) => {
        const bundle: Record<string, string> = { [`k${refs.length}`]: 'x' };
        refs.forEach((to, i) => (bundle[`k${i}`] = `x${to.map((j) => `$t(k${j})`).join(' ')}`));
        const rendered = render(bundle, 'k0');
        expect(lookups(bundle, 'k0')).toBe(rendered.split('x').length - 2);
      }),
      { numRuns: 200 },
    );
  });

  it('stops past the limit on a doubling chain that i18next would expand two million times', () => {
    const bundle: Record<string, string> = { b20: 'lol' };
    for (let i = 0; i < 20; i++) bundle[`b${i}`] = `$t(b${i + 1})$t(b${i + 1})`;
    expect(lookups(bundle, 'b0')).toBe(MAX_NESTED_LOOKUPS + 1);
    // Nine levels are 1022 lookups, eight are 510: the limit falls between them.
    expect(lookups(bundle, 'b11')).toBe(MAX_NESTED_LOOKUPS + 1);
    expect(lookups(bundle, 'b12')).toBe(510);
    expect(render(bundle, 'b12')).toBe('lol'.repeat(256));
  });

  it('counts a chain deeper than the limit as over it without recursing through all of it', () => {
    const bundle: Record<string, string> = { c100000: 'end' };
    for (let i = 0; i < 100_000; i++) bundle[`c${i}`] = `$t(c${i + 1})`;
    expect(lookups(bundle, 'c0')).toBe(MAX_NESTED_LOOKUPS + 1);
    expect(lookups(bundle, 'c99990')).toBe(10);
  });

  it('takes the costliest plural or context form, and ends at a cycle as i18next does', () => {
    const bundle = { m: '$t(item, {"count": 2})', item_one: 'one', item_other: '$t(a)$t(a)$t(a)', a: 'A', c1: 'x $t(c2)', c2: 'y $t(c1)' };
    expect(render(bundle, 'm')).toBe('AAA');
    expect(lookups(bundle, 'm')).toBe(4);
    expect(render(bundle, 'c1')).toBe('x y ');
    // i18next looks up c2, then c1 (which gives nothing); the counter starts from c1's text, not
    // its key, so it goes round once more before it meets the cycle: an upper bound, and finite.
    expect(lookups(bundle, 'c1')).toBe(3);
  });
});

describe('parsedOnce', () => {
  it('parses each distinct message once and hands out the references nestingOf finds', () => {
    const parse = parsedOnce(DEFAULT_SYNTAX);
    const message = 'a $t(k1) b $t(common:k2, {"count": 2})';
    const first = parse(message);
    expect(first).toEqual(nestingOf(message));
    expect(parse(message)).toBe(first);
    expect(parse('no nesting')).toEqual([]);
  });

  it('gives counters sharing it the counts of counters parsing every message again, cycles included', () => {
    // Random references between keys, cycles and self-references allowed; several chains share one parse.
    const bundles = fc.integer({ min: 1, max: 6 }).chain((size) =>
      fc.array(fc.array(fc.array(fc.integer({ min: 0, max: size - 1 }), { maxLength: 3 }), { minLength: size, maxLength: size }), {
        minLength: 1,
        maxLength: 3,
      }),
    );
    fc.assert(
      fc.property(bundles, (chains) => {
        const parse = parsedOnce(DEFAULT_SYNTAX);
        for (const refs of chains) {
          const bundle = Object.fromEntries(refs.map((to, i) => [`k${i}`, `x${to.map((j) => `$t(k${j})`).join(' ')}`]));
          const index = nestedValueIndex(Object.entries(bundle), ['_'], '$t(');
          const valuesOf = (ns: string, k: string): string[] => (ns === 'ui' ? (index.get(k) ?? []) : []);
          const fresh = nestingCounter(valuesOf, SEPARATORS);
          const shared = nestingCounter(valuesOf, SEPARATORS, parse);
          for (const value of Object.values(bundle)) expect(shared('ui', value)).toBe(fresh('ui', value));
        }
      }),
    );
  });
});

describe('chainValues', () => {
  it('gives the lists of one index over the whole chain, from one index per bundle (property)', () => {
    // Keys with plural and context separators, so that cuts (`a_one` under `a`) meet across bundles.
    const key = fc
      .array(fc.constantFrom('a', 'b', '_', 'one', 'male', 'ordinal'), { minLength: 1, maxLength: 5 })
      .map((parts) => parts.join(''));
    const value = fc.constantFrom('$t(a)', 'x $t(b) y', 'plain', '$t(a_one)$t(a)');
    const bundle = fc.array(fc.tuple(key, value), { maxLength: 8 });
    fc.assert(
      fc.property(fc.array(bundle, { minLength: 1, maxLength: 4 }), fc.array(key, { maxLength: 6 }), (chain, asked) => {
        const whole = nestedValueIndex(chain.flat(), ['_', '_'], '$t(');
        const values = chainValues(chain.map((entries) => nestedValueIndex(entries, ['_', '_'], '$t(')));
        for (const k of [...whole.keys(), ...asked]) expect(values(k)).toEqual(whole.get(k) ?? []);
      }),
      { numRuns: 500 },
    );
  });
});
