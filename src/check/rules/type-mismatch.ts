import { absentKeys, comparableTargets } from '../../project/absent-keys.js';
import { inBundle } from '../finding.js';
import type { NamespaceContext } from '../../project/namespace-context.js';
import type { Rule } from '../rule.js';

/**
 * What readers lose where the source has an object and the target another value: the keys under
 * it that nothing of the locale's language supplies (keys written flat, `"a.b"`, are still read).
 */
function lost(context: NamespaceContext, locale: string, key: string): string {
  const under = `${key}${context.keySeparator === false ? '.' : context.keySeparator}`;
  const keys = absentKeys(context, locale)
    .filter((a) => !a.resolvedBy && a.key.startsWith(under))
    .map((a) => `"${a.key}"`);
  if (keys.length === 0) return '';
  const shown = keys.length > 3 ? `${keys.slice(0, 3).join(', ')} and ${keys.length - 3} more` : keys.join(', ');
  return `; i18next finds no key under it, so ${locale} readers get the ${context.sourceLocale} text of ${shown} (missing-key)`;
}

/** A string, number or boolean: i18next returns such a value as it is written. */
const isScalar = (value: unknown): value is string | number | boolean =>
  typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object of keys';
  return `a ${typeof value}`;
}

/**
 * The message for an object or list at the bare name of a source plural: i18next tries the
 * locale's own form, then that name, before any fallback, and shows its "returned an object" text.
 */
function shadowedForms(sourceLocale: string, locale: string, key: string, target: unknown, forms: string[]): string {
  const listed = forms.map((form) => `"${form}"`).join(', ');
  return `"${key}" is ${kindOf(target)} here, where the ${sourceLocale} source has plural forms (${listed}): i18next finds it before the ${sourceLocale} forms, so at every count ${locale} writes no form for, and without a count, ${locale} readers get "key '${key} (${locale})' returned an object instead of string."`;
}

/** A value of another shape than the source's (text vs object), or a null i18next treats as missing. */
export const typeMismatch: Rule = {
  id: 'type-mismatch',
  defaultSeverity: 'error',
  description:
    'A value has another type than in the source (a string where the source has an object, a number, an array), plural forms included, or is null, which i18next treats as missing (a warning when a locale of the same language supplies the key). Where the source has an object, the message names the keys readers lose under the value (a flat "a.b" beside a string "a" is still read). An object or list at the bare name of a source plural (files beside files_one, files_other) is found before any fallback\'s form, so readers get "key \'files (es)\' returned an object instead of string."',
  docs: {
    checks:
      'string vs object vs array vs number (plural forms the source does not write included), or `null` (i18next treats it as missing; a warning when a locale of the same language supplies the key); where the source has an object, the message names the keys readers lose under the value (each is also a missing-key; a flat `"a.b"` beside a string `a` is still read); an object or list at the bare name of a source plural (`files` beside `files_one`, `files_other`; a nested plural as other libraries write it), which i18next finds before any fallback\'s form and shows as "key \'files (es)\' returned an object instead of string."',
    why: 'i18next cannot read a string where the app asks for keys under it, nor an object where it asks for a string: readers get the source text or the raw key.',
    passes:
      'Values of the source\'s shape; lists compared item by item; plural forms the locale needs for a source plural; a number where the source writes the same text as a string (`10` for `"10"`), which i18next returns as written and a page prints alike (a boolean so is a warning: React renders `true` as nothing).',
  },
  examples: {
    invalid: [
      {
        name: 'A string for an object, an object for a string',
        files: {
          'locales/en/ui.json': '{\n  "menu": { "open": "Open" },\n  "title": "Title"\n}\n',
          'locales/es/ui.json': '{\n  "menu": "Menú",\n  "title": { "text": "Título" }\n}\n',
        },
        expect: [
          'locales/es/ui.json:2:3 error "menu" is a string here but an object of keys in the en source; i18next finds no key under it, so es readers get the en text of "menu.open" (missing-key) [type-mismatch]',
          'locales/es/ui.json:3:3 error "title" is an object of keys here but a string in the en source [type-mismatch]',
        ],
      },
      {
        name: 'An object at the bare name of a source plural',
        files: {
          'locales/en/ui.json': '{\n  "files_one": "{{count}} file",\n  "files_other": "{{count}} files"\n}\n',
          'locales/es/ui.json': '{\n  "files": { "one": "{{count}} archivo", "other": "{{count}} archivos" }\n}\n',
        },
        expect: [
          'locales/es/ui.json:2:3 error "files" is an object of keys here, where the en source has plural forms ("files_one", "files_other"): i18next finds it before the en forms, so at every count es writes no form for, and without a count, es readers get "key \'files (es)\' returned an object instead of string." [type-mismatch]',
        ],
      },
      {
        name: 'null, which i18next treats as missing',
        files: {
          'locales/en/ui.json': '{\n  "title": "Title"\n}\n',
          'locales/es/ui.json': '{\n  "title": null\n}\n',
        },
        expect: ['locales/es/ui.json:2:3 error "title" is null; i18next treats null as missing and falls back [type-mismatch]'],
      },
    ],
    valid: [
      {
        name: 'The same shapes',
        files: {
          'locales/en/ui.json': '{\n  "menu": { "open": "Open" },\n  "title": "Title"\n}\n',
          'locales/es/ui.json': '{\n  "menu": { "open": "Abrir" },\n  "title": "Título"\n}\n',
        },
      },
      {
        name: 'A list for a list',
        files: {
          'locales/en/ui.json': '{\n  "steps": ["One", "Two"]\n}\n',
          'locales/es/ui.json': '{\n  "steps": ["Uno", "Dos"]\n}\n',
        },
      },
    ],
  },
  claims: [
    {
      says: 'readers get "key \'files (es)\' returned an object instead of string."',
      files: {
        'locales/en/ui.json': '{ "files_one": "{{count}} file", "files_other": "{{count}} files" }',
        'locales/es/ui.json': '{ "files": { "one": "{{count}} archivo", "other": "{{count}} archivos" } }',
      },
      locale: 'es',
      key: 'files',
      options: { count: 2 },
      shows: "key 'files (es)' returned an object instead of string.",
    },
    {
      says: 'which i18next treats as missing',
      files: { 'locales/en/ui.json': '{ "title": "Title" }', 'locales/es/ui.json': '{ "title": null }' },
      locale: 'es',
      key: 'title',
      shows: 'Title',
    },
  ],
  // A null a same-language locale answers, and the keys a wrong shape hides, read the fallback chain.
  readsFallbacks: true,
  check(context, report) {
    const source = context.source;
    if (!source?.data) return;
    for (const [key, value] of context.checksSource ? (source.flat?.values ?? []) : []) {
      if (value === null)
        report({
          target: inBundle(source),
          anchor: { kind: 'key', key },
          key,
          message: `"${key}" is null; i18next treats null as missing`,
        });
    }
    for (const [locale, bundle] of comparableTargets(context)) {
      if (!bundle) continue;
      for (const { key, target, source: theirs, forms } of context.comparison(locale).mismatches) {
        const at = { target: inBundle(bundle), anchor: { kind: 'key', key } as const, key };
        if (forms) {
          report({ ...at, message: shadowedForms(context.sourceLocale, locale, key, target, forms) });
          continue;
        }
        // i18next returns a number or boolean as written: `10` for "10" reads the same on a page,
        // but React renders `true` as nothing.
        if (isScalar(target) && isScalar(theirs) && String(target) === String(theirs)) {
          if (typeof target === 'boolean')
            report({
              ...at,
              severity: 'warning',
              message: `"${key}" is ${kindOf(target)} here but ${kindOf(theirs)} in the ${context.sourceLocale} source: i18next returns it as written, which React renders as nothing`,
            });
          continue;
        }
        if (target !== null) {
          report({
            ...at,
            message: `"${key}" is ${kindOf(target)} here but ${kindOf(theirs)} in the ${context.sourceLocale} source${theirs !== null && typeof theirs === 'object' ? lost(context, locale, key) : ''}`,
          });
          continue;
        }
        // i18next reads past a null: when a locale of the same language answers, readers still get their language.
        const kin = context.resolve(locale, key, {}, true);
        report(
          kin
            ? {
                ...at,
                severity: 'warning',
                message: `"${key}" is null; i18next treats null as missing and shows ${kin.locale}'s "${kin.key}"`,
              }
            : { ...at, message: `"${key}" is null; i18next treats null as missing and falls back` },
        );
      }
    }
  },
};
