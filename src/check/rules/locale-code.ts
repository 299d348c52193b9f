import { i18nextCode, invalidLocaleMessage, isLocaleTag } from '../../locale/locale-tag.js';
import { inBundle } from '../finding.js';
import type { Rule } from '../rule.js';

/**
 * A locale folder i18next never reads under its name (`es-ar`: it asks for `es-AR`), so its strings
 * never show, or one that is no language tag at all (`español`, `sitemap.xml`), which build refuses.
 */
export const localeCode: Rule = {
  id: 'locale-code',
  defaultSeverity: 'error',
  description:
    'The locale folder is not named as i18next writes the code: i18next turns a code with "-" into the canonical form of its tag ("es-ar" -> "es-AR") before it looks it up, so it never reads this file and readers get the fallbacks instead. (A project that sets i18next\'s lowerCaseLng names its folders in lower case: turn the rule off there.) A folder whose name is not a language tag at all ("español", "x y") is reported too: build refuses it whatever the rule\'s level.',
  failing: {
    files: {
      'locales/en/ui.json': '{\n  "title": "Title"\n}\n',
      'locales/es-ar/ui.json': '{\n  "title": "Título"\n}\n',
    },
    expect: ['locales/es-ar/ui.json:1:1 locale-code'],
  },
  claims: [{ says: 'readers get the fallbacks instead', locale: 'es-ar', key: 'title', shows: 'Title' }],
  passing: {
    files: {
      'locales/en/ui.json': '{\n  "title": "Title"\n}\n',
      'locales/es-AR/ui.json': '{\n  "title": "Título"\n}\n',
    },
  },
  check(context, report) {
    for (const bundle of context.checkedFiles) {
      if (!isLocaleTag(bundle.locale)) {
        report({ target: inBundle(bundle), anchor: { kind: 'file' }, message: invalidLocaleMessage(bundle.locale) });
        continue;
      }
      const code = i18nextCode(bundle.locale);
      if (code === bundle.locale) continue;
      report({
        target: inBundle(bundle),
        anchor: { kind: 'file' },
        message: `i18next looks locale "${bundle.locale}" up as "${code}" (the canonical form of the tag), so it never reads this file and readers get the fallbacks of ${code} instead; rename the folder so that the file is ${context.pathOf(code)}`,
      });
    }
  },
};
