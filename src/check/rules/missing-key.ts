import { absentKeys, comparableTargets, quote } from '../../project/absent-keys.js';
import { contextFallback } from '../context-fallback.js';
import type { Finding } from '../finding.js';
import { lookupPath } from '../../project/lookup-path.js';
import { skipsValue } from '../../project/resolve-key.js';
import type { NamespaceContext } from '../../project/namespace-context.js';
import { sourceMemo } from '../../project/source-memo.js';
import type { Rule } from '../rule.js';
import { takesCount } from '../../project/target-spellings.js';
import { v3FormOf, v3MissingReason } from '../v3-plural-form.js';

/**
 * A source string without `{{count}}` that a locale's language writes only as plural forms (de
 * `rename_one`, `rename_other` for en `rename`): t() with a count reads those forms, t() without
 * one finds no bare key and shows another language. A note: the forms say the app passes a count.
 */
function formsWithoutBareKey(context: NamespaceContext, locale: string, report: (finding: Finding) => void): void {
  const bundle = context.bundles.get(locale);
  const target = { file: context.pathOf(locale), locale, namespace: context.namespace, bundle };
  const keys = new Map<string, string | undefined>();
  for (const { key, forms, takesCount: counted } of context.comparison(locale).formsInPlace) {
    if (!counted)
      keys.set(
        key,
        forms.find((form) => lookupPath(bundle?.data, form, context.keySeparator) !== undefined),
      );
  }
  for (const absent of absentKeys(context, locale)) {
    if (
      absent.inPlaceOf !== undefined &&
      !keys.has(absent.inPlaceOf) &&
      !takesCount(lookupPath(context.source?.data, absent.inPlaceOf, context.keySeparator), context.config.interpolation)
    )
      keys.set(absent.inPlaceOf, undefined);
  }
  for (const [key, form] of keys) {
    if (context.resolve(locale, key, {}, true)) continue;
    const shown = context.resolve(locale, key, {}, false);
    const instead = shown ? `the ${shown.locale} text ${quote(shown.value)}` : 'the key itself';
    const where =
      form === undefined
        ? `is not in ${locale}, and its language writes it only as plural forms`
        : `is written in ${locale} only as plural forms`;
    report({
      target,
      anchor: form === undefined ? { kind: 'parent', key } : { kind: 'key', key: form },
      key,
      severity: 'info',
      message: `"${key}" ${where}: t('${key}', { count }) shows them; without a count, ${locale} readers get ${instead}`,
    });
  }
}

/** The quoted source texts of a namespace's missing keys, kept with its source bundle for every group of locales. */
const sourceTextsOf = sourceMemo<string>();
/**
 * The message of a plain missing key (no plural forms, no context variant, the file there), the
 * same for every locale that lacks the key: one string, which the run's message table then finds
 * by identity instead of comparing a new text for each locale.
 */
const plainMessagesOf = sourceMemo<string>();

/** A source key a locale lacks and no locale of its own language supplies: readers see another language. */
export const missingKey: Rule = {
  id: 'missing-key',
  defaultSeverity: 'error',
  description:
    'A key of the source locale is absent from a locale and from every fallback of the same language, so readers get another language (or the raw key). For a context variant (liked_male beside liked) the message says what i18next shows each way: with the context, the plain key of the same language. A source string a locale writes only as plural forms (rename_one, rename_other for rename) is a note: t() with a count shows the forms, without one the source text.',
  docs: {
    checks:
      "a source key no locale of the target's own language supplies; points at the object that should hold it and names the source `file:line:col`; for a context variant (`liked_male` beside `liked`) it says what i18next shows each way (with the context, the plain text of the same language; by its own name, the source's); plural forms a translation writes for a source string stand for it (i18next reads them whenever the app passes a count); when the string has no `{{count}}`, the bare key the locale then lacks is a note (info): without a count readers get the source text; a source key in i18next's v3 plural format (`points_plural` beside `points`, `items_0`) is named so, since i18next 26 reads it for no count (plural-forms reports the source's v3 plurals)",
    why: 'For a key its locale lacks, i18next shows the source language: readers meet an English phrase in the middle of a translated page.',
    passes:
      'A key a locale of the same language supplies (es for es-AR: fallback-resolved notes it), plural forms that stand for a source string, and keys the source lacks (extra-key).',
  },
  examples: {
    invalid: [
      {
        name: 'A nested key the translation lacks',
        files: {
          'locales/en/ui.json': '{\n  "nav": {\n    "home": "Home",\n    "world": "World"\n  }\n}\n',
          'locales/es/ui.json': '{\n  "nav": {\n    "home": "Inicio"\n  }\n}\n',
        },
        expect: ['locales/es/ui.json:2:10 error missing key "nav.world"; en has "World" [missing-key]'],
      },
      {
        name: 'A context variant the translation lacks',
        files: {
          'locales/en/ui.json': '{\n  "liked": "Liked",\n  "liked_male": "He liked it"\n}\n',
          'locales/es/ui.json': '{\n  "liked": "Le gustó"\n}\n',
        },
        expect: [
          'locales/es/ui.json:1:1 error missing key "liked_male"; en has "He liked it" (as t(\'liked\', { context: \'male\' }), es readers get the plain "liked" instead; by its own name, the en text) [missing-key]',
        ],
      },
      {
        name: "A source plural form in i18next's v3 format",
        files: {
          'locales/en/ui.json': '{\n  "points": "{{count}} point",\n  "points_plural": "{{count}} points"\n}\n',
          'locales/de/ui.json': '{\n  "points": "{{count}} Punkt"\n}\n',
        },
        expect: [
          'locales/de/ui.json:1:1 error missing key "points_plural"; en has "{{count}} points", a plural form in i18next\'s v3 format, which i18next 26 no longer reads: plural-forms reports it at the en source [missing-key]',
        ],
      },
    ],
    valid: [
      {
        name: 'Every key translated',
        files: {
          'locales/en/ui.json': '{\n  "nav": {\n    "home": "Home",\n    "world": "World"\n  }\n}\n',
          'locales/es/ui.json': '{\n  "nav": {\n    "home": "Inicio",\n    "world": "Mundo"\n  }\n}\n',
        },
      },
      {
        name: 'Plural forms standing for a source string',
        files: {
          'locales/en/ui.json': '{\n  "files": "{{count}} files"\n}\n',
          'locales/es/ui.json':
            '{\n  "files_one": "{{count}} archivo",\n  "files_many": "{{count}} de archivos",\n  "files_other": "{{count}} archivos"\n}\n',
        },
      },
    ],
  },
  claims: [
    { says: 'readers get another language (or the raw key)', locale: 'es', key: 'nav.world', shows: 'World' },
    {
      says: 't() with a count shows the forms',
      files: {
        'locales/en/ui.json': '{ "rename": "Rename these payees" }',
        'locales/de/ui.json': '{ "rename_one": "Diesen Empfänger umbenennen", "rename_other": "Diese Empfänger umbenennen" }',
      },
      locale: 'de',
      key: 'rename',
      options: { count: 1 },
      shows: 'Diesen Empfänger umbenennen',
    },
    {
      says: 'without one the source text',
      files: {
        'locales/en/ui.json': '{ "rename": "Rename these payees" }',
        'locales/de/ui.json': '{ "rename_one": "Diesen Empfänger umbenennen", "rename_other": "Diese Empfänger umbenennen" }',
      },
      locale: 'de',
      key: 'rename',
      shows: 'Rename these payees',
    },
    {
      says: 'what i18next shows each way: with the context, the plain key of the same language',
      files: { 'locales/en/ui.json': '{ "liked": "Liked", "liked_male": "He liked it" }', 'locales/es/ui.json': '{ "liked": "Le gustó" }' },
      locale: 'es',
      key: 'liked',
      options: { context: 'male' },
      shows: 'Le gustó',
    },
    {
      says: 't() with a count shows the forms',
      files: {
        'locales/en/ui.json': '{ "rename": "Rename" }',
        'locales/es/ui.json': '{ "rename_one": "Renombrar uno", "rename_other": "Renombrar {{count}}" }',
      },
      locale: 'es',
      key: 'rename',
      options: { count: 2 },
      shows: 'Renombrar 2',
    },
  ],
  readsFallbacks: true,
  check(context, report) {
    const source = context.source;
    if (!source?.data) return;
    // What the source has, quoted once per source key: every locale that lacks a key names it.
    const sourceTexts = sourceTextsOf(context);
    const sourceText = (key: string): string => {
      let text = sourceTexts.get(key);
      if (text === undefined) {
        const value = lookupPath(source.data, key, context.keySeparator);
        // A source string under a flat name i18next never reaches (`"a.b": {"c"}` beside nested `a`)
        // is still what the source writes: its text, from the flat keys, read for this finding alone.
        const written = value === undefined ? source.flat?.values.get(key) : undefined;
        // An empty source string that i18next skips shows the key itself.
        text =
          written !== undefined
            ? `${context.sourceLocale} writes ${quote(written)} where i18next never reads it (key-collision reports it there)`
            : skipsValue(value, context.config.returnEmptyString)
              ? `${context.sourceLocale} shows the key itself`
              : `${context.sourceLocale} has ${quote(value)}`;
        sourceTexts.set(key, text);
      }
      return text;
    };
    const plainMessages = plainMessagesOf(context);
    for (const [locale, bundle] of comparableTargets(context)) {
      // One target per locale, shared by its findings: reporters only read it.
      const target = { file: context.pathOf(locale), locale, namespace: context.namespace, bundle };
      const where = bundle ? '' : ` (the file ${target.file} does not exist)`;
      for (const absent of absentKeys(context, locale)) {
        if (absent.resolvedBy) continue;
        // A v3 plural form (`points_plural`) is no context variant, whatever its name reads as.
        const v3 = absent.forms ? undefined : v3FormOf(context, absent.key, source, undefined);
        const variant = v3 ? undefined : contextFallback(context, locale, absent);
        const plain = !absent.forms && !variant && where === '' && absent.key === absent.sourceKey;
        let message = plain ? plainMessages.get(absent.key) : undefined;
        if (message === undefined) {
          const what = absent.forms ? `plural forms ${absent.forms.map((f) => `"${f}"`).join(', ')}` : `key "${absent.key}"`;
          const theirs = sourceText(absent.sourceKey);
          // Called with the context, i18next falls back to the plain key in the same language; called by
          // its own name (a key that only looks like a variant, save_button), it shows another language.
          message = variant
            ? `missing ${what}${where}; ${theirs} (as t('${variant.base}', { context: '${variant.context}' }), ${locale} readers get the plain "${variant.base}" instead; by its own name, the ${context.sourceLocale} text)`
            : v3
              ? `missing ${what}${where}; ${theirs}, ${v3MissingReason(context, v3)}`
              : `missing ${what}${where}; ${theirs}`;
          if (plain) plainMessages.set(absent.key, message);
        }
        report({
          target,
          anchor: { kind: 'parent', key: absent.key },
          key: absent.key,
          message,
          related: [{ bundle: source, key: absent.sourceKey, message: `the ${context.sourceLocale} source` }],
        });
      }
      formsWithoutBareKey(context, locale, report);
    }
  },
};
