import { pluralFormKey } from '../../bundles/plural-key.js';
import { pluralFamily, type PluralFamily, type PluralCategory } from '../../bundles/plural-rules.js';
import { z } from '../../config/zod.js';
import { comparableTargets } from '../../project/absent-keys.js';
import type { Bundle } from '../../project/bundle.js';
import { inBundle, type Finding } from '../finding.js';
import type { NamespaceContext } from '../../project/namespace-context.js';
import { pluralGroups, type PluralGroup } from '../../project/plural-groups.js';
import type { MissingForm } from '../../project/compare-walk.js';
import type { Rule } from '../rule.js';
import { gradeOption } from '../rule-options.js';
import { reportIcuPlurals } from '../icu-plurals.js';
import { reportTranslatedV3Plurals, reportV3Plurals } from '../v3-source-plurals.js';
import type { RuleContext } from '../rule-context.js';
import { excerpt } from '../../text/excerpt.js';

const options = z.strictObject({
  /**
   * A missing category only integers of 1000 and more select (es, fr, it, pt `many`: 1000000).
   * An error by default: a news site shows such counts (readers, views, pesos), and there
   * i18next shows the fallback language's text, a visible bug; a team can lower it here.
   */
  large: z._default(gradeOption, 'error'),
  /**
   * A missing category only fractional counts select (cs, sk, lt `many`, pl `other`: 0.5):
   * item counts never reach it, only a count that is a measure ("1.5 hours"), so a warning.
   */
  fractional: z._default(gradeOption, 'warning'),
});

type Options = z.output<typeof options>;

/** Checks the source's own groups: every category of the source locale, none it never uses. */
function checkSourceGroup(
  context: NamespaceContext,
  source: Bundle,
  group: PluralGroup,
  options: Options,
  report: (f: Finding) => void,
): void {
  const family = pluralFamily(source.locale, group.ordinal);
  // One "form" and no other: perhaps a key of its own whose name only looks like a form (`tag_other`
  // for "Other"). Said once, at the missing `other`, else at the first category missing.
  const hintAt =
    group.forms.size !== 1 ? undefined : group.forms.has('other') ? family.categories.find((c) => !group.forms.has(c)) : 'other';
  for (const category of family.categories) {
    if (group.forms.has(category)) continue;
    const key = pluralFormKey(group.base, category, group.ordinal, context.pluralSeparator);
    const anchorKey = group.forms.values().next().value as string;
    const alone =
      category === hintAt
        ? `; or, if "${anchorKey}" is a key of its own and not a plural form, rename it: t() with a count reads it as one`
        : '';
    reportMissing(context, source, { key, base: group.base, category, ordinal: group.ordinal, anchorKey }, options, report, alone);
  }
  for (const [category, key] of group.forms) {
    if (!family.categories.includes(category) && !(category === 'zero' && !group.ordinal)) reportUnused(source, key, group.ordinal, report);
  }
}

/** Which counts select a category, computed from Intl.PluralRules: "only fractional counts (0.5, 1.5, 2.5)". */
function selectingCounts(family: PluralFamily, category: PluralCategory): string {
  const counts = (family.examples.get(category) ?? []).join(', ');
  const reach = family.reach.get(category);
  if (reach === 'fractional') return `only fractional counts (${counts}) select "${category}"`;
  if (reach === 'large') return `only large counts (${counts}) select "${category}"`;
  return `counts ${counts} select "${category}"`;
}

/** What i18next shows a reader at one count instead: a fallback's form, or the key itself. */
function shownAt(context: NamespaceContext, bundle: Bundle, form: MissingForm, count: number): string {
  const shown = context.resolve(bundle.locale, form.base, { count, ordinal: form.ordinal }, false);
  if (shown && typeof shown.value === 'string') return `${shown.locale} "${shown.key}": ${excerpt(shown.value)}`;
  return `the key "${form.base}"`;
}

/**
 * What readers see at the counts the message names: a fallback picks its form by its own
 * language's rules (en "item_one" at 1, "item_other" at 2 and 3, where ko selects "other" for
 * all), so each different text is named with its counts.
 */
function shownInstead(context: NamespaceContext, bundle: Bundle, form: MissingForm, counts: readonly number[]): string {
  const byText = new Map<string, number[]>();
  for (const count of counts) {
    const text = shownAt(context, bundle, form, count);
    byText.set(text, [...(byText.get(text) ?? []), count]);
  }
  if (byText.size === 1) return `readers see ${[...byText.keys()][0]}`;
  return `readers see ${[...byText].map(([text, at]) => `${text} at ${at.join(', ')}`).join('; ')}`;
}

function reportMissing(
  context: NamespaceContext,
  bundle: Bundle,
  form: MissingForm,
  options: Options,
  report: (f: Finding) => void,
  hint = '',
): void {
  const family = pluralFamily(bundle.locale, form.ordinal);
  const count = family.samples.get(form.category) ?? 0;
  if (context.resolve(bundle.locale, form.base, { count, ordinal: form.ordinal }, true)) return;
  const reach = family.reach.get(form.category) ?? 'common';
  const grade = reach === 'common' ? 'error' : options[reach];
  if (grade === 'off') return;
  report({
    target: inBundle(bundle),
    anchor: { kind: 'key', key: form.anchorKey },
    key: form.key,
    severity: grade,
    message: `missing ${form.ordinal ? 'ordinal' : 'plural'} form "${form.key}": ${bundle.locale} needs ${family.categories.join(', ')}; ${selectingCounts(family, form.category)}, where ${shownInstead(context, bundle, form, family.examples.get(form.category) ?? [count])}${hint}`,
  });
}

function reportUnused(bundle: Bundle, key: string, ordinal: boolean, report: (f: Finding) => void): void {
  const family = pluralFamily(bundle.locale, ordinal);
  report({
    target: inBundle(bundle),
    anchor: { kind: 'key', key },
    key,
    severity: 'warning',
    message: `"${key}" is never used: ${bundle.locale} ${ordinal ? 'ordinal' : 'plural'} forms are ${family.categories.join(', ')}`,
  });
}

/**
 * With `messageFormat: 'icu'` plurals live inside messages, and i18next-icu looks up no `_one`
 * key: each string's plural and selectordinal cases are checked instead, the source's and each
 * translation's against its own locale.
 */
function checkIcuStrings(context: RuleContext, source: Bundle, report: (f: Finding) => void): void {
  const checked = context.checksSource ? [source] : [];
  for (const [, bundle] of comparableTargets(context)) if (bundle) checked.push(bundle);
  for (const bundle of checked)
    for (const [key, value] of bundle.flat?.values ?? [])
      if (typeof value === 'string')
        reportIcuPlurals(context, bundle, key, value, bundle === source ? value : source.flat?.values.get(key), report);
}

/** Plural forms per CLDR: every category the locale needs, and none it can never use. */
export const pluralForms: Rule<Options> = {
  id: 'plural-forms',
  defaultSeverity: 'error',
  options,
  description:
    'Each plural key needs every category Intl.PluralRules gives its locale (Spanish: one, many, other): at a count that selects a missing one, i18next shows the fallback language\'s form. The message names those counts and that text. A category only large counts select (Spanish many: 1000000) is an error, option "large"; one only fractional counts select (Czech many: 0.5) is a warning, option "fractional" (each "error" | "warning" | "info" | "off"). A category the locale never selects is a warning. A name ending in a category the source locale never selects, with no "other" form (en "upload_too_many"), is no plural: i18next reads it by its whole name. A source key that reads as one lone form (en "choose_at_least_one") is reported at the source only, with the hint that it may be a key of its own. With messageFormat "icu" (i18next-icu reads no _one keys) each plural and selectordinal argument is checked in place: a category the locale selects below 1000 without its case is a warning, since ICU then shows the "other" case (pl "5 komentarze"); large and fractional counts are left to "other", as is one category left out where only fractions select "other" (ru, pl: its words may be that category\'s), and a source plural with "other" alone asks for nothing; a case the locale never selects (ja "one") is a warning. A source plural in i18next\'s v3 format, which i18next 26 reads as keys of their own, is a warning (the app may call t("points_plural") itself): "points" beside "points_plural" (at count 5 readers see "5 point"), or, in a language of three forms or more, "items_0" to "items_2" with {{count}} and no "items" (ru: readers see the key "items"); rename them to the locale\'s forms (points_one, points_other), as i18next-v4-format-converter does. Where the source writes both v3 forms alike, a translation whose two forms differ is reported (at count 5 pl readers see "Zaznaczono 5 dokument").',
  docs: {
    checks:
      'a category `Intl.PluralRules` requires (es: one, many, other), with the counts that select it and the text readers see there instead (i18next falls back to the source\'s form); a category only large counts select (es, fr, it, pt `many`: 1000000) is an error, option `large` (a news site shows a million readers, and i18next then shows the fallback language\'s words); one only fractional counts select (cs, sk, lt `many`, pl `other`: 0.5) is a warning, option `fractional` (item counts never reach a fraction); each `error`, `warning`, `info` or `off`, at the rule\'s default level; a category the locale never uses is a warning; a source key that reads as a lone form (`step_one`, no `step_other`; `tag_other`, no `tag_one`) is reported at the source with the hint that it may be a key of its own to rename, and translations compare it as a key of its own until the source settles it (one finding, not one per locale); numbered keys (`step_one`, `step_two` beside `step_three`, no `_other`) names ending in a category the source locale never selects, with no `_other` (en `upload_too_many`; `crowfoot_one` beside `crowfoot_many`), and a lone `_other` among named siblings (`apps_other` beside `apps_calendar`) are no plural; with `messageFormat: "icu"` (i18next-icu reads no `_one` keys) each `{count, plural, ...}` and `selectordinal` is checked in place: a case of a category the locale selects below 1000 missing is a warning (ICU shows the `other` case: pl "5 komentarze"), one the locale never selects (ja `one`) a warning; a source plural in i18next\'s v3 format (i18next before 21, or `compatibilityJSON: "v3"` before 24), which i18next 26 reads as keys of their own, a warning (the app may call `t(\'points_plural\')` itself): `points` beside `points_plural`, with other text, and no `points_one` or `points_other` (at count 5 readers see the singular "5 point"), at `points_plural`; in a source language of three forms or more, exactly `items_0` to its last form integers select (ru `items_2`, ar `items_5`), one showing `{{count}}`, with no `items` (readers see the key), at `items_0`; the message says to rename them to the locale\'s forms, as `i18next-v4-format-converter` does (it reads `_` as the plural separator only, and its CLI takes the locale from a file\'s folder, as in `<lng>/<ns>.json`); where the source writes both v3 forms alike (outline\'s `{{ count }} selected`), a translation whose two forms differ, at its `_plural` (i18next 26 shows its singular at every count: pl "Zaznaczono 5 dokument"); other translations are not reported here (their v3 forms are named so by extra-key and missing-key)',
    why: 'i18next picks a form by `Intl.PluralRules`; where the locale lacks it, readers get the fallback language\'s form at those counts ("1000000 items" on a Spanish page).',
    passes:
      'Every category the locale uses, in the source and each translation; numbered keys (`step_one`, `step_two` beside `step_three`, no `_other`) names ending in a category the source locale never selects, with no `_other` (en `upload_too_many`), and a lone `_other` among named siblings (`apps_other` beside `apps_calendar`), which are no plural. With `messageFormat: "icu"`: exact cases (`=0`), and a category exact cases take whole (en, de `one` is 1 alone: `=1 {1 Option}` is its case; not fr, whose `one` is 0 too), categories only large or fractional counts select (es `many`), one category left out where only fractions select `other` (ru `other {# дней}` for `many`), and any case of a plural the source writes with `other` alone (`{count, plural, other {# more}}`), all left to `other`. Numbered keys that are no v3 plural: a wizard\'s `step_0` to `step_2` (no `{{count}}`), a list that goes past the last form (`items_3` in ru), and `_0` or `_plural` beside forms i18next 26 reads; a `_plural` with the same text as its key, in the source or a translation (readers see it at every count).',
    options: {
      large:
        "The level of a missing category only counts of 1000 and more select (es, fr, it, pt `many`): `error`, `warning`, `info` or `off`, at the rule's level.",
      fractional:
        'The level of a missing category only fractional counts select (cs, sk, lt `many`, pl `other`); item counts never reach it.',
    },
  },
  examples: {
    invalid: [
      {
        name: 'A form only large counts select',
        files: {
          'locales/en/ui.json': '{\n  "item_one": "{{count}} item",\n  "item_other": "{{count}} items"\n}\n',
          'locales/es/ui.json': '{\n  "item_one": "{{count}} elemento",\n  "item_other": "{{count}} elementos"\n}\n',
        },
        expect: [
          'locales/es/ui.json:2:3 error missing plural form "item_many": es needs one, many, other; only large counts (1000000, 2000000, 10000000) select "many", where readers see en "item_other": "{{count}} items" [plural-forms]',
        ],
      },
      {
        name: 'A form every count of one selects',
        files: {
          'locales/en/ui.json': '{\n  "item_one": "{{count}} item",\n  "item_other": "{{count}} items"\n}\n',
          'locales/es/ui.json': '{\n  "item_many": "{{count}} de elementos",\n  "item_other": "{{count}} elementos"\n}\n',
        },
        expect: [
          'locales/es/ui.json:2:3 error missing plural form "item_one": es needs one, many, other; counts 1 select "one", where readers see en "item_one": "{{count}} item" [plural-forms]',
        ],
      },
      {
        name: 'A form Spanish never uses',
        files: {
          'locales/en/ui.json': '{\n  "item_one": "{{count}} item",\n  "item_other": "{{count}} items"\n}\n',
          'locales/es/ui.json':
            '{\n  "item_one": "{{count}} elemento",\n  "item_few": "{{count}} elementos",\n  "item_many": "{{count}} de elementos",\n  "item_other": "{{count}} elementos"\n}\n',
        },
        expect: ['locales/es/ui.json:3:3 warning "item_few" is never used: es plural forms are one, many, other [plural-forms]'],
      },
      {
        name: '`large` lowered to a warning',
        files: {
          'locales/en/ui.json': '{\n  "item_one": "{{count}} item",\n  "item_other": "{{count}} items"\n}\n',
          'locales/es/ui.json': '{\n  "item_one": "{{count}} elemento",\n  "item_other": "{{count}} elementos"\n}\n',
        },
        config: { rules: { 'plural-forms': ['error', { large: 'warning' }] } },
        expect: [
          'locales/es/ui.json:2:3 warning missing plural form "item_many": es needs one, many, other; only large counts (1000000, 2000000, 10000000) select "many", where readers see en "item_other": "{{count}} items" [plural-forms]',
        ],
      },
      {
        name: "A source plural in i18next's v3 format",
        files: {
          'locales/en/ui.json': '{\n  "points": "{{count}} point",\n  "points_plural": "{{count}} points"\n}\n',
          'locales/de/ui.json': '{\n  "points": "{{count}} Punkt",\n  "points_plural": "{{count}} Punkte"\n}\n',
        },
        expect: [
          'locales/en/ui.json:3:3 warning "points_plural" is i18next\'s v3 plural format, which i18next 26 reads as a key of its own: t(\'points\', { count }) reads "points" at every count, and at count 5 readers see "5 point"; rename "points" and "points_plural" to "points_one" and "points_other" (i18next-v4-format-converter converts each locale\'s file) [plural-forms]',
        ],
      },
      {
        name: "A Russian source's numbered v3 forms",
        files: {
          'locales/ru/ui.json':
            '{\n  "items_0": "{{count}} предмет",\n  "items_1": "{{count}} предмета",\n  "items_2": "{{count}} предметов"\n}\n',
        },
        config: { sourceLocale: 'ru' },
        expect: [
          'locales/ru/ui.json:2:3 warning "items_0" to "items_2" are i18next\'s v3 plural format, which i18next 26 reads as keys of their own: t(\'items\', { count }) finds no form, and at count 5 readers see the key "items"; rename them as ru plurals, items_one, _few, _many, _other (i18next-v4-format-converter maps each) [plural-forms]',
        ],
      },
      {
        name: 'An ICU plural without a case the locale selects (messageFormat "icu")',
        files: {
          'locales/en/ui.json': '{\n  "comments": "{count, plural, one {# comment} other {# comments}}"\n}\n',
          'locales/pl/ui.json': '{\n  "comments": "{count, plural, one {# komentarz} other {# komentarze}}"\n}\n',
          'locales/ja/ui.json': '{\n  "comments": "{count, plural, one {1 件のコメント} other {# 件}}"\n}\n',
        },
        config: { messageFormat: 'icu' },
        expect: [
          'locales/ja/ui.json:2:16 warning {count, plural, ...} has "one", which ja never selects (its plural categories are other): that text is never shown [plural-forms]',
          'locales/pl/ui.json:2:16 warning {count, plural, ...} has no "few", "many" case, so ICU shows its "other" text at pl\'s few counts (2, 3, 4) and many counts (5, 6, 7) alike; add the case, or keep "other" if its words are right at all of them [plural-forms]',
        ],
      },
    ],
    valid: [
      {
        name: "A Russian wizard's numbered steps, which show no count, are no v3 plural",
        files: {
          'locales/ru/ui.json': '{\n  "step_0": "Выберите план",\n  "step_1": "Оплата",\n  "step_2": "Готово"\n}\n',
        },
        config: { sourceLocale: 'ru' },
      },
      {
        name: 'Every form Spanish needs',
        files: {
          'locales/en/ui.json': '{\n  "item_one": "{{count}} item",\n  "item_other": "{{count}} items"\n}\n',
          'locales/es/ui.json':
            '{\n  "item_one": "{{count}} elemento",\n  "item_many": "{{count}} de elementos",\n  "item_other": "{{count}} elementos"\n}\n',
        },
      },
      {
        name: '`large` turned off',
        files: {
          'locales/en/ui.json': '{\n  "item_one": "{{count}} item",\n  "item_other": "{{count}} items"\n}\n',
          'locales/es/ui.json': '{\n  "item_one": "{{count}} elemento",\n  "item_other": "{{count}} elementos"\n}\n',
        },
        config: { rules: { 'plural-forms': ['error', { large: 'off' }] } },
      },
      {
        name: 'Numbered keys are no plural',
        files: {
          'locales/en/ui.json': '{\n  "step_one": "First",\n  "step_two": "Second",\n  "step_three": "Third"\n}\n',
        },
      },
      {
        name: 'Names ending in a category English never selects are no plural',
        files: {
          'locales/en/ui.json': '{\n  "upload_too_many": "Too many files",\n  "crowfoot_one": "One",\n  "crowfoot_many": "Many"\n}\n',
          'locales/ru/ui.json':
            '{\n  "upload_too_many": "Слишком много файлов",\n  "crowfoot_one": "Один",\n  "crowfoot_many": "Много"\n}\n',
        },
      },
      {
        name: 'ICU plurals leave large and fractional counts to "other" (messageFormat "icu")',
        files: {
          'locales/en/ui.json': '{\n  "items": "{count, plural, =0 {No items} one {# item} other {# items}}"\n}\n',
          'locales/es/ui.json': '{\n  "items": "{count, plural, =0 {Nada} one {# elemento} other {# elementos}}"\n}\n',
        },
        config: { messageFormat: 'icu' },
      },
      {
        name: 'An ICU plural the source writes with "other" alone only formats the number (messageFormat "icu")',
        files: {
          'locales/en/ui.json': '{\n  "more": "{count, plural, other {# more…}}"\n}\n',
          'locales/de/ui.json': '{\n  "more": "{count, plural, other {# mehr…}}"\n}\n',
        },
        config: { messageFormat: 'icu' },
      },
      {
        name: 'ICU: ru "other" in the words of "many", which only fractions would tell apart (messageFormat "icu")',
        files: {
          'locales/en/ui.json': '{\n  "days": "{count, plural, one {# day} other {# days}}"\n}\n',
          'locales/ru/ui.json': '{\n  "days": "{count, plural, one {# день} few {# дня} other {# дней}}"\n}\n',
        },
        config: { messageFormat: 'icu' },
      },
    ],
  },
  claims: [
    {
      says: 'at count 5 pl readers see "Zaznaczono 5 dokument"',
      files: {
        'locales/en/ui.json': '{ "selected": "{{count}} selected", "selected_plural": "{{count}} selected" }',
        'locales/pl/ui.json': '{ "selected": "Zaznaczono {{count}} dokument", "selected_plural": "Zaznaczono {{count}} dokumentów" }',
      },
      locale: 'pl',
      key: 'selected',
      options: { count: 5 },
      shows: 'Zaznaczono 5 dokument',
    },
    {
      says: 'at count 5 readers see "5 point"',
      files: { 'locales/en/ui.json': '{ "points": "{{count}} point", "points_plural": "{{count}} points" }' },
      locale: 'en',
      key: 'points',
      options: { count: 5 },
      shows: '5 point',
    },
    {
      says: 'ru: readers see the key "items"',
      files: {
        'locales/ru/ui.json': '{ "items_0": "{{count}} предмет", "items_1": "{{count}} предмета", "items_2": "{{count}} предметов" }',
      },
      config: { sourceLocale: 'ru' },
      locale: 'ru',
      key: 'items',
      options: { count: 5 },
      shows: 'items',
    },
    {
      says: 'ICU then shows the "other" case (pl "5 komentarze")',
      files: {
        'locales/en/ui.json': '{ "comments": "{count, plural, one {# comment} other {# comments}}" }',
        'locales/pl/ui.json': '{ "comments": "{count, plural, one {# komentarz} other {# komentarze}}" }',
      },
      config: { messageFormat: 'icu' },
      locale: 'pl',
      key: 'comments',
      options: { count: 5 },
      shows: '5 komentarze',
    },
    { says: "i18next shows the fallback language's form", locale: 'es', key: 'item', options: { count: 1000000 }, shows: '1000000 items' },
    {
      says: 'i18next reads it by its whole name',
      files: {
        'locales/en/ui.json': '{ "upload_too_many": "Too many files" }',
        'locales/ru/ui.json': '{ "upload_too_many": "Слишком много файлов" }',
      },
      locale: 'ru',
      key: 'upload_too_many',
      shows: 'Слишком много файлов',
    },
  ],
  readsFallbacks: true,
  check(context, report, options) {
    const source = context.source;
    if (!source?.data) return;
    if (context.config.messageFormat === 'icu') return checkIcuStrings(context, source, report);
    if (context.checksSource && source.flat) {
      for (const group of pluralGroups(source.flat, context.pluralSeparator, context.sourceLocale).values())
        checkSourceGroup(context, source, group, options, report);
      reportV3Plurals(context, source, report);
    }
    for (const [locale, bundle] of comparableTargets(context)) {
      if (!bundle) continue;
      const comparison = context.comparison(locale);
      if (source.flat) reportTranslatedV3Plurals(context, source, bundle, report);
      for (const form of comparison.missingForms) reportMissing(context, bundle, form, options, report);
      for (const form of comparison.unusedForms) reportUnused(bundle, form.key, form.ordinal, report);
    }
  },
};
