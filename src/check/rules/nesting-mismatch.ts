import { inBundle } from '../finding.js';
import { lostReferences, sourceReferences, type SourceReferences } from '../lost-references.js';
import { PairTrait } from '../pair-traits.js';
import type { Rule } from '../rule.js';
import type { RuleContext } from '../rule-context.js';
import { sourceMemo } from '../../project/source-memo.js';

const sourceRefs = sourceMemo<SourceReferences>();

/** The references of a source string, read once for all the locales compared with it (see sourceMemo). */
function ofSource(context: RuleContext, value: string): SourceReferences {
  const cache = sourceRefs(context);
  let refs = cache.get(value);
  if (!refs) cache.set(value, (refs = sourceReferences(value, context.config.interpolation)));
  return refs;
}

/** `$t()` references of the source that a translation drops, or mangles into text i18next shows as written. */
export const nestingMismatch: Rule = {
  id: 'nesting-mismatch',
  defaultSeverity: 'error',
  description:
    'A translation that loses a $t(key) reference its source nests: mangled into text that i18next does not read as one ("$ T (key)", "$t (key)", "$T(key)", "t(key)": only "$t(" exactly nests a key), which the page shows as written; or dropped with no reference in its place, a note (info): readers get the nested text only where the translation writes it out, and then as a copy that no longer follows the nested key. A translation that nests another key in its place (a grammatical variant) passes; whether that key resolves is nesting\'s.',
  docs: {
    checks:
      'a `$t()` reference of the source that a translation mangles into text i18next does not read as one (`$ T (key)`, `$t (key)`, `$T(key)`, full-width `（`, `t(key)` without its `$`: only `$t(` exactly nests), named at that text; one dropped with nothing in its place is a note (info: the translator most often wrote the nested word out, which readers see as meant); references are compared as i18next looks them up, by namespace and key (`$t(common:site)` is `$t(site, {"ns": "common"})`), once each, options aside; plural forms with the source form they translate',
    why: 'i18next shows a mangled reference as written ("Fjern $ T (lockRoomPassword)" where the source shows "Remove password"); a dropped one leaves out the nested text, or copies it where a change to the nested key (a product name, a term the app renames) no longer reaches.',
    passes:
      'A reference kept anywhere in the translation, with any options; one the source writes twice and the translation once; another key nested in its place (`$t(passwordUppercase)` for `$t(password)`: nesting checks that it resolves); an unread `$t(` (nesting\'s finding); an empty translation (empty-value\'s); references a translation adds; with `messageFormat: "icu"`, nothing (`$t(` is text there). In a project with its own `nestingPrefix` (`[[key]]`), references are read in it and only dropped ones are noted: the lookalikes are those of `$t(`.',
  },
  examples: {
    invalid: [
      {
        name: 'A reference mangled by machine translation',
        files: {
          'locales/en/ui.json': '{\n  "password": "password",\n  "removePassword": "Remove $t(password)"\n}\n',
          'locales/da/ui.json': '{\n  "password": "adgangskode",\n  "removePassword": "Fjern $ T (password)"\n}\n',
        },
        expect: [
          'locales/da/ui.json:3:28 error shows "$ T (password)" as written where the en source "removePassword" nests $t(password): i18next nests a key only where the text is "$t(" exactly [nesting-mismatch]',
        ],
      },
      {
        name: 'A reference dropped',
        files: {
          'locales/en/ui.json': '{\n  "site": "Acme",\n  "welcome": "Welcome to $t(site)"\n}\n',
          'locales/es/ui.json': '{\n  "site": "Acme",\n  "welcome": "Bienvenido"\n}\n',
        },
        expect: [
          'locales/es/ui.json:3:3 info drops $t(site) that the en source "welcome" nests: readers get its text only where the translation writes it out, as a copy that no longer follows it [nesting-mismatch]',
        ],
      },
    ],
    valid: [
      {
        name: 'The reference kept among other words',
        files: {
          'locales/en/ui.json': '{\n  "password": "password",\n  "removePassword": "Remove $t(password)"\n}\n',
          'locales/da/ui.json': '{\n  "password": "adgangskode",\n  "removePassword": "Fjern $t(password) nu"\n}\n',
        },
      },
      {
        name: 'Another key nested in its place',
        files: {
          'locales/en/ui.json':
            '{\n  "password": "password",\n  "passwordUppercase": "Password",\n  "required": "$t(passwordUppercase) required"\n}\n',
          'locales/bg/ui.json':
            '{\n  "password": "парола",\n  "passwordUppercase": "Парола",\n  "required": "Изисква се $t(password)"\n}\n',
        },
      },
      {
        name: 'The same lookup written another way',
        files: {
          'locales/en/ui.json': '{\n  "intro": "Welcome to $t(common:site)"\n}\n',
          'locales/en/common.json': '{\n  "site": "Acme"\n}\n',
          'locales/es/ui.json': '{\n  "intro": "Bienvenido a $t(site, {\\"ns\\": \\"common\\"})"\n}\n',
          'locales/es/common.json': '{\n  "site": "Acme"\n}\n',
        },
      },
      {
        name: 'ICU messages, where $t( is text (messageFormat "icu")',
        files: {
          'locales/en/ui.json': '{\n  "removePassword": "Remove $t(password)"\n}\n',
          'locales/da/ui.json': '{\n  "removePassword": "Fjern $ T (password)"\n}\n',
        },
        config: { messageFormat: 'icu' },
      },
    ],
  },
  claims: [
    { says: 'which the page shows as written', locale: 'da', key: 'removePassword', shows: 'Fjern $ T (password)' },
    {
      says: 'readers get the nested text only where the translation writes it out',
      files: {
        'locales/en/ui.json': '{ "site": "Acme", "welcome": "Welcome to $t(site)" }',
        'locales/es/ui.json': '{ "site": "Acme", "welcome": "Bienvenido" }',
      },
      locale: 'es',
      key: 'welcome',
      shows: 'Bienvenido',
    },
  ],
  // Only a source string that nests can lose a reference; i18next-icu nests nothing.
  pairTraits: (_target, context) => (context.config.messageFormat === 'icu' ? 0 : PairTrait.sourceNests),
  checkPair(pair, bundle, context, report) {
    if (context.config.messageFormat === 'icu') return;
    const source = ofSource(context, pair.sourceValue);
    if (source.texts.length === 0) return;
    const lost = lostReferences(pair.value, source, context.namespace, context.config);
    // An empty translation is empty-value's finding.
    if (!lost || pair.value.trim() === '') return;
    const { key, sourceKey } = pair;
    const target = inBundle(bundle);
    for (const { text, start, end, reference } of lost.mangled)
      report({
        target,
        anchor: { kind: 'in-value', key, start, end },
        key,
        message: `shows "${text}" as written where the ${context.sourceLocale} source "${sourceKey}" nests ${reference}: i18next nests a key only where the text is "$t(" exactly`,
      });
    if (lost.dropped.length === 0) return;
    const several = lost.dropped.length > 1;
    const instead = lost.instead.length > 0 ? `, with only ${lost.instead.join(', ')} in ${several ? 'their' : 'its'} place` : '';
    report({
      target,
      anchor: { kind: 'key', key },
      key,
      // A note: the translation most often writes the nested word out, which readers see as meant.
      severity: 'info',
      message: `drops ${lost.dropped.join(', ')} that the ${context.sourceLocale} source "${sourceKey}" nests${instead}: readers get ${several ? 'their' : 'its'} text only where the translation writes it out, as a copy that no longer follows ${several ? 'them' : 'it'}`,
    });
  },
};
