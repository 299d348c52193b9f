import { absentKeys, comparableTargets } from '../absent-keys.js';
import type { Rule } from '../rule.js';

/** A key a locale lacks but a locale of its own language supplies (es-AR through es): resolved, not missing. */
export const fallbackResolved: Rule = {
  id: 'fallback-resolved',
  defaultSeverity: 'info',
  description: 'A key is absent from a locale but resolves through a fallback of the same language (es-AR through es); reported so translators know where the text comes from.',
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
    }
  },
};
