import { inBundle } from '../finding.js';
import { parsePluralKey } from '../../bundles/plural-key.js';
import { pluralFamily } from '../../bundles/plural-rules.js';
import type { Rule } from '../rule.js';
import { PairTrait } from '../pair-traits.js';
import { firstUnit } from '../../bundles/edge-units.js';
import { BARE_LOOKUP, skipsValue, type Resolution } from '../../project/resolve-key.js';
import type { RuleContext } from '../rule-context.js';
import { languageOf } from '../../locale/locale-tag.js';
import { excerpt } from '../../text/excerpt.js';

/**
 * What i18next finds instead of a value it skips: a plural form (cs "item_many") is the base looked
 * up at a count that selects it, each fallback picking its own form there (en "item_other" at 1.5);
 * any other key is looked up as it is.
 */
function lookedUp(context: RuleContext, locale: string, key: string): Resolution | undefined {
  const plural = parsePluralKey(key, context.pluralSeparator);
  const count = plural && pluralFamily(locale, plural.ordinal).samples.get(plural.category);
  if (!plural || count === undefined) return context.resolve(locale, key, BARE_LOOKUP, false);
  return context.resolve(locale, plural.base, { count, ordinal: plural.ordinal }, false);
}

/**
 * What i18next shows for a key whose value it skips, and what the source shows there: the next
 * value of the chain (named alone when it is the source's own text), else the key itself.
 * `sameLanguage` when that is what readers of the locale's language get anyway: text of a
 * locale of its language (en-GB through en-US), or the key where the source, of its language, shows it too.
 */
function shownInstead(context: RuleContext, locale: string, key: string, sourceWritten: string): { text: string; sameLanguage: boolean } {
  const found = lookedUp(context, locale, key);
  const sourceShowsKey = skipsValue(sourceWritten, context.config.returnEmptyString);
  const source = context.sourceLocale;
  const language = languageOf(locale);
  if (!found || typeof found.value !== 'string')
    return sourceShowsKey
      ? {
          text: `the key itself, as ${source} readers do (its ${source} value is empty too)`,
          sameLanguage: languageOf(source) === language,
        }
      : { text: `the key itself where ${source} has ${excerpt(sourceWritten)}`, sameLanguage: false };
  const text = `the ${found.locale} text ${excerpt(found.value)}`;
  const sameLanguage = languageOf(found.locale) === language;
  if (found.locale === source) return { text, sameLanguage };
  return {
    text: `${text} where ${source} ${sourceShowsKey ? 'shows the key itself' : `has ${excerpt(sourceWritten)}`}`,
    sameLanguage,
  };
}

/** Whether a name is a plural form of a category only fractional counts select in the locale (ru, pl `other`). */
function onlyFractions(name: string, locale: string, pluralSeparator: string): boolean {
  const plural = parsePluralKey(name, pluralSeparator);
  return plural !== undefined && pluralFamily(locale, plural.ordinal).reach.get(plural.category) === 'fractional';
}

/** An empty translation: i18next returns '' as found, so the page shows nothing instead of falling back. */
export const emptyValue: Rule = {
  id: 'empty-value',
  defaultSeverity: 'error',
  description:
    'A translation is empty or only spaces while the source is not: i18next shows the empty string (it does not fall back). An empty source value is a warning, and so is an empty plural form only fractional counts select (ru "other": 1.5). With "returnEmptyString": false in the config (as the app sets i18next), i18next skips an empty string as a missing one: the message then names its fallback, it is a note where that is text of the locale\'s own language (en-GB readers get the en-US "Color"), and an empty source value, whose key the page prints in its stead, is a note.',
  docs: {
    checks:
      "an empty translation (i18next shows `''`, it does not fall back); an empty source value is a warning, and so is an empty plural form only fractional counts select (ru, pl `other`: 1.5), as plural-forms grades a missing one. With `returnEmptyString: false` (the app's i18next option, repeated in the config) an empty string is skipped as a missing one: the message names the text of the fallback (or the key itself), a note where that is text of the locale's own language (en-GB through en-US, as fallback-resolved grades a missing key), an empty source value is a note (the page prints its key, the text where keys are the text), and the pair rules compare translations with that key; a translation of white space alone (a line break, spaces) is said to be so, and is never skipped (i18next skips only the empty string)",
    why: 'i18next shows an empty string as it is (it does not fall back), so readers see a blank label, button or heading.',
    passes: 'Any translation with text; where the source itself is empty, one warning at the source and none for the translations.',
  },
  examples: {
    invalid: [
      {
        name: 'An empty translation',
        files: {
          'locales/en/ui.json': '{\n  "title": "Title"\n}\n',
          'locales/es/ui.json': '{\n  "title": ""\n}\n',
        },
        expect: ['locales/es/ui.json:2:3 error "title" is empty; readers see nothing where en has "Title" [empty-value]'],
      },
      {
        name: 'An empty item of a list',
        files: {
          'locales/en/ui.json': '{\n  "steps": ["One", "Two"]\n}\n',
          'locales/es/ui.json': '{\n  "steps": ["Uno", ""]\n}\n',
        },
        expect: ['locales/es/ui.json:2:20 error "steps.1" is empty; readers see nothing where en has "Two" [empty-value]'],
      },
      {
        name: 'An empty source value (a warning: every locale may be empty there)',
        files: {
          'locales/en/ui.json': '{\n  "suffix": ""\n}\n',
          'locales/es/ui.json': '{\n  "suffix": ""\n}\n',
        },
        expect: ['locales/en/ui.json:2:3 warning the source value of "suffix" is empty [empty-value]'],
      },
      {
        name: 'An empty value i18next skips for text of the same language (a note)',
        files: {
          'locales/en-US/ui.json': '{\n  "color": "Color",\n  "title": "Title"\n}\n',
          'locales/en-GB/ui.json': '{\n  "color": "",\n  "title": "Title"\n}\n',
          'locales/fr/ui.json': '{\n  "color": "",\n  "title": "Titre"\n}\n',
        },
        config: { sourceLocale: 'en-US', returnEmptyString: false },
        expect: [
          'locales/en-GB/ui.json:2:3 info "color" is empty; i18next skips it (returnEmptyString: false), so en-GB readers get the en-US text "Color" [empty-value]',
          'locales/fr/ui.json:2:3 error "color" is empty; i18next skips it (returnEmptyString: false), so fr readers get the en-US text "Color" [empty-value]',
        ],
      },
    ],
    valid: [
      {
        name: 'Translated',
        files: {
          'locales/en/ui.json': '{\n  "title": "Title"\n}\n',
          'locales/es/ui.json': '{\n  "title": "Título"\n}\n',
        },
      },
      {
        name: 'A list translated item by item',
        files: {
          'locales/en/ui.json': '{\n  "steps": ["One", "Two"]\n}\n',
          'locales/es/ui.json': '{\n  "steps": ["Uno", "Dos"]\n}\n',
        },
      },
    ],
  },
  claims: [
    { says: 'i18next shows the empty string (it does not fall back)', locale: 'es', key: 'title', shows: '' },
    {
      says: 'en-GB readers get the en-US "Color"',
      files: {
        'locales/en-US/ui.json': '{ "color": "Color" }',
        'locales/en-GB/ui.json': '{ "color": "" }',
      },
      config: { sourceLocale: 'en-US', returnEmptyString: false },
      locale: 'en-GB',
      key: 'color',
      shows: 'Color',
    },
  ],
  check(context, report) {
    const source = context.source;
    if (!context.checksSource) return;
    for (const [key, value] of source?.data ? (source.flat?.values ?? []) : []) {
      if (source && typeof value === 'string' && value.trim() === '')
        report({
          target: inBundle(source),
          anchor: { kind: 'key', key },
          key,
          // Where i18next skips it, the page shows the key: the text, in a project whose keys are the text.
          ...(skipsValue(value, context.config.returnEmptyString)
            ? {
                severity: 'info',
                message: `the source value of "${key}" is empty: i18next skips it (returnEmptyString: false) and shows the key`,
              }
            : { severity: 'warning', message: `the source value of "${key}" is empty` }),
        });
    }
  },
  pairTraits: () => PairTrait.edge,
  checkPair(pair, bundle, context, report) {
    const first = firstUnit(pair.value);
    // Below U+1680 only ASCII blanks and U+00A0 are white space: anything else there is text.
    if (first > 32 && first !== 0xa0 && first < 0x1680) return;
    if (pair.value.trim() !== '' || pair.sourceValue.trim() === '') return;
    const key = pair.key;
    const at = { target: inBundle(bundle), anchor: { kind: 'key', key } as const, key };
    if (!skipsValue(pair.value, context.config.returnEmptyString)) {
      report({
        ...at,
        // A plural form only fractional counts select (ru `_other`: 1.5) is read as rarely as plural-forms grades it.
        ...(onlyFractions(pair.name, bundle.locale, context.pluralSeparator) && { severity: 'warning' as const }),
        // White space alone (homepage's vi "\n") is no empty string, but readers see as little.
        message: `"${key}" is ${pair.value === '' ? 'empty' : 'white space only'}; readers see nothing where ${context.sourceLocale} has ${excerpt(pair.sourceWritten)}`,
      });
      return;
    }
    const shown = shownInstead(context, bundle.locale, key, pair.sourceWritten);
    report({
      ...at,
      // Readers get their language's text either way (en-GB through en-US): a note, as fallback-resolved gives.
      ...(shown.sameLanguage
        ? { severity: 'info' as const }
        : onlyFractions(pair.name, bundle.locale, context.pluralSeparator) && { severity: 'warning' as const }),
      message: `"${key}" is empty; i18next skips it (returnEmptyString: false), so ${bundle.locale} readers get ${shown.text}`,
    });
  },
};
