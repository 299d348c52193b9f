import { absentKeys, comparableTargets, quote } from '../absent-keys.js';
import { contextFallback } from '../context-fallback.js';
import { lookupPath } from '../lookup-path.js';
import type { Rule } from '../rule.js';

/** A source key a locale lacks and no locale of its own language supplies: readers see another language. */
export const missingKey: Rule = {
  id: 'missing-key',
  defaultSeverity: 'error',
  description:
    'A key of the source locale is absent from a locale and from every fallback of the same language, so readers get another language (or the raw key). For a context variant (liked_male beside liked) the message says what i18next shows each way: with the context, the plain key of the same language.',
  failing: {
    files: {
      'locales/en/ui.json': '{\n  "nav": {\n    "home": "Home",\n    "world": "World"\n  }\n}\n',
      'locales/es/ui.json': '{\n  "nav": {\n    "home": "Inicio"\n  }\n}\n',
    },
    expect: ['locales/es/ui.json:2:10 missing-key'],
  },
  claims: [
    { says: 'readers get another language (or the raw key)', locale: 'es', key: 'nav.world', shows: 'World' },
    {
      says: 'what i18next shows each way: with the context, the plain key of the same language',
      files: { 'locales/en/ui.json': '{ "liked": "Liked", "liked_male": "He liked it" }', 'locales/es/ui.json': '{ "liked": "Le gustó" }' },
      locale: 'es',
      key: 'liked',
      options: { context: 'male' },
      shows: 'Le gustó',
    },
  ],
  passing: {
    files: {
      'locales/en/ui.json': '{\n  "nav": {\n    "home": "Home",\n    "world": "World"\n  }\n}\n',
      'locales/es/ui.json': '{\n  "nav": {\n    "home": "Inicio",\n    "world": "Mundo"\n  }\n}\n',
    },
  },
  readsFallbacks: true,
  check(context, report) {
    const source = context.source;
    if (!source?.data) return;
    for (const [locale, bundle] of comparableTargets(context)) {
      for (const absent of absentKeys(context, locale)) {
        if (absent.resolvedBy) continue;
        const what = absent.forms ? `plural forms ${absent.forms.map((f) => `"${f}"`).join(', ')}` : `key "${absent.key}"`;
        const where = bundle ? '' : ` (the file ${context.pathOf(locale)} does not exist)`;
        const theirs = `${context.sourceLocale} has ${quote(lookupPath(source.data, absent.sourceKey, context.keySeparator))}`;
        const variant = contextFallback(context, locale, absent);
        report({
          target: { file: context.pathOf(locale), locale, namespace: context.namespace, bundle },
          anchor: { kind: 'parent', key: absent.key },
          key: absent.key,
          // Called with the context, i18next falls back to the plain key in the same language; called by
          // its own name (a key that only looks like a variant, save_button), it shows another language.
          message: variant
            ? `missing ${what}${where}; ${theirs} (as t('${variant.base}', { context: '${variant.context}' }), ${locale} readers get the plain "${variant.base}" instead; by its own name, the ${context.sourceLocale} text)`
            : `missing ${what}${where}; ${theirs}`,
          related: [{ bundle: source, key: absent.sourceKey, message: `the ${context.sourceLocale} source` }],
        });
      }
    }
  },
};
