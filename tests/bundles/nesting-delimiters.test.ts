import fc from 'fast-check';
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import type { InterpolationSyntax } from '../../src/bundles/interpolation-syntax.js';
import { nestingOf, unreadNesting } from '../../src/bundles/message-parts.js';
import { ConfigError, parseConfig } from '../../src/config/parse-config.js';

// A project may give i18next its own nesting delimiters and options separator: the nestings the
// checker reads in a message must be the ones i18next 26 looks up, and `$t(` is then plain text.

const KEYS = ['k1', 'k2', 'item'];
const syntaxOf = (interpolation: Record<string, string>): InterpolationSyntax => parseConfig({ interpolation }).interpolation;
const BRACKETS = syntaxOf({ nestingPrefix: '[[', nestingSuffix: ']]', nestingOptionsSeparator: '|' });
const NEST = syntaxOf({ nestingPrefix: '$nest(', formatSeparator: ';' });

/**
 * What i18next 26 renders for a message, every key's text a marker («k1»), under the given
 * interpolation options, and the keys it looked up and did not find.
 */
function renderWithMisses(message: string, interpolation: Record<string, string>): { text: string; missed: string[] } {
  const missed: string[] = [];
  const i18n = i18next.createInstance();
  void i18n.init({
    initAsync: false,
    lng: 'en',
    resources: { en: { translation: { m: message, ...Object.fromEntries(KEYS.map((key) => [key, `«${key}»`])), item_other: '«items»' } } },
    interpolation: { escapeValue: false, ...interpolation },
    saveMissing: true,
    missingKeyHandler: (_lngs, _ns, key) => void missed.push(key),
  });
  return { text: i18n.t('m'), missed };
}

const render = (message: string, interpolation: Record<string, string>): string => renderWithMisses(message, interpolation).text;

/** The options of a syntax as i18next takes them. */
const optionsOf = (syntax: InterpolationSyntax): Record<string, string> => ({
  nestingPrefix: syntax.nestingPrefix,
  nestingSuffix: syntax.nestingSuffix,
  nestingOptionsSeparator: syntax.nestingOptionsSeparator,
  formatSeparator: syntax.formatSeparator,
});

/** A message of words, nestings (with options, some unread) and stray delimiters, in a syntax. */
const message = (syntax: InterpolationSyntax): fc.Arbitrary<string> =>
  fc
    .array(
      fc.oneof(
        fc.stringMatching(/^[a-z ]{0,4}$/),
        fc.constantFrom(syntax.nestingPrefix, syntax.nestingSuffix, syntax.nestingOptionsSeparator, '$t(k1)', ',', '\n'),
        fc
          .record({
            key: fc.constantFrom(...KEYS, 'none'),
            options: fc.constantFrom(
              '',
              `${syntax.nestingOptionsSeparator} {"count": 2}`,
              `${syntax.nestingOptionsSeparator}{"x": `,
              ', {"count": 2}',
            ),
          })
          .map(({ key, options }) => `${syntax.nestingPrefix}${key}${options}${syntax.nestingSuffix}`),
      ),
      { maxLength: 6 },
    )
    .map((parts) => parts.join(''));

/** The texts i18next nested into a render, in order. */
const nested = (rendered: string): string[] => [...rendered.matchAll(/«(\w+)»/g)].map((m) => m[1] as string);

/** The texts the checker says a message nests: each reference it reads whose key resolves, plural forms for a count. */
function read(value: string, syntax: InterpolationSyntax): string[] {
  return nestingOf(value, syntax)
    .filter((ref) => KEYS.includes(ref.key))
    .map((ref) => (ref.key === 'item' && ref.hasCount ? 'items' : ref.key));
}

describe("nestings in a project's own delimiters", () => {
  for (const syntax of [BRACKETS, NEST])
    it(`reads the nestings i18next looks up in ${syntax.nestingPrefix}key${syntax.nestingOptionsSeparator} {...}${syntax.nestingSuffix}`, () => {
      fc.assert(
        fc.property(message(syntax), (value) => {
          const { text, missed } = renderWithMisses(value, optionsOf(syntax));
          // A nesting inside a nesting's key (`$nest($nest(k1))`): i18next looks up `$nest(k1`, misses,
          // puts that text back and scans the message again, so it then finds `$nest(k1)`. The checker
          // reads the message once, as it does `$t($t(k1))`; that second scan is not modelled.
          fc.pre(!missed.some((key) => key.includes(syntax.nestingPrefix)));
          expect(read(value, syntax)).toEqual(nested(text));
        }),
        { numRuns: 1000 },
      );
    });

  it('reads $t( as text, the options after the separator, and an unclosed nesting as i18next shows it', () => {
    const value = 'Costs $t(k1), [[item| {"count": 2}]], [[item, {"count": 2}]]';
    // `,` separates no options here: i18next looks up the whole text as a key, and shows it.
    expect(render(value, optionsOf(BRACKETS))).toBe('Costs $t(k1), «items», item, {"count": 2}');
    expect(nestingOf(value, BRACKETS).map((ref) => [ref.key, ref.count])).toEqual([
      ['item', 2],
      ['item, {"count": 2}', undefined],
    ]);
    expect(render('See [[k1', optionsOf(BRACKETS))).toBe('See [[k1');
    expect(unreadNesting('See [[k1', BRACKETS)).toBe('[[k1');
    expect(unreadNesting('See $t(k1', BRACKETS)).toBeUndefined();
  });

  it('refuses the deprecated escaped delimiters, which i18next 26 never reads: its default nestingPrefix wins', () => {
    expect(render('A [[k1]] $t(k1)', { nestingPrefixEscaped: '\\[\\[', nestingSuffixEscaped: '\\]\\]' })).toBe('A [[k1]] «k1»');
    expect(() => parseConfig({ interpolation: { nestingPrefixEscaped: '\\[\\[' } }, 'l10n.config.json')).toThrow(ConfigError);
    expect(() => parseConfig({ interpolation: { nestingPrefixEscaped: '\\[\\[' } }, 'l10n.config.json')).toThrow(
      'interpolation.nestingPrefixEscaped: i18next 26 never reads it: its init gives nestingPrefix the default "$t(", which wins over the escaped spelling (and i18next 27 removes it); set nestingPrefix to the text the strings write',
    );
    expect(() => parseConfig({ interpolation: { nestingSuffix: '' } })).toThrow('interpolation.nestingSuffix:');
  });
});
