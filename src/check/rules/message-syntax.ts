import type { Bundle } from '../../project/bundle.js';
import { inBundle, type Finding } from '../finding.js';
import { icuOf } from '../icu-of.js';
import { PairTrait } from '../pair-traits.js';
import type { Rule } from '../rule.js';
import type { RuleContext } from '../rule-context.js';

/** Reports `value` of `key` when ICU cannot read it, at the character where reading failed. */
function reportUnreadable(context: RuleContext, bundle: Bundle, key: string, value: string, report: (f: Finding) => void): void {
  const { error } = icuOf(context, value);
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
    'With messageFormat "icu" (an app that uses i18next-icu), a string ICU cannot read: an argument not closed, a plural or select without its "other" case, an unknown type, a case written twice. i18next-icu then shows the message as written ("Hola {name"), braces and all. Reported at the character where reading stops, in the source and every translation. Without messageFormat "icu" the rule reports nothing: i18next reads any string.',
  docs: {
    checks:
      'with `messageFormat: "icu"`, a string ICU (IntlMessageFormat, as i18next-icu runs it: tags are text, `other` required) cannot read, at the character where reading stops: an argument not closed, no `other` case, an unknown argument type, a case written twice, i18next\'s `{{name}}` (named as such), a bad number or date skeleton',
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
  // Only a string with `{` can be one ICU cannot read: the walk's interpolation trait is `{` under ICU.
  pairTraits: (_bundle, context) => (context.config.messageFormat === 'icu' ? PairTrait.interpolation : 0),
  checkPair(pair, bundle, context, report) {
    if (context.config.messageFormat !== 'icu') return;
    reportUnreadable(context, bundle, pair.key, pair.value, report);
  },
};
