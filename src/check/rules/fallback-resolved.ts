import { absentKeys, comparableTargets } from '../../project/absent-keys.js';
import { inBundle } from '../finding.js';
import { lookupPath } from '../../project/lookup-path.js';
import { missingForms } from '../../project/missing-forms.js';
import type { Rule } from '../rule.js';

/** A key (or a plural form) a locale lacks but a locale of its own language supplies (es-AR through es): resolved, not missing. */
export const fallbackResolved: Rule = {
  id: 'fallback-resolved',
  defaultSeverity: 'info',
  description:
    'A key, or one plural form of a key, is absent from a locale but resolves through a fallback of the same language (es-AR through es); reported so translators know where the text comes from.',
  docs: {
    checks: 'a key, or one plural form of a key, the locale lacks but a same-language fallback supplies (es-AR through es)',
    why: 'Readers of es-AR see the es text: usually right, but it may use words or forms their region does not; the note lists what a regional translator may want to adapt.',
    passes: "Keys the locale has itself, and keys no locale of its language has (those are missing-key's).",
  },
  examples: {
    invalid: [
      {
        name: 'A regional locale that leans on its language',
        files: {
          'locales/en/ui.json': '{\n  "home": "Home",\n  "world": "World"\n}\n',
          'locales/es/ui.json': '{\n  "home": "Inicio",\n  "world": "Mundo"\n}\n',
          'locales/es-AR/ui.json': '{\n  "home": "Inicio"\n}\n',
        },
        expect: ['locales/es-AR/ui.json:1:1 info "world" is not in es-AR; it resolves through es [fallback-resolved]'],
      },
      {
        name: 'Two keys from the language',
        files: {
          'locales/en/ui.json': '{\n  "home": "Home",\n  "world": "World"\n}\n',
          'locales/es/ui.json': '{\n  "home": "Inicio",\n  "world": "Mundo"\n}\n',
          'locales/es-AR/ui.json': '{}\n',
        },
        expect: [
          'locales/es-AR/ui.json:1:1 info "home" is not in es-AR; it resolves through es [fallback-resolved]',
          'locales/es-AR/ui.json:1:1 info "world" is not in es-AR; it resolves through es [fallback-resolved]',
        ],
      },
    ],
    valid: [
      {
        name: 'The regional locale complete',
        files: {
          'locales/en/ui.json': '{\n  "home": "Home",\n  "world": "World"\n}\n',
          'locales/es/ui.json': '{\n  "home": "Inicio",\n  "world": "Mundo"\n}\n',
          'locales/es-AR/ui.json': '{\n  "home": "Inicio",\n  "world": "Mundo"\n}\n',
        },
      },
      {
        name: "A key the whole language lacks is missing-key's",
        files: {
          'locales/en/ui.json': '{\n  "home": "Home",\n  "world": "World"\n}\n',
          'locales/es/ui.json': '{\n  "home": "Inicio"\n}\n',
          'locales/es-AR/ui.json': '{\n  "home": "Inicio"\n}\n',
        },
      },
    ],
  },
  claims: [{ says: 'resolves through a fallback of the same language', locale: 'es-AR', key: 'world', shows: 'Mundo' }],
  readsFallbacks: true,
  check(context, report) {
    for (const [locale, bundle] of comparableTargets(context)) {
      for (const absent of absentKeys(context, locale)) {
        // Found in the locale itself under another spelling (`"a": {"b_other"}` for `"a.b"`): no fallback.
        if (!absent.resolvedBy || absent.resolvedBy === locale) continue;
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
        report({
          target: inBundle(bundle),
          anchor: { kind: 'key', key: anchor },
          key,
          message: `"${key}" is in ${locale} only as plural forms; without a count it resolves through ${bare.locale}`,
        });
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
