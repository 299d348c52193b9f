import fc from 'fast-check';
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { fallbackChain } from '../../src/project/fallback-chain.js';
import { languageOf, i18nextCode } from '../../src/locale/locale-tag.js';
import { pluralFormKey } from '../../src/bundles/plural-key.js';
import { PLURAL_CATEGORIES, pluralFamily, type PluralCategory } from '../../src/bundles/plural-rules.js';
import { runCheck } from '../../src/check/run-check.js';
import { parseConfig } from '../../src/config/parse-config.js';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import type { Config } from '../../src/config/schema.js';

// The differential test of the checker against i18next 26 itself: on generated bundles, for every
// source key, every locale and one count of every CLDR category of that locale, the checker must
// report an error exactly when i18next cannot resolve the key within the locale's own language.

const LOCALES = ['en', 'es', 'es-AR', 'fr', 'pl', 'ar'];
const config = parseConfig({ sourceLocale: 'en', locales: LOCALES });

type Kind = 'plain' | 'cardinal' | 'ordinal';
interface KeySpec {
  kind: Kind;
  /** Per locale: for plain keys, whether the key is there; for plurals, which forms and whether the bare key is. */
  presence: Record<string, { bare: boolean; forms: PluralCategory[] }>;
}

const presence = fc.record({ bare: fc.boolean(), forms: fc.subarray([...PLURAL_CATEGORIES]) });
const keySpec: fc.Arbitrary<KeySpec> = fc.record({
  kind: fc.constantFrom<Kind>('plain', 'cardinal', 'ordinal'),
  presence: fc.record(Object.fromEntries(LOCALES.map((l) => [l, presence])) as Record<string, typeof presence>),
});

/**
 * The forms a source group writes: a plural of English, of two forms or more. Forms with no
 * `other` and a category English never selects are names, not a plural (the last property of
 * this file holds those); a lone form, a key of its own to translations, has tests of its own.
 */
function sourceForms(forms: PluralCategory[], ordinal: boolean): PluralCategory[] {
  const english = pluralFamily('en', ordinal).categories;
  const words = !forms.includes('other') && forms.some((c) => !english.includes(c) && (ordinal || c !== 'zero'));
  const plural: PluralCategory[] = forms.length === 0 || words ? [...forms, 'other'] : forms;
  // A lone form is a key of its own to translations (isLoneForm): the source writes two forms or more.
  return plural.length > 1 ? plural : [...plural, plural[0] === 'other' ? 'one' : 'other'];
}

function bundlesOf(specs: KeySpec[]): Record<string, Record<string, string>> {
  const out: Record<string, Record<string, string>> = Object.fromEntries(LOCALES.map((l) => [l, {}]));
  specs.forEach((spec, i) => {
    const base = `k${i}`;
    for (const locale of LOCALES) {
      const { bare, forms } = spec.presence[locale] as { bare: boolean; forms: PluralCategory[] };
      const bundle = out[locale] as Record<string, string>;
      // The source always holds the key, so that it is a key the checker compares.
      if (spec.kind === 'plain') {
        if (bare || locale === 'en') bundle[base] = `V:${locale}:${base}`;
        continue;
      }
      // A bare key in the source would be a second, plain source key of the same name.
      if (bare && locale !== 'en') bundle[base] = `V:${locale}:${base}`;
      const written = locale === 'en' ? sourceForms(forms, spec.kind === 'ordinal') : forms;
      for (const c of written) {
        const key = pluralFormKey(base, c, spec.kind === 'ordinal');
        bundle[key] = `V:${locale}:${key}`;
      }
    }
  });
  return out;
}

function checkerFlags(diagnostics: Diagnostic[], locale: string, base: string, formKey: string | undefined): boolean {
  return diagnostics.some(
    // A plural form only large or fractional counts select is reported at a lower grade, still reported.
    (d) =>
      d.locale === locale &&
      ((d.severity === 'error' && d.ruleId === 'missing-key' && (d.key === base || d.key === formKey)) ||
        (d.ruleId === 'plural-forms' && formKey !== undefined && d.key === formKey)),
  );
}

/** The checker's findings on one namespace's bundles, and i18next over the same bundles with the checker's fallback chains. */
function checkedAndRendered(
  bundles: Record<string, Record<string, unknown>>,
  locales: string[],
  checkConfig: Config,
): { diagnostics: Diagnostic[]; i18n: typeof i18next } {
  const { diagnostics } = runCheck({
    config: checkConfig,
    locales,
    namespaces: ['ui'],
    read: () =>
      locales.map((locale) => ({
        file: `locales/${locale}/ui.json`,
        locale,
        namespace: 'ui',
        bytes: Buffer.from(JSON.stringify(bundles[locale])),
      })),
  });
  const i18n = i18next.createInstance();
  void i18n.init({
    initAsync: false,
    resources: Object.fromEntries(locales.map((l) => [l, { ui: bundles[l] ?? {} }])),
    ns: ['ui'],
    defaultNS: 'ui',
    fallbackLng: { ...Object.fromEntries(locales.map((l) => [l, fallbackChain(l, checkConfig).slice(1)])), default: [] },
    interpolation: { escapeValue: false },
  });
  return { diagnostics, i18n };
}

describe('checker verdicts agree with i18next 26', () => {
  it('on generated bundles, for every key, locale and plural category', () => {
    fc.assert(
      fc.property(fc.array(keySpec, { minLength: 1, maxLength: 5 }), (specs) => {
        const bundles = bundlesOf(specs);
        const { diagnostics, i18n } = checkedAndRendered(bundles, LOCALES, config);
        specs.forEach((spec, i) => {
          const base = `k${i}`;
          for (const locale of LOCALES) {
            const ordinal = spec.kind === 'ordinal';
            const counts =
              spec.kind === 'plain'
                ? [undefined]
                : pluralFamily(locale, ordinal).categories.map((c) => pluralFamily(locale, ordinal).samples.get(c));
            for (const count of counts) {
              const options = count === undefined ? { lng: locale } : { lng: locale, count, ordinal };
              const res = String(i18n.t(base, options));
              const by = res.startsWith('V:') ? res.split(':')[1] : undefined;
              const resolved = by !== undefined && languageOf(by) === languageOf(locale);
              const formKey = count === undefined ? undefined : pluralFormKey(base, pluralFamily(locale, ordinal).select(count), ordinal);
              const flagged = checkerFlags(diagnostics, locale, base, formKey);
              expect({ key: base, locale, count, flagged }).toEqual({ key: base, locale, count, flagged: !resolved });
            }
          }
        });
      }),
      { numRuns: 300 },
    );
  });
});

// Locale codes as a team may name its folders: any case, `-` or `_`, with or without script and region.
const letters = (n: number): fc.Arbitrary<string> =>
  fc.string({ unit: fc.constantFrom(...'aAbBeEgGhHnNrRsStTuUzZ'), minLength: n, maxLength: n });
const localeCode = fc
  .tuple(
    fc.oneof(letters(2), letters(3)),
    fc.option(letters(4), { nil: undefined }),
    fc.option(fc.oneof(letters(2), fc.constantFrom('419', '001')), { nil: undefined }),
    fc.constantFrom('-', '_'),
  )
  .map(([language, script, region, sep]) => [language, script, region].filter((part) => part !== undefined).join(sep))
  .filter((code) => code !== 'en');

describe('locale codes agree with i18next 26', () => {
  it('reports locale-code exactly when i18next never shows the folder it names', () => {
    fc.assert(
      fc.property(localeCode, (code) => {
        const english = { k: 'english' };
        const mine = { k: 'mine' };
        const bundles = { en: english, [code]: mine };
        const result = runCheck({
          config: parseConfig({ sourceLocale: 'en' }),
          locales: ['en', code],
          namespaces: ['ui'],
          read: () =>
            Object.entries(bundles).map(([locale, data]) => ({
              file: `locales/${locale}/ui.json`,
              locale,
              namespace: 'ui',
              bytes: Buffer.from(JSON.stringify(data)),
            })),
        });
        const i18n = i18next.createInstance();
        void i18n.init({
          initAsync: false,
          lng: code,
          fallbackLng: 'en',
          resources: { en: { ui: english }, [code]: { ui: mine } },
          ns: ['ui'],
          defaultNS: 'ui',
        });
        const flagged = result.diagnostics.some((d) => d.ruleId === 'locale-code' && d.locale === code && d.severity === 'error');
        expect({ code, flagged }).toEqual({ code, flagged: i18n.t('k') !== 'mine' });
      }),
      { numRuns: 200 },
    );
  });

  it('resolves a locale through the same codes as i18next, in the same order', () => {
    const i18n = i18next.createInstance();
    void i18n.init({ initAsync: false, fallbackLng: 'en', resources: {} });
    fc.assert(
      fc.property(
        fc.oneof(localeCode, fc.constantFrom('zh-Hant-TW', 'sr-Latn-RS', 'ca-ES-valencia', 'en-x-private', 'es-AR', 'pt_BR', 'EN')),
        (code) => {
          const chain = fallbackChain(code, parseConfig({ sourceLocale: 'en' }));
          expect([i18nextCode(chain[0] as string), ...chain.slice(1)]).toEqual(i18n.services.languageUtils.toResolveHierarchy(code));
        },
      ),
      { numRuns: 200 },
    );
  });

  // Codes written with `_` (pt_BR, as i18next also reads them) take configured fallbacks too.
  it('puts configured fallbacks after the parents i18next always tries (pt-BR: ["en"] still reads pt)', () => {
    fc.assert(
      fc.property(
        fc.oneof(localeCode, fc.constantFrom('zh-Hant-TW', 'pt-BR', 'es-AR', 'pt_BR', 'zh_Hant_TW')),
        fc.uniqueArray(fc.constantFrom('en', 'fr', 'de', 'es'), { minLength: 1, maxLength: 3 }),
        (code, fallbacks) => {
          const i18n = i18next.createInstance();
          void i18n.init({ initAsync: false, fallbackLng: { [code]: fallbacks }, resources: {} });
          const chain = fallbackChain(code, parseConfig({ sourceLocale: 'en', fallbacks: { [code]: fallbacks } }));
          expect([i18nextCode(chain[0] as string), ...chain.slice(1)]).toEqual(i18n.services.languageUtils.toResolveHierarchy(code));
        },
      ),
      { numRuns: 200 },
    );
  });

  // A fallbackLng object names fr for every French locale (open-webui: { fr: ['fr-FR'], default: ['en-US'] }).
  it('reads configured fallbacks as i18next reads a fallbackLng object: own code, script, language, default', () => {
    fc.assert(
      fc.property(
        fc.oneof(localeCode, fc.constantFrom('zh-Hant-TW', 'fr-CA', 'es-AR', 'pt_BR', 'FR-ca', 'zh_hant_tw')),
        fc.array(fc.tuple(fc.nat(5), fc.uniqueArray(fc.constantFrom('en', 'fr-FR', 'de', 'es-419'), { maxLength: 2 })), { maxLength: 4 }),
        (code, entries) => {
          const parts = code.replace(/_/g, '-').split('-');
          const names = [code, parts.slice(0, 2).join('-'), i18nextCode(code), parts[0] as string, 'default', 'it'];
          const fallbacks = Object.fromEntries(entries.map(([at, list]) => [names[at] as string, list]));
          const i18n = i18next.createInstance();
          void i18n.init({ initAsync: false, fallbackLng: { default: ['en'], ...fallbacks }, resources: {} });
          const chain = fallbackChain(code, parseConfig({ sourceLocale: 'en', fallbacks }));
          expect([i18nextCode(chain[0] as string), ...chain.slice(1)]).toEqual(i18n.services.languageUtils.toResolveHierarchy(code));
        },
      ),
      { numRuns: 300 },
    );
  });
});

// The shapes real projects have that the property above leaves out: a source string a locale
// writes as plural forms (with or without its bare key), plural forms a same-language fallback
// supplies, a flat "k.b" beside a string "k" where the source has an object, and the plural
// categories only a fraction (cs, lt many at 0.5) or a million (es many) selects.

const SHAPE_LOCALES = ['en', 'es', 'es-AR', 'cs', 'lt'];
const shapeConfig = parseConfig({ sourceLocale: 'en', locales: SHAPE_LOCALES });

type ShapeKind = 'string-plural' | 'group' | 'nested';
interface ShapeSpec {
  kind: ShapeKind;
  /** Per locale: the bare key (a string, for nested), which plural forms, which nested keys and which flat keys. */
  presence: Record<string, { bare: boolean; forms: PluralCategory[]; nested: ('b' | 'c')[] | undefined; flat: ('b' | 'c')[] }>;
}

const shapePresence = fc.record({
  bare: fc.boolean(),
  forms: fc.subarray([...PLURAL_CATEGORIES]),
  nested: fc.option(fc.subarray(['b', 'c'] as ('b' | 'c')[]), { nil: undefined }),
  flat: fc.subarray(['b', 'c'] as ('b' | 'c')[]),
});
const shapeSpec: fc.Arbitrary<ShapeSpec> = fc.record({
  kind: fc.constantFrom<ShapeKind>('string-plural', 'group', 'nested'),
  presence: fc.record(Object.fromEntries(SHAPE_LOCALES.map((l) => [l, shapePresence])) as Record<string, typeof shapePresence>),
});

function shapeBundles(specs: ShapeSpec[]): Record<string, Record<string, unknown>> {
  const out: Record<string, Record<string, unknown>> = Object.fromEntries(SHAPE_LOCALES.map((l) => [l, {}]));
  specs.forEach((spec, i) => {
    const base = `k${i}`;
    for (const locale of SHAPE_LOCALES) {
      const { bare, forms, nested, flat } = spec.presence[locale] as ShapeSpec['presence'][string];
      const bundle = out[locale] as Record<string, unknown>;
      const source = locale === 'en';
      if (spec.kind === 'nested') {
        if (source) bundle[base] = { b: 'V:en:b', c: 'V:en:c' };
        else if (nested) bundle[base] = Object.fromEntries(nested.map((n) => [n, `V:${locale}:${n}`]));
        else if (bare) bundle[base] = `V:${locale}:${base}`;
        if (!source) for (const n of flat) bundle[`${base}.${n}`] = `V:${locale}:flat-${n}`;
        continue;
      }
      // The source writes the string alone (string-plural) or only plural forms (group).
      if (spec.kind === 'string-plural' ? bare || source : bare && !source) bundle[base] = `V:${locale}:${base}`;
      if (source && spec.kind === 'string-plural') continue;
      const written = source ? sourceForms(forms, false) : forms;
      for (const c of written) bundle[pluralFormKey(base, c, false)] = `V:${locale}:${pluralFormKey(base, c, false)}`;
    }
  });
  return out;
}

/** The calls an app makes for a spec: t(key) or t(key, { count }) with one count of each category of the locale. */
function callsOf(spec: ShapeSpec, base: string, locale: string): { key: string; count: number | undefined }[] {
  if (spec.kind === 'nested')
    return [
      { key: `${base}.b`, count: undefined },
      { key: `${base}.c`, count: undefined },
    ];
  const family = pluralFamily(locale);
  const counts = family.categories.map((c) => family.samples.get(c));
  return [...counts.map((count) => ({ key: base, count })), ...(spec.kind === 'string-plural' ? [{ key: base, count: undefined }] : [])];
}

describe('checker verdicts agree with i18next 26 on the shapes of real projects', () => {
  it('forms of a source string, forms from a same-language fallback, flat keys beside a string, rare categories', () => {
    fc.assert(
      fc.property(fc.array(shapeSpec, { minLength: 1, maxLength: 4 }), (specs) => {
        const bundles = shapeBundles(specs);
        const { diagnostics, i18n } = checkedAndRendered(bundles, SHAPE_LOCALES, shapeConfig);
        // No form a locale writes of a source key is extra: i18next reads each at some count.
        expect(diagnostics.filter((d) => d.ruleId === 'extra-key').map((d) => d.key)).toEqual([]);
        specs.forEach((spec, i) => {
          const base = `k${i}`;
          for (const locale of SHAPE_LOCALES.slice(1)) {
            for (const { key, count } of callsOf(spec, base, locale)) {
              const res = String(i18n.t(key, count === undefined ? { lng: locale } : { lng: locale, count }));
              const by = res.startsWith('V:') ? res.split(':')[1] : undefined;
              const resolved = by !== undefined && languageOf(by) === languageOf(locale);
              // With a count, findings on the bare key speak for it only when the locale writes no form of it it selects.
              const { forms } = spec.presence[locale] as ShapeSpec['presence'][string];
              const inPlace = spec.kind === 'string-plural' && forms.some((c) => pluralFamily(locale).categories.includes(c));
              const formKey = count === undefined ? undefined : pluralFormKey(key, pluralFamily(locale).select(count), false);
              const keys = formKey === undefined ? [key] : inPlace ? [formKey] : [key, formKey];
              const mine = diagnostics.filter((d) => d.locale === locale && keys.includes(d.key ?? ''));
              // Without a count, a string the language writes only as plural forms is a note (info) on its bare key.
              const missing = mine.some(
                (d) =>
                  (d.ruleId === 'missing-key' && (d.severity !== 'info' || count === undefined)) ||
                  (d.ruleId === 'plural-forms' && d.message.startsWith('missing')),
              );
              const fallback = mine.some((d) => d.ruleId === 'fallback-resolved');
              expect({ key, locale, count, missing, fallback }).toEqual({
                key,
                locale,
                count,
                missing: !resolved,
                fallback: resolved && by !== locale,
              });
            }
          }
        });
      }),
      { numRuns: 300 },
    );
  });
});

// Names that only end like plural forms: the source writes no `other` and a category English
// never selects (`upload_too_many`, `crowfoot_one` beside `crowfoot_many`). Apps call them by
// their whole names, and the checker must judge them as such keys, in every locale.

const WORD_CATEGORIES: PluralCategory[] = ['one', 'two', 'few', 'many'];
const wordSpec = fc.record({
  /** The categories the source's names end in: at least one English never selects. */
  endings: fc.subarray(WORD_CATEGORIES, { minLength: 1 }).filter((c) => c.some((category) => category !== 'one')),
  presence: fc.record(
    Object.fromEntries(SHAPE_LOCALES.map((l) => [l, fc.subarray(WORD_CATEGORIES)])) as Record<string, fc.Arbitrary<PluralCategory[]>>,
  ),
});

describe('checker verdicts agree with i18next 26 on names that end in a plural category', () => {
  it('judges each as a key of its own, called by its whole name', () => {
    fc.assert(
      fc.property(fc.array(wordSpec, { minLength: 1, maxLength: 3 }), (specs) => {
        const bundles: Record<string, Record<string, string>> = Object.fromEntries(SHAPE_LOCALES.map((l) => [l, {}]));
        specs.forEach(({ endings, presence }, i) => {
          for (const locale of SHAPE_LOCALES)
            for (const category of locale === 'en' ? endings : (presence[locale] ?? []).filter((c) => endings.includes(c)))
              (bundles[locale] as Record<string, string>)[`k${i}_${category}`] = `V:${locale}:${category}`;
        });
        const { diagnostics, i18n } = checkedAndRendered(bundles, SHAPE_LOCALES, shapeConfig);
        expect(diagnostics.filter((d) => d.ruleId === 'plural-forms' || d.ruleId === 'extra-key')).toEqual([]);
        specs.forEach(({ endings }, i) => {
          for (const locale of SHAPE_LOCALES)
            for (const category of endings) {
              const key = `k${i}_${category}`;
              const by = String(i18n.t(key, { lng: locale })).split(':')[1];
              const resolved = by !== undefined && languageOf(by) === languageOf(locale);
              const missing = diagnostics.some(
                (d) => d.locale === locale && d.key === key && d.ruleId === 'missing-key' && d.severity === 'error',
              );
              expect({ key, locale, missing }).toEqual({ key, locale, missing: !resolved });
            }
        });
      }),
      { numRuns: 200 },
    );
  });
});
