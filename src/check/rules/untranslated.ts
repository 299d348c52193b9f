import { languageOf } from '../../bundles/fallback-chain.js';
import { comparableTargets } from '../absent-keys.js';
import { inBundle } from '../finding.js';
import type { Rule } from '../rule.js';

const PLACEHOLDERS = /\{\{[^{}]*\}\}|\$t\([^()]*\)|<[^<>]*>/g;
const LETTER = /\p{L}/u;

/** A value left identical to the source in another language: probably never translated. */
export const untranslated: Rule = {
  id: 'untranslated',
  defaultSeverity: 'warning',
  description:
    'A value is identical to the source in a locale of another language. Values without letters ("{{count}}", "—") are skipped; option "allow" lists values that may stay the same (brand names), "allowPatterns" regular expressions.',
  failing: {
    files: {
      'locales/en/ui.json': '{\n  "login": "Log in"\n}\n',
      'locales/es/ui.json': '{\n  "login": "Log in"\n}\n',
    },
    expect: ['locales/es/ui.json:2:3 untranslated'],
  },
  passing: {
    files: {
      'locales/en/ui.json': '{\n  "login": "Log in",\n  "brand": "Acme"\n}\n',
      'locales/es/ui.json': '{\n  "login": "Iniciar sesión",\n  "brand": "Acme"\n}\n',
    },
    config: { rules: { untranslated: ['warning', { allow: ['Acme'] }] } },
  },
  check(context, report) {
    const options = context.options('untranslated');
    const allow = new Set(Array.isArray(options.allow) ? options.allow.map(String) : []);
    const patterns = (Array.isArray(options.allowPatterns) ? options.allowPatterns : []).map((p) => new RegExp(String(p), 'u'));
    const sourceLanguage = languageOf(context.sourceLocale);
    for (const [locale, bundle] of comparableTargets(context)) {
      if (!bundle || languageOf(locale) === sourceLanguage) continue;
      for (const pair of context.pairs(bundle)) {
        if (pair.value !== pair.sourceValue || allow.has(pair.value)) continue;
        if (!LETTER.test(pair.value.replace(PLACEHOLDERS, ''))) continue;
        if (patterns.some((p) => p.test(pair.value))) continue;
        report({ target: inBundle(bundle), anchor: { kind: 'key', key: pair.key }, key: pair.key, message: `"${pair.key}" is identical to the ${context.sourceLocale} source (${JSON.stringify(pair.value.slice(0, 60))}); translate it or allow it` });
      }
    }
  },
};
