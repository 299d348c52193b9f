import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { flattenBundle } from '../../src/bundles/flatten-bundle.js';
import { listLeaves } from '../../src/bundles/list-leaves.js';
import { lookupPath } from '../../src/project/lookup-path.js';
import { parsePluralKey } from '../../src/bundles/plural-key.js';
import { pluralFamily } from '../../src/bundles/plural-rules.js';
import { exportLocale } from '../../src/exchange/export-project.js';
import { importText } from '../../src/exchange/import-file.js';
import { memoryProject } from '../sync/memory-project.js';

// Any text a translator may write, XML and PO specials included, and what a bundle can hold that
// XML cannot (C0 controls, U+FFFE, lone surrogates: XLIFF carries them as <cp>), carriage returns,
// final line breaks and texts of spaces only.
const printable = fc.string({ minLength: 1, maxLength: 1 }).filter((c) => c >= ' ' && c !== '\u007f');
const special = fc.constantFrom(
  '<',
  '>',
  '&',
  '"',
  "'",
  '\\',
  '{{x}}',
  '\n',
  ' ',
  '\t',
  'ñ',
  '¿',
  '😀',
  '%s',
  '#',
  'msgid',
  '\r',
  '\r\n',
  '\u0000',
  '\u0001',
  '\u000b',
  '\ufffe',
  ']]>',
  '<cp hex="0001"/>',
);
const lone = fc.constantFrom('\ud800', '\udfff');
const textOf = (char: fc.Arbitrary<string>): fc.Arbitrary<string> =>
  fc.array(char, { minLength: 1, maxLength: 8 }).map((parts) => parts.join(''));
const textsOf = { xliff: textOf(fc.oneof(special, printable, lone)), po: textOf(fc.oneof(special, printable)) };
const text = textsOf.xliff;
const leaf = fc.constantFrom('a', 'b', 'n_zero', 'n_one', 'n_other', 'p_ordinal_one', 'p_ordinal_other');
// With a list of strings and one of objects: their items are units of their own (`l.1`, `s.0.t`).
const bundleOf = (value: fc.Arbitrary<string>): fc.Arbitrary<Record<string, unknown>> =>
  fc
    .record({
      top: fc.dictionary(leaf, value, { maxKeys: 5 }),
      nested: fc.dictionary(leaf, value, { maxKeys: 3 }),
      l: fc.array(value, { maxLength: 3 }),
      s: fc.array(fc.record({ t: value }), { maxLength: 2 }),
    })
    .map(({ top, nested, l, s }) => ({ ...top, g: nested, l, s }));
const bundle = bundleOf(text);

/** Flat keys as check reads them: a list's items by index. */
const flat = (json: string): Map<string, unknown> => {
  const values = new Map<string, unknown>();
  for (const [key, value] of flattenBundle(JSON.parse(json) as Record<string, unknown>, '.').values) {
    for (const item of listLeaves(value, key, '.'))
      values.set(item, item === key ? value : lookupPath(value, item.slice(key.length + 1), '.'));
  }
  return values;
};

describe.each(['xliff', 'po'] as const)('%s round trip', (format) => {
  const anyText = textsOf[format];
  const bundle = bundleOf(anyText);
  it('export then import into the same project changes nothing, whatever the texts end in', async () => {
    await fc.assert(
      fc.asyncProperty(bundleOf(anyText), bundleOf(anyText), async (source, target) => {
        const project = memoryProject({ en: JSON.stringify(source, null, 2), es: JSON.stringify(target, null, 2) });
        const plan = await importText(project, await exportLocale(project, 'es', format));
        expect(plan.changes).toEqual([]);
        expect(plan.report.changed).toEqual([]);
        expect(plan.report.skipped).toEqual([]);
      }),
      { numRuns: 120 },
    );
  });

  it('export then import into an empty bundle restores every translated string exactly', async () => {
    await fc.assert(
      fc.asyncProperty(bundle, bundle, async (source, target) => {
        const full = memoryProject({ en: JSON.stringify(source, null, 2), es: JSON.stringify(target, null, 2) });
        const exported = await exportLocale(full, 'es', format);
        // XML 1.0's Char production: a file other parsers accept holds nothing else.
        if (format === 'xliff') expect(exported).toMatch(/^[\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]*$/u);
        const empty = memoryProject({ en: JSON.stringify(source, null, 2), es: '{}\n' });
        const plan = await importText(empty, exported);
        const restored = flat(plan.changes[0]?.after ?? '{}');
        const sourceKeys = flat(JSON.stringify(source));
        // A source plural of two forms or more: a lone form is a key of its own to translations.
        const forms = new Map<string, number>();
        for (const plural of [...sourceKeys.keys()].map((k) => parsePluralKey(k)))
          if (plural) forms.set(`${plural.base}/${plural.ordinal}`, (forms.get(`${plural.base}/${plural.ordinal}`) ?? 0) + 1);
        const needed = (key: string): boolean => {
          const plural = parsePluralKey(key);
          if (!plural || (forms.get(`${plural.base}/${plural.ordinal}`) ?? 0) < 2) return typeof sourceKeys.get(key) === 'string';
          // `_zero`, read at 0 in every language, is a unit of its own too.
          return pluralFamily('es', plural.ordinal).categories.includes(plural.category) || (plural.category === 'zero' && !plural.ordinal);
        };
        const expected = [...flat(JSON.stringify(target))].filter(
          ([key, value]) => typeof value === 'string' && value !== '' && needed(key),
        );
        expect(plan.report.skipped).toEqual([]);
        for (const [key, value] of expected) expect(restored.get(key)).toBe(value);
        for (const key of restored.keys()) expect(expected.some(([k]) => k === key)).toBe(true);
      }),
      { numRuns: 120 },
    );
  });
});

describe('an XLIFF file cut short', () => {
  it('is refused with the line and column of the cut, never imported in part (property)', async () => {
    await fc.assert(
      fc.asyncProperty(bundle, bundle, fc.double({ min: 0, max: 1, noNaN: true }), async (source, target, where) => {
        const project = memoryProject({ en: JSON.stringify(source, null, 2), es: JSON.stringify(target, null, 2) });
        const exported = await exportLocale(project, 'es', 'xliff');
        const end = exported.lastIndexOf('</xliff>');
        const cut = exported.slice(0, 1 + Math.floor(where * (end - 1)));
        await expect(importText(project, cut, 'es')).rejects.toThrow(/^line \d+, column \d+: /);
      }),
      { numRuns: 120 },
    );
  });
});

it('refuses an empty exchange file instead of importing nothing', async () => {
  const project = memoryProject({ en: '{ "a": "A" }', es: '{}' });
  for (const empty of ['', '  \n']) await expect(importText(project, empty, 'es')).rejects.toThrow('the file is empty');
});

// XML 1.0 (fifth edition), productions [4], [4a] and [7].
const NMTOKEN =
  // eslint-disable-next-line no-misleading-character-class -- code point ranges from the XML grammar, not text
  /^[:A-Z_a-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02FF\u0370-\u037D\u037F-\u1FFF\u200C-\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD\u{10000}-\u{EFFFF}\-.0-9\u00B7\u0300-\u036F\u203F-\u2040]+$/u;

describe.each(['xliff', 'po'] as const)('%s round trip of natural-language keys', (format) => {
  // Keys as flat natural-language projects write them (keySeparator: false): spaces, quotes, line
  // breaks, markup, separators, anything a file can name. Plural suffixes are left to the bundles above.
  const keyChar = fc.oneof(
    fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }),
    fc.constantFrom(' ', '"', "'", '\n', '\r', '\t', '<', '>', '&', ':', '.', '-', '_', '😀', 'é', '1', '\u00a0', '\u200b'),
  );
  const key = fc
    .array(keyChar, { maxLength: 10 })
    .map((parts) => parts.join(''))
    .filter((k) => !/_(zero|one|two|few|many|other)$/.test(k));
  const entries = fc.uniqueArray(fc.tuple(key, textsOf[format], fc.option(textsOf[format], { nil: undefined })), {
    selector: ([k]) => k,
    maxLength: 6,
  });

  it('restores every translation under its exact key, and every unit id is an NMTOKEN', async () => {
    await fc.assert(
      fc.asyncProperty(entries, async (list) => {
        const source = Object.fromEntries(list.map(([k, s]) => [k, s]));
        const target = Object.fromEntries(list.filter(([, , t]) => t !== undefined).map(([k, , t]) => [k, t]));
        const config = { keySeparator: false };
        const exported = await exportLocale(
          memoryProject({ en: JSON.stringify(source), es: JSON.stringify(target) }, config),
          'es',
          format,
        );
        if (format === 'xliff') for (const [, id] of exported.matchAll(/<(?:unit|group|file) id="([^"]*)"/g)) expect(id).toMatch(NMTOKEN);
        const plan = await importText(memoryProject({ en: JSON.stringify(source), es: '{}' }, config), exported);
        expect(plan.report.skipped).toEqual([]);
        expect(JSON.parse(plan.changes[0]?.after ?? '{}')).toEqual(target);
      }),
      { numRuns: 150 },
    );
  });
});

it('refuses a key XML cannot name, and a lone surrogate a PO file cannot carry, instead of writing a broken file', async () => {
  const project = memoryProject({ en: JSON.stringify({ 'a\u0001b': 'A', c: 'C' }), es: JSON.stringify({ c: 'x \ud800' }) });
  await expect(exportLocale(project, 'es', 'xliff')).rejects.toThrow(
    'the key "a\\u0001b" holds U+0001, which XML cannot carry: rename it, or export --format po',
  );
  await expect(exportLocale(project, 'es', 'po')).rejects.toThrow(
    'ui:"c" holds a lone surrogate U+D800, which a UTF-8 PO file cannot carry',
  );
});

describe.each(['xliff', 'po'] as const)('%s: a source plural form that is empty', (format) => {
  // As feishin's en `player.repeat_other: ""` beside `player.repeat` and `player.repeat_one`.
  const en = { repeat: 'repeat', repeat_one: 'repeat one', repeat_other: '' };
  const es = { repeat: 'repetir', repeat_one: 'repetir una', repeat_many: 'repetir muchas', repeat_other: 'repetir' };

  it('stays a plural apart from the bare key of its name: a round trip changes nothing', async () => {
    const project = memoryProject({ en: JSON.stringify(en, null, 2), es: JSON.stringify(es, null, 2) });
    const plan = await importText(project, await exportLocale(project, 'es', format));
    expect(plan.changes).toEqual([]);
    const empty = memoryProject({ en: JSON.stringify(en, null, 2), es: '{}\n' });
    const restored = await importText(empty, await exportLocale(project, 'es', format));
    expect(JSON.parse(restored.changes[0]?.after ?? '{}')).toEqual(es);
  });
});
