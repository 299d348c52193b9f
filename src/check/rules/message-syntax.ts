import type { Bundle } from '../../project/bundle.js';
import { inBundle, type Finding } from '../finding.js';
import { icuOf, quotedArguments } from '../icu-of.js';
import { intlFormatError } from '../intl-format-error.js';
import { PairTrait } from '../pair-traits.js';
import type { Rule } from '../rule.js';
import type { RuleContext } from '../rule-context.js';

const NONE_HIDDEN: ReadonlyMap<number, string> = new Map();

/** The word an apostrophe at `at` follows, with the apostrophe and the character it quotes: `l'<`. */
function elision(value: string, at: number): string {
  let start = at;
  while (start > 0 && /\p{L}/u.test(value.charAt(start - 1))) start--;
  return value.slice(start, at + 2);
}

/**
 * Reports `value` of `key` when ICU cannot read it, at the character where reading failed, or
 * reads an elision's apostrophe as a quote, at the apostrophe: a warning, an error where the quote
 * hides an argument the source passes (`hidden`, by the apostrophe's offset).
 */
function reportUnreadable(
  context: RuleContext,
  bundle: Bundle,
  key: string,
  value: string,
  report: (f: Finding) => void,
  hidden: ReadonlyMap<number, string> = NONE_HIDDEN,
): void {
  const { error, quotes, arguments: parts } = icuOf(context, value);
  for (const argument of parts) {
    const refused = intlFormatError(argument);
    if (refused)
      report({
        target: inBundle(bundle),
        anchor: { kind: 'in-value', key, start: argument.start, end: argument.end },
        key,
        message: `ICU cannot format ${value.slice(argument.start, argument.end)} in "${key}": ${refused}; i18next-icu shows the message as written, braces and all`,
      });
  }
  for (const at of quotes) {
    const name = hidden.get(at);
    const place = { target: inBundle(bundle), anchor: { kind: 'in-value', key, start: at, end: at + 1 } as const, key };
    if (name === undefined)
      report({
        ...place,
        severity: 'warning',
        message: `ICU reads the apostrophe of "${elision(value, at)}" as the start of a quote: it is not shown, nor is the apostrophe that ends the quote, and what stands between is shown as written; write it as ’ or twice ('')`,
      });
    else
      report({
        ...place,
        message: `ICU reads the apostrophe of "${elision(value, at)}" as the start of a quote, so readers see "${elision(value, at).slice(0, -2)}{${name}}": {${name}}, which the ${context.sourceLocale} source passes, is shown as written; write the apostrophe as ’ or twice ('')`,
      });
  }
  if (!error) return;
  report({
    target: inBundle(bundle),
    anchor: { kind: 'in-value', key, start: error.start, end: error.end },
    key,
    message: `ICU cannot read "${key}": ${error.message}${value.includes('{{') ? " ({{name}} is i18next's syntax; ICU writes {name})" : ''}; i18next-icu shows the message as written, braces and all`,
  });
}

/** ICU messages that cannot be parsed (`messageFormat: 'icu'`): i18next-icu then shows them raw. */
export const messageSyntax: Rule = {
  id: 'message-syntax',
  defaultSeverity: 'error',
  description:
    'With messageFormat "icu" (an app that uses i18next-icu), a string ICU cannot read: an argument not closed, a plural or select without its "other" case, an unknown type, a case written twice, a number or date skeleton Intl refuses (::currency/EURO). i18next-icu then shows the message as written ("Hola {name"), braces and all. Reported at the character where reading stops, in the source and every translation. An apostrophe right after a letter that ICU reads as the start of a quote (before "{", "}", "<", ">", or "#" in a plural) is a warning: it vanishes, and what follows up to the next apostrophe is text, so readers see "Esegui l<a>aggiornamento</a>." for "Esegui l\'<a>aggiornamento</a>."; it is an error when the quote hides an argument the source passes (readers see "Échec de l{action} du type délément"). Without messageFormat "icu" the rule reports nothing: i18next reads any string.',
  docs: {
    checks:
      'with `messageFormat: "icu"`, a string ICU (IntlMessageFormat, as i18next-icu runs it: tags are text, `other` required) cannot read, at the character where reading stops: an argument not closed, no `other` case, an unknown argument type, a case written twice, a skeleton Intl refuses when the message is formatted (`::currency/EURO`, `::unit/kilometre-per-hour`), i18next\'s `{{name}}` (named as such), a bad number or date skeleton',
    why: 'i18next-icu shows a message it cannot parse as written, so readers get `{count, plural, one {# día} otro {# días}}` instead of a sentence.',
    passes: 'Every string without `messageFormat: "icu"`; quoted braces (`\'{\'`), tags (text to i18next-icu) and `#` in a plural case.',
  },
  examples: {
    invalid: [
      {
        name: 'An argument not closed',
        files: {
          'locales/en/ui.json': '{\n  "greeting": "Hello {name}"\n}\n',
          'locales/es/ui.json': '{\n  "greeting": "Hola {name"\n}\n',
        },
        config: { messageFormat: 'icu' },
        expect: [
          'locales/es/ui.json:2:21 error ICU cannot read "greeting": an argument is not closed with "}"; i18next-icu shows the message as written, braces and all [message-syntax]',
        ],
      },
      {
        name: 'A plural without "other"',
        files: {
          'locales/en/ui.json': '{\n  "days": "{count, plural, one {# day} other {# days}}"\n}\n',
          'locales/es/ui.json': '{\n  "days": "{count, plural, one {# día} otro {# días}}"\n}\n',
        },
        config: { messageFormat: 'icu' },
        expect: [
          'locales/es/ui.json:2:53 error ICU cannot read "days": a plural or select has no "other" case; i18next-icu shows the message as written, braces and all [message-syntax]',
        ],
      },
      {
        name: "i18next's {{name}} in an ICU message",
        files: {
          'locales/en/ui.json': '{\n  "powered": "Powered by <a>{name}</a>"\n}\n',
          'locales/it/ui.json': '{\n  "powered": "Powered by <a>{{name}}</a>"\n}\n',
        },
        config: { messageFormat: 'icu' },
        expect: [
          'locales/it/ui.json:2:29 error ICU cannot read "powered": an argument name is not a name ({{name}} is i18next\'s syntax; ICU writes {name}); i18next-icu shows the message as written, braces and all [message-syntax]',
        ],
      },
      {
        name: "An elision's apostrophe that ICU reads as a quote",
        files: {
          'locales/en/ui.json': '{\n  "update": "Run the <a>update</a>."\n}\n',
          'locales/it/ui.json': '{\n  "update": "Esegui l\'<a>aggiornamento</a>."\n}\n',
        },
        config: { messageFormat: 'icu' },
        expect: [
          "locales/it/ui.json:2:22 warning ICU reads the apostrophe of \"l'<\" as the start of a quote: it is not shown, nor is the apostrophe that ends the quote, and what stands between is shown as written; write it as ’ or twice ('') [message-syntax]",
        ],
      },
      {
        name: 'An apostrophe that hides an argument the source passes',
        files: {
          'locales/en/ui.json': '{\n  "failed": "Failed to {action} the item type"\n}\n',
          'locales/fr/ui.json': '{\n  "failed": "Échec de l\'{action} du type d\'élément"\n}\n',
        },
        config: { messageFormat: 'icu' },
        expect: [
          'locales/fr/ui.json:2:24 error ICU reads the apostrophe of "l\'{" as the start of a quote, so readers see "l{action}": {action}, which the en source passes, is shown as written; write the apostrophe as ’ or twice (\'\') [message-syntax]',
        ],
      },
      {
        name: 'A skeleton Intl refuses when it formats',
        files: {
          'locales/en/ui.json': '{\n  "price": "Price: {amount, number, ::currency/EUR}"\n}\n',
          'locales/de/ui.json': '{\n  "price": "Preis: {amount, number, ::currency/EURO}"\n}\n',
        },
        config: { messageFormat: 'icu' },
        expect: [
          'locales/de/ui.json:2:20 error ICU cannot format {amount, number, ::currency/EURO} in "price": Invalid currency code : EURO; i18next-icu shows the message as written, braces and all [message-syntax]',
        ],
      },
    ],
    valid: [
      {
        name: 'Quoted braces, tags and # are text',
        files: {
          'locales/en/ui.json': '{\n  "hint": "Type \'{\'name\'}\' in <b>{count, plural, one {# field} other {# fields}}</b>"\n}\n',
        },
        config: { messageFormat: 'icu' },
      },
      {
        name: 'An i18next project',
        files: { 'locales/en/ui.json': '{\n  "greeting": "Hello {name"\n}\n' },
      },
    ],
  },
  claims: [
    {
      says: 'readers see "Esegui l<a>aggiornamento</a>."',
      files: {
        'locales/en/ui.json': '{ "update": "Run the <a>update</a>." }',
        'locales/it/ui.json': '{ "update": "Esegui l\'<a>aggiornamento</a>." }',
      },
      config: { messageFormat: 'icu' },
      locale: 'it',
      key: 'update',
      shows: 'Esegui l<a>aggiornamento</a>.',
    },
    {
      says: 'readers see "Échec de l{action} du type délément"',
      files: {
        'locales/en/ui.json': '{ "failed": "Failed to {action} the item type" }',
        'locales/fr/ui.json': '{ "failed": "Échec de l\'{action} du type d\'élément" }',
      },
      config: { messageFormat: 'icu' },
      locale: 'fr',
      key: 'failed',
      options: { action: 'activer' },
      shows: 'Échec de l{action} du type délément',
    },
    {
      says: 'i18next-icu then shows the message as written ("Hola {name")',
      locale: 'es',
      key: 'greeting',
      options: { name: 'Ana' },
      shows: 'Hola {name',
    },
  ],
  check(context, report) {
    const source = context.source;
    if (context.config.messageFormat !== 'icu' || !context.checksSource || !source?.flat) return;
    for (const [key, value] of source.flat.values) if (typeof value === 'string') reportUnreadable(context, source, key, value, report);
  },
  pairTraits: (_bundle, context) => (context.config.messageFormat === 'icu' ? PairTrait.any : 0),
  checkPair(pair, bundle, context, report) {
    if (context.config.messageFormat !== 'icu') return;
    reportUnreadable(context, bundle, pair.key, pair.value, report, quotedArguments(context, pair.value, pair.sourceValue));
  },
};
