import fc from 'fast-check';
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { PLURAL_CATEGORIES } from '../../src/bundles/plural-rules.js';
import { compareBundles } from '../../src/project/compare-bundles.js';
import { separatorNames } from '../../src/project/lookup-path.js';

// Flat and nested spellings of one key, lists and plural forms: the walk reports a key absent in
// many ways, and says which of them it looked up in the target (absentKeys then skips that lookup).
// `b-one` and `aother` end in a category word with no separator before it: no plural forms of b or a.
const PLAIN_NAMES = ['a', 'b', '0', '1', 'b_one', 'b_other', 'a_zero', 'a_few', 'b-one', 'aother'];
const leaf = fc.oneof(fc.constantFrom('x', 'y', ''), fc.constant(null), fc.integer({ min: 0, max: 2 }));
/** Bundles whose property names are drawn from `names`. */
const treeOf = (names: string[]): fc.Arbitrary<Record<string, unknown>> =>
  fc.letrec((tie) => ({
    node: fc.dictionary(
      fc.constantFrom(...names),
      fc.oneof({ depthSize: 'small' }, leaf, tie('node'), fc.array(fc.constantFrom('x', 'y'), { maxLength: 3 })),
      { maxKeys: 5 },
    ),
  })).node as fc.Arbitrary<Record<string, unknown>>;
const tree = treeOf([...PLAIN_NAMES, 'a.b', 'a.0', 'a.1', 'b.a']);
/** Half the bundles with no name holding the separator, where the walk may mark plural forms as missed. */
const eitherTree = fc.oneof(tree, treeOf(PLAIN_NAMES));

/** i18next's resource store over one bundle; getResource is public API, though its type declarations leave it out. */
function store(data: Record<string, unknown>): { getResource(lng: string, ns: string, key: string): unknown } {
  const i18n = i18next.createInstance();
  void i18n.init({ initAsync: false, lng: 'de', resources: { de: { ui: data } }, ns: ['ui'], defaultNS: 'ui' });
  return i18n.store as unknown as { getResource(lng: string, ns: string, key: string): unknown };
}

const options = { keySeparator: '.', pluralSeparator: '_' } as const;
/** Whether some name of a bundle holds the key separator (the property scan's separatorInNames). */
const holdsDot = (value: unknown): boolean =>
  value !== null && typeof value === 'object' && Object.entries(value).some(([key, child]) => key.includes('.') || holdsDot(child));

describe('the compare walk says which absent keys it looked up in the target', () => {
  it('marks only keys that i18next finds nowhere in the target bundle', () => {
    fc.assert(
      fc.property(eitherTree, eitherTree, (source, target) => {
        const resources = store(structuredClone(target));
        const plainNames = !holdsDot(target) && !holdsDot(source);
        for (const holdsSeparator of [undefined, separatorNames('.')])
          for (const entry of compareBundles(source, target, 'de', options, undefined, holdsSeparator, plainNames).absent)
            if (entry.missedInTarget)
              expect({ key: entry.key, value: resources.getResource('de', 'ui', entry.key) ?? undefined }).toEqual({
                key: entry.key,
                value: undefined,
              });
      }),
      { numRuns: 1000 },
    );
  });

  it('finds what it finds without that knowledge when it knows that no name holds the separator', () => {
    // With plain names the walk skips the lookup of a key from the root, and of plural forms in its place.
    const plain = treeOf(PLAIN_NAMES);
    const withoutMarks = ({ absent, ...rest }: ReturnType<typeof compareBundles>): unknown => ({
      ...rest,
      absent: absent.map(({ formsMissedInTarget: _, ...entry }) => entry),
    });
    fc.assert(
      fc.property(plain, plain, fc.constantFrom('de', 'ar', 'ja'), (source, target, locale) => {
        expect(withoutMarks(compareBundles(source, target, locale, options, undefined, undefined, true))).toEqual(
          withoutMarks(compareBundles(source, target, locale, options)),
        );
      }),
      { numRuns: 1000 },
    );
  });

  it('does not mark a list item past the target list, which a flat name may still answer', () => {
    const target = { nav: ['Start'], 'nav.1': 'Hilfe' };
    const absent = compareBundles({ nav: ['Home', 'Help'] }, target, 'de', options).absent;
    expect(store(target).getResource('de', 'ui', 'nav.1')).toBe('Hilfe');
    expect(absent).toEqual([{ key: 'nav.1', sourceKey: 'nav.1', missedInTarget: false, formsMissedInTarget: false }]);
  });

  it('marks the plural forms of a key as missed exactly when i18next finds none of them in the target', () => {
    let marked = 0;
    fc.assert(
      fc.property(eitherTree, eitherTree, (source, target) => {
        const resources = store(structuredClone(target));
        const plainNames = !holdsDot(target) && !holdsDot(source);
        for (const entry of compareBundles(source, target, 'de', options, undefined, undefined, plainNames).absent) {
          const none = PLURAL_CATEGORIES.every((category) => resources.getResource('de', 'ui', `${entry.key}_${category}`) === undefined);
          if (entry.formsMissedInTarget) {
            marked += 1;
            expect({ key: entry.key, none }).toEqual({ key: entry.key, none: true });
          } else if (plainNames && entry.missedInTarget) expect({ key: entry.key, none }).toEqual({ key: entry.key, none: false });
        }
      }),
      { numRuns: 1000 },
    );
    expect(marked).toBeGreaterThan(100);
  });
});
