import { localeScript, scriptName, scriptsDiffer } from '../../locale/locale-script.js';
import { languageOf } from '../../locale/locale-tag.js';
import { fallbackResolutions } from '../fallback-resolutions.js';
import type { RuleContext } from '../rule-context.js';
import type { Rule } from '../rule.js';

/** Whether a locale's chain holds a locale of its language written in another script, the only suppliers this rule reports. */
function fallsBackAcrossScripts(context: RuleContext, locale: string): boolean {
  const language = languageOf(locale);
  return context.chain(locale).some((other) => other !== locale && languageOf(other) === language && scriptsDiffer(locale, other));
}

/** A string a locale lacks that a locale of its language supplies in another script (zh-TW through zh): text its readers may not read. */
export const scriptFallback: Rule = {
  id: 'script-fallback',
  defaultSeverity: 'warning',
  description:
    'A key, or one plural form of a key, is absent from a locale, and its readers get the text of a fallback of the same language written in another script (zh-TW through zh, Simplified; sr-ME through sr, Cyrillic), which they may not read.',
  docs: {
    checks:
      "a key, or one plural form of a key, the locale lacks that a same-language fallback in another script supplies (zh-TW through zh, Simplified; sr-Latn through sr, Cyrillic; scripts by CLDR's likely subtags)",
    why: 'i18next falls back from zh-TW to zh as from es-AR to es, but a reader of Traditional Chinese gets Simplified characters, and a reader of Serbian in Latin letters gets Cyrillic: the string is as good as untranslated for them.',
    passes:
      "Keys the locale has itself; a fallback in the locale's own script (es-AR through es: fallback-resolved notes it); a locale whose script Intl does not know.",
  },
  examples: {
    invalid: [
      {
        name: 'Traditional Chinese through Simplified',
        files: {
          'locales/en/ui.json': '{\n  "home": "Home",\n  "world": "World"\n}\n',
          'locales/zh/ui.json': '{\n  "home": "首页",\n  "world": "世界"\n}\n',
          'locales/zh-TW/ui.json': '{\n  "home": "首頁"\n}\n',
        },
        expect: [
          'locales/zh-TW/ui.json:1:1 warning "world" is not in zh-TW; it resolves through zh, written in Simplified (Hans) where zh-TW is written in Traditional (Hant) [script-fallback]',
        ],
      },
      {
        name: 'Serbian in Latin letters through Cyrillic',
        files: {
          'locales/en/ui.json': '{\n  "save": "Save"\n}\n',
          'locales/sr/ui.json': '{\n  "save": "Сачувај"\n}\n',
          'locales/sr-Latn/ui.json': '{}\n',
        },
        expect: [
          'locales/sr-Latn/ui.json:1:1 warning "save" is not in sr-Latn; it resolves through sr, written in Cyrillic (Cyrl) where sr-Latn is written in Latin (Latn) [script-fallback]',
        ],
      },
    ],
    valid: [
      {
        name: 'A regional locale through its language in the same script',
        files: {
          'locales/en/ui.json': '{\n  "home": "Home",\n  "world": "World"\n}\n',
          'locales/es/ui.json': '{\n  "home": "Inicio",\n  "world": "Mundo"\n}\n',
          'locales/es-AR/ui.json': '{\n  "home": "Inicio"\n}\n',
        },
      },
      {
        name: 'Traditional Chinese complete',
        files: {
          'locales/en/ui.json': '{\n  "home": "Home"\n}\n',
          'locales/zh/ui.json': '{\n  "home": "首页"\n}\n',
          'locales/zh-TW/ui.json': '{\n  "home": "首頁"\n}\n',
        },
      },
    ],
  },
  claims: [
    {
      says: 'its readers get the text of a fallback of the same language written in another script',
      locale: 'zh-TW',
      key: 'world',
      shows: '世界',
    },
  ],
  readsFallbacks: true,
  check(context, report) {
    fallbackResolutions(
      context,
      (locale) => fallsBackAcrossScripts(context, locale),
      ({ finding, by }) => {
        const locale = finding.target.locale;
        if (!scriptsDiffer(locale, by)) return;
        const theirs = scriptName(localeScript(by) as string);
        const ours = scriptName(localeScript(locale) as string);
        report({ ...finding, message: `${finding.message}, written in ${theirs} where ${locale} is written in ${ours}` });
      },
    );
  },
};
