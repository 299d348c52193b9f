import { rmSync } from 'node:fs';
import fc from 'fast-check';
import i18next from 'i18next';
import { afterAll, describe, expect, it } from 'vitest';
import { pluralFamily } from '../../src/bundles/plural-rules.js';
import { checkProject } from '../../src/check/load-check.js';
import { runCheck } from '../../src/check/run-check.js';
import { parseConfig } from '../../src/config/parse-config.js';
import { tempProject } from '../support/temp-project.js';

// Plural categories that only unusual counts select (a million, a fraction): plural-forms still
// reports them, graded by kind, and its message must name counts that do select the category and
// the text readers then see. Intl.PluralRules and i18next 26 are the oracles, never a table.

const LOCALES = ['es', 'fr', 'it', 'pt', 'cs', 'sk', 'lt', 'pl', 'ru', 'uk', 'br', 'gv'];
const SOURCE = { n_one: '{{count}} reader', n_other: '{{count}} readers' };

const roots: string[] = [];
afterAll(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});

/** The categories of a locale that some count from 0 to 999 selects, by Intl itself. */
function commonCategories(locale: string): Set<string> {
  const rules = new Intl.PluralRules(locale);
  return new Set(Array.from({ length: 1000 }, (_, count) => rules.select(count)));
}

/** Each locale writes the forms of its common categories only. */
function bundles(): Record<string, Record<string, string>> {
  const out: Record<string, Record<string, string>> = { en: SOURCE };
  for (const locale of LOCALES)
    out[locale] = Object.fromEntries([...commonCategories(locale)].map((c) => [`n_${c}`, `{{count}} ${locale}-${c}`]));
  return out;
}

describe('plural categories only unusual counts select', () => {
  const data = bundles();
  const root = tempProject(
    Object.fromEntries(Object.entries(data).map(([locale, bundle]) => [`locales/${locale}/ui.json`, JSON.stringify(bundle, null, 2)])),
  );
  roots.push(root);
  const found = checkProject(root, parseConfig({})).diagnostics.filter((d) => d.ruleId === 'plural-forms');
  const i18n = i18next.createInstance();
  void i18n.init({
    initAsync: false,
    fallbackLng: 'en',
    resources: Object.fromEntries(Object.entries(data).map(([l, b]) => [l, { ui: b }])),
    ns: ['ui'],
    defaultNS: 'ui',
    interpolation: { escapeValue: false },
  });

  it('are still reported, one per missing category, an error when large counts select it, a warning when fractional ones do', () => {
    const expected = LOCALES.flatMap((locale) => {
      const rules = new Intl.PluralRules(locale);
      return rules
        .resolvedOptions()
        .pluralCategories.filter((c) => !commonCategories(locale).has(c))
        .map((c) => {
          const integer = [1000, 10_000, 100_000, 1_000_000, 2_000_000].some((count) => rules.select(count) === c);
          return `${locale} n_${c} ${integer ? 'error' : 'warning'}`;
        });
    });
    // The locales above include both kinds, so each grade is exercised.
    expect(expected.some((e) => e.endsWith('error')) && expected.some((e) => e.endsWith('warning'))).toBe(true);
    expect(found.map((d) => `${d.locale} ${d.key} ${d.severity}`).sort()).toEqual(expected.sort());
  });

  it('name counts that select the category, and the text i18next shows at each of them', () => {
    expect(found.length).toBeGreaterThan(0);
    for (const d of found) {
      const match = /only (large|fractional) counts \(([^)]*)\) select "(\w+)", where readers see (\w+) "([^"]+)": (".*")$/.exec(d.message);
      expect(match, d.message).not.toBeNull();
      const [, kind, list, category, locale, key, text] = match as unknown as string[];
      const counts = (list as string).split(', ').map(Number);
      expect(counts.length).toBeGreaterThan(0);
      for (const count of counts) {
        expect([d.locale, count, new Intl.PluralRules(d.locale).select(count)]).toEqual([d.locale, count, category]);
        expect(kind === 'fractional' ? !Number.isInteger(count) : count >= 1000).toBe(true);
        const template = JSON.parse(text as string) as string;
        expect([d.locale, count, i18n.t('n', { lng: d.locale, count })]).toEqual([
          d.locale,
          count,
          template.replace('{{count}}', String(count)),
        ]);
        expect((data[locale as string] as Record<string, string>)[key as string]).toBe(template);
      }
    }
  });

  it('says what readers see for a common category too: the key, when no locale has a form', () => {
    const english = { step_one: 'Step', step_other: 'Steps' };
    const polish = { step_one: 'Krok' };
    const project = tempProject({
      'locales/en/ui.json': JSON.stringify(english),
      'locales/pl/ui.json': JSON.stringify(polish),
    });
    roots.push(project);
    // Polish falls back to nothing, as an app with fallbackLng false for it.
    const few = checkProject(project, parseConfig({ fallbacks: { pl: [] } })).diagnostics.find((d) => d.key === 'step_few');
    expect(few?.message).toBe(
      'missing plural form "step_few": pl needs one, few, many, other; counts 2, 3, 4 select "few", where readers see the key "step"',
    );
    const plain = i18next.createInstance();
    void plain.init({
      initAsync: false,
      fallbackLng: { pl: [], default: ['en'] },
      resources: { en: { ui: english }, pl: { ui: polish } },
      ns: ['ui'],
      defaultNS: 'ui',
    });
    expect([2, 3, 4].map((count) => plain.t('step', { lng: 'pl', count }))).toEqual(['step', 'step', 'step']);
  });
});

/** How plural-forms grades a missing category by default, from which counts Intl says select it. */
function expectedGrade(locale: string, category: string): string {
  const rules = new Intl.PluralRules(locale);
  if (Array.from({ length: 1000 }, (_, count) => rules.select(count)).includes(category as Intl.LDMLPluralRule)) return 'error';
  return [1000, 10_000, 100_000, 1_000_000, 2_000_000, 1e7].some((count) => rules.select(count) === category) ? 'error' : 'warning';
}

describe('plural-forms agrees with i18next on generated bundles, graded by the counts that reach each category', () => {
  const locales = ['es', 'fr', 'cs', 'pl', 'lt', 'br'];
  const all = ['en', ...locales];
  const forms = fc.record(
    Object.fromEntries(
      locales.map((l) => [l, fc.subarray(new Intl.PluralRules(l).resolvedOptions().pluralCategories as string[])]),
    ) as Record<string, fc.Arbitrary<string[]>>,
  );

  it('reports a form exactly when i18next shows another language at a count that selects it, at its grade', () => {
    fc.assert(
      fc.property(fc.array(forms, { minLength: 1, maxLength: 4 }), (specs) => {
        const data: Record<string, Record<string, string>> = Object.fromEntries(all.map((l) => [l, {}]));
        specs.forEach((spec, i) => {
          for (const c of ['one', 'other']) (data.en as Record<string, string>)[`k${i}_${c}`] = `V:en:${c}`;
          for (const locale of locales)
            for (const c of spec[locale] ?? []) (data[locale] as Record<string, string>)[`k${i}_${c}`] = `V:${locale}:${c}`;
        });
        const result = runCheck({
          config: parseConfig({ locales: all }),
          locales: all,
          namespaces: ['ui'],
          read: () =>
            all.map((locale) => ({
              file: `locales/${locale}/ui.json`,
              locale,
              namespace: 'ui',
              bytes: Buffer.from(JSON.stringify(data[locale])),
            })),
        });
        const i18n = i18next.createInstance();
        void i18n.init({
          initAsync: false,
          fallbackLng: 'en',
          resources: Object.fromEntries(all.map((l) => [l, { ui: data[l] ?? {} }])),
          ns: ['ui'],
          defaultNS: 'ui',
        });
        specs.forEach((spec, i) => {
          for (const locale of locales) {
            // A locale with no form of the key lacks the whole key: one missing-key error says so.
            const none = (spec[locale] ?? []).length === 0;
            for (const category of pluralFamily(locale).categories) {
              const count = pluralFamily(locale).samples.get(category) as number;
              const own = String(i18n.t(`k${i}`, { lng: locale, count })).startsWith(`V:${locale}:`);
              const found = result.diagnostics
                .filter(
                  (d) =>
                    d.locale === locale &&
                    ((d.ruleId === 'plural-forms' && d.key === `k${i}_${category}`) || (d.ruleId === 'missing-key' && d.key === `k${i}`)),
                )
                .map((d) => `${d.ruleId} ${d.severity}`);
              const expected = own ? [] : none ? ['missing-key error'] : [`plural-forms ${expectedGrade(locale, category)}`];
              expect({ locale, category, count, found }).toEqual({ locale, category, count, found: expected });
            }
          }
        });
      }),
      { numRuns: 150 },
    );
  });
});
