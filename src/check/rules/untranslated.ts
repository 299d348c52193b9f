import { languageOf } from '../../bundles/fallback-chain.js';
import { ConfigError } from '../../config/parse-config.js';
import { inBundle } from '../finding.js';
import type { NamespaceContext } from '../namespace-context.js';
import type { Rule } from '../rule.js';

const PLACEHOLDERS = /\{\{[^{}]*\}\}|\$t\([^()]*\)|<[^<>]*>/g;
const LETTER = /\p{L}/u;

interface Settings {
  sourceLanguage: string;
  allow: Set<string>;
  patterns: RegExp[];
}

const settings = new WeakMap<NamespaceContext, Settings>();

/** The rule's options, read once per namespace; a bad pattern is a config error. */
function settingsOf(context: NamespaceContext): Settings {
  let found = settings.get(context);
  if (found) return found;
  const options = context.options('untranslated');
  const patterns = (Array.isArray(options.allowPatterns) ? options.allowPatterns : []).map((p) => {
    try {
      return new RegExp(String(p), 'u');
    } catch (error) {
      throw new ConfigError('config', [`rules.untranslated.allowPatterns: ${(error as Error).message}`]);
    }
  });
  found = { sourceLanguage: languageOf(context.sourceLocale), allow: new Set(Array.isArray(options.allow) ? options.allow.map(String) : []), patterns };
  settings.set(context, found);
  return found;
}

/** A value left identical to the source in another language: probably never translated. */
export const untranslated: Rule = {
  id: 'untranslated',
  defaultSeverity: 'warning',
  description:
    'A value is identical to the source in a locale of another language, or is still the text sync copied into a plural form from another form of the locale (until it is changed or marked translated). Values without letters ("{{count}}", "—") are skipped; option "allow" lists values that may stay the same (brand names), "allowPatterns" regular expressions.',
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
  checkPair(pair, bundle, context, report) {
    if (pair.value !== pair.sourceValue) {
      // A plural form sync started from another form of the locale: not the source's text, but no translator's either.
      if (context.syncFills(bundle.file)?.get(pair.key) !== pair.value || !LETTER.test(pair.value.replace(PLACEHOLDERS, ''))) return;
      const key = pair.key;
      report({ target: inBundle(bundle), anchor: { kind: 'key', key }, key, message: `"${key}" still holds the text sync copied from another plural form (${JSON.stringify(pair.value.slice(0, 60))}); adapt it to its count, or run mark-translated on the file if it is right as it is` });
      return;
    }
    const settings = settingsOf(context);
    if (languageOf(pair.locale) === settings.sourceLanguage || settings.allow.has(pair.value)) return;
    if (!LETTER.test(pair.value.replace(PLACEHOLDERS, ''))) return;
    if (settings.patterns.some((p) => p.test(pair.value))) return;
    const key = pair.key;
    report({ target: inBundle(bundle), anchor: { kind: 'key', key }, key, message: `"${key}" is identical to the ${context.sourceLocale} source (${JSON.stringify(pair.value.slice(0, 60))}); translate it or allow it` });
  },
};
