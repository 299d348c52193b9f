import { scriptsDiffer } from '../../locale/locale-script.js';
import { fallbackResolutions } from '../fallback-resolutions.js';
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
    passes:
      "Keys the locale has itself, keys no locale of its language has (those are missing-key's), and keys a locale of its language in another script supplies (zh-TW through zh: script-fallback's).",
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
        name: "Traditional Chinese through Simplified is script-fallback's",
        files: {
          'locales/en/ui.json': '{\n  "world": "World"\n}\n',
          'locales/zh/ui.json': '{\n  "world": "世界"\n}\n',
          'locales/zh-TW/ui.json': '{}\n',
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
    // A supplier in another script is script-fallback's: readers may not read it at all.
    fallbackResolutions(
      context,
      () => true,
      ({ finding, by }) => {
        if (!scriptsDiffer(finding.target.locale, by)) report(finding);
      },
    );
  },
};
