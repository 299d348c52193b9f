import type { InterpolationSyntax } from '../../bundles/interpolation-syntax.js';
import { languageOf } from '../../locale/locale-tag.js';
import { regexEscape } from '../../text/regex-escape.js';
import { z } from '../../config/zod.js';
import { inBundle } from '../finding.js';
import type { Rule } from '../rule.js';
import { ALL_TRAITS, PairTrait } from '../pair-traits.js';
import { quote } from '../../project/absent-keys.js';
import { icuOf } from '../icu-of.js';
import { isEndonym } from '../../locale/endonyms.js';
import type { RuleContext } from '../rule-context.js';

const LETTER = /\p{L}/u;
const placeholderPatterns = new WeakMap<InterpolationSyntax, RegExp>();

/** What holds no words of a message: its variables and nestings (in the project's syntax) and tags. */
function placeholders(syntax: InterpolationSyntax): RegExp {
  let pattern = placeholderPatterns.get(syntax);
  if (!pattern) {
    const [variable, nesting] = [
      `${regexEscape(syntax.prefix)}[^{}]*?${regexEscape(syntax.suffix)}`,
      `${regexEscape(syntax.nestingPrefix)}[^()]*?${regexEscape(syntax.nestingSuffix)}`,
    ];
    placeholderPatterns.set(syntax, (pattern = new RegExp(`${variable}|${nesting}|<[^<>]*>`, 'g')));
  }
  return pattern;
}

/** Text directions as a `dir` attribute takes them (a `"direction": "ltr"` key): codes the page reads, not words to translate. */
const DIRECTIONS = new Set(['ltr', 'rtl']);

/** A URL or an e-mail address alone (a placeholder such as "http://proxy.example.com:8080"): the same in every language. */
const ADDRESS = /^(?:[a-z][a-z\d+.-]*:\/\/\S+|[^\s@]+@[^\s@]+\.[^\s@]+)$/i;

/** Whether a message has words once its placeholders are left out: ICU arguments, or the project's variables, `$t()` and tags. */
function hasWords(value: string, context: RuleContext): boolean {
  if (context.config.messageFormat === 'icu') return LETTER.test(icuOf(context, value).text.replace(/<[^<>]*>/g, ''));
  return LETTER.test(value.replace(placeholders(context.config.interpolation), ''));
}

/** A regular expression of `allowPatterns`, compiled once when the config is read; a bad one is a config error. */
const pattern = z.pipe(
  z.string(),
  z.transform((source: string, payload) => {
    try {
      return new RegExp(source, 'u');
    } catch (error) {
      payload.issues.push({ code: 'custom', input: source, message: `not a regular expression: ${(error as Error).message}` });
      return z.NEVER;
    }
  }),
);

const options = z.strictObject({
  /** Values that may stay as in the source (brand names). */
  allow: z.pipe(
    z._default(z.array(z.string()), []),
    z.transform((values: string[]) => new Set(values)),
  ),
  /** Regular expressions (with the u flag) of values that may stay as in the source. */
  allowPatterns: z._default(z.array(pattern), []),
});

/**
 * Whether a pattern matches the value. A loop, not `some` with a closure: checkPair runs for every
 * string, and a function that creates a closure has V8 allocate its context at each call.
 */
function matchesAny(patterns: readonly RegExp[], value: string): boolean {
  for (const pattern of patterns) if (pattern.test(value)) return true;
  return false;
}

/** A value left identical to the source in another language: probably never translated. */
export const untranslated: Rule<z.output<typeof options>> = {
  options,
  id: 'untranslated',
  defaultSeverity: 'warning',
  description:
    'A value is identical to the source in a locale of another language, or is still the text sync copied into a plural form from another form of the locale (until it is changed or marked translated). Values without letters ("{{count}}", "—"), a URL or e-mail address alone, and the text directions "ltr" and "rtl" (codes for the page, not words) are skipped; option "allow" lists values that may stay the same (brand names), "allowPatterns" regular expressions.',
  docs: {
    checks:
      "identical to the source in another language, or still the text `sync` copied into a plural form from the locale's own `other` form (until changed or marked translated); options `allow` (values) and `allowPatterns`",
    why: 'Readers of a translated page meet a phrase in the source language, usually a string nobody translated.',
    passes:
      "Values without letters (`{{count}}`, `—`), a URL or e-mail address alone, the text directions `ltr` and `rtl`, values in a locale of the source's language (en-GB), a language's name in that language (`Deutsch`, `日本語`, `português (Brasil)`), which language menus show alike in every locale, values listed in `allow` or matched by `allowPatterns`.",
    options: {
      allow: 'Values that may stay as in the source (brand names).',
      allowPatterns: 'Regular expressions (with the `u` flag) of values that may stay as in the source.',
    },
  },
  examples: {
    invalid: [
      {
        name: 'Left as in the source',
        files: {
          'locales/en/ui.json': '{\n  "login": "Log in"\n}\n',
          'locales/es/ui.json': '{\n  "login": "Log in"\n}\n',
        },
        expect: [
          'locales/es/ui.json:2:3 warning "login" is identical to the en source ("Log in"); translate it, or list it in the rule\'s "allow" option [untranslated]',
        ],
      },
      {
        name: 'Identical around a variable',
        files: {
          'locales/en/ui.json': '{\n  "count": "{{count}} items"\n}\n',
          'locales/es/ui.json': '{\n  "count": "{{count}} items"\n}\n',
        },
        expect: [
          'locales/es/ui.json:2:3 warning "count" is identical to the en source ("{{count}} items"); translate it, or list it in the rule\'s "allow" option [untranslated]',
        ],
      },
    ],
    valid: [
      {
        name: 'Translated, and a brand name allowed',
        files: {
          'locales/en/ui.json': '{\n  "login": "Log in",\n  "brand": "Acme"\n}\n',
          'locales/es/ui.json': '{\n  "login": "Iniciar sesión",\n  "brand": "Acme"\n}\n',
        },
        config: { rules: { untranslated: ['warning', { allow: ['Acme'] }] } },
      },
      {
        name: 'No letters',
        files: {
          'locales/en/ui.json': '{\n  "n": "{{count}}",\n  "dash": "—"\n}\n',
          'locales/es/ui.json': '{\n  "n": "{{count}}",\n  "dash": "—"\n}\n',
        },
      },
      {
        name: 'A pattern allowed',
        files: {
          'locales/en/ui.json': '{\n  "version": "v2.1"\n}\n',
          'locales/es/ui.json': '{\n  "version": "v2.1"\n}\n',
        },
        config: { rules: { untranslated: ['warning', { allowPatterns: ['^v\\d'] }] } },
      },
      {
        name: 'A URL or an e-mail address alone',
        files: {
          'locales/en/ui.json': '{\n  "proxy": "http://proxy.example.com:8080",\n  "contact": "help@example.com"\n}\n',
          'locales/de/ui.json': '{\n  "proxy": "http://proxy.example.com:8080",\n  "contact": "help@example.com"\n}\n',
        },
      },
      {
        name: 'A text direction, a code for the page',
        files: {
          'locales/en/ui.json': '{\n  "language": { "direction": "ltr" }\n}\n',
          'locales/de/ui.json': '{\n  "language": { "direction": "ltr" }\n}\n',
        },
      },
      {
        name: "A language menu: each language's own name",
        files: {
          'locales/en/ui.json': '{\n  "languages": { "de": "Deutsch", "ja": "日本語", "fr": "Français " }\n}\n',
          'locales/de/ui.json': '{\n  "languages": { "de": "Deutsch", "ja": "日本語", "fr": "Français " }\n}\n',
        },
      },
    ],
  },
  // Another string than the source's is reported only where sync filled plural forms in.
  pairTraits: (target, context) => (context.syncFills(target.file) === undefined ? PairTrait.same : ALL_TRAITS),
  checkPair(pair, bundle, context, report, { allow, allowPatterns }) {
    if (pair.value !== pair.sourceValue) {
      // A plural form sync started from another form of the locale: not the source's text, but no translator's either.
      if (context.syncFills(bundle.file)?.get(pair.key) !== pair.value) return;
      if (!hasWords(pair.value, context)) return;
      const key = pair.key;
      report({
        target: inBundle(bundle),
        anchor: { kind: 'key', key },
        key,
        message: `"${key}" still holds the text sync copied from another plural form (${quote(pair.value)}); adapt it to its count, or run mark-translated on the file if it is right as it is`,
      });
      return;
    }
    if (
      allow.has(pair.value) ||
      DIRECTIONS.has(pair.value) ||
      ADDRESS.test(pair.value) ||
      languageOf(pair.locale) === languageOf(context.sourceLocale)
    )
      return;
    if (!hasWords(pair.value, context)) return;
    if (matchesAny(allowPatterns, pair.value) || isEndonym(pair.value)) return;
    const key = pair.key;
    report({
      target: inBundle(bundle),
      anchor: { kind: 'key', key },
      key,
      message: `"${key}" is identical to the ${context.sourceLocale} source (${quote(pair.value)}); translate it, or list it in the rule's "allow" option`,
    });
  },
};
