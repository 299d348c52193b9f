import { absentKeys, comparableTargets } from '../../project/absent-keys.js';
import { inBundle } from '../finding.js';
import { lookupPath } from '../../project/lookup-path.js';
import { missingForms } from '../../project/missing-forms.js';
import type { Rule } from '../rule.js';

/** A key (or a plural form) a locale lacks but a locale of its own language supplies (es-AR through es): resolved, not missing. */
export const fallbackResolved: Rule = {
  id: 'fallback-resolved',
  defaultSeverity: 'info',
  description: 'A key, or one plural form of a key, is absent from a locale but resolves through a fallback of the same language (es-AR through es); reported so translators know where the text comes from.',
  failing: {
    files: {
      'locales/en/ui.json': '{\n  "home": "Home",\n  "world": "World"\n}\n',
      'locales/es/ui.json': '{\n  "home": "Inicio",\n  "world": "Mundo"\n}\n',
      'locales/es-AR/ui.json': '{\n  "home": "Inicio"\n}\n',
    },
    expect: ['locales/es-AR/ui.json:1:1 fallback-resolved'],
  },
  claims: [{ says: 'resolves through a fallback of the same language', locale: 'es-AR', key: 'world', shows: 'Mundo' }],
  passing: {
    files: {
      'locales/en/ui.json': '{\n  "home": "Home",\n  "world": "World"\n}\n',
      'locales/es/ui.json': '{\n  "home": "Inicio",\n  "world": "Mundo"\n}\n',
      'locales/es-AR/ui.json': '{\n  "home": "Inicio",\n  "world": "Mundo"\n}\n',
    },
  },
  readsFallbacks: true,
  check(context, report) {
    for (const [locale, bundle] of comparableTargets(context)) {
      for (const absent of absentKeys(context, locale)) {
        if (!absent.resolvedBy) continue;
        report({
          target: { file: context.pathOf(locale), locale, namespace: context.namespace, bundle },
          anchor: { kind: 'parent', key: absent.key },
          key: absent.key,
          message: `"${absent.key}" is not in ${locale}; it resolves through ${absent.resolvedBy}`,
        });
      }
      if (!bundle) continue;
      // A string the locale writes only as plural forms: without a count, i18next reads the bare key along the chain.
      for (const { key, forms, takesCount } of context.comparison(locale).formsInPlace) {
        const bare = takesCount ? undefined : context.resolve(locale, key, {}, true);
        if (!bare || bare.locale === locale) continue;
        const anchor = forms.find((form) => lookupPath(bundle.data, form, context.keySeparator) !== undefined) ?? key;
        report({ target: inBundle(bundle), anchor: { kind: 'key', key: anchor }, key, message: `"${key}" is in ${locale} only as plural forms; without a count it resolves through ${bare.locale}` });
      }
      for (const form of missingForms(context, locale)) {
        const by = form.resolution?.locale;
        if (by === undefined || by === locale) continue;
        report({
          target: inBundle(bundle),
          anchor: { kind: 'key', key: form.anchorKey },
          key: form.key,
          message: `"${form.key}" is not in ${locale}; at count ${form.count} it resolves through ${by}'s "${form.resolution?.key}"`,
        });
      }
    }
  },
};
