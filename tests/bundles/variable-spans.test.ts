import fc from 'fast-check';
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SYNTAX, type InterpolationSyntax } from '../../src/bundles/interpolation-syntax.js';
import { spansOf } from '../../src/bundles/message-parts.js';

// The variables l10n reads in a message are those i18next 26 looks up when it renders it: every
// variable is left unpassed, and i18next's missingInterpolationHandler names each one it tried.

/**
 * The variable names i18next 26 looks up rendering `message` under `syntax`, sorted; quoted ones and
 * words (`a b`, which no app passes) left out as l10n leaves them.
 */
function lookedUp(message: string, syntax: InterpolationSyntax): string[] {
  const names: string[] = [];
  const i18n = i18next.createInstance();
  void i18n.init({
    initAsync: false,
    lng: 'en',
    resources: { en: { ui: { m: message } } },
    defaultNS: 'ui',
    interpolation: { ...syntax, escapeValue: false },
    missingInterpolationHandler: (_text: string, match: RegExpExecArray) => {
      names.push((match[1] as string).trim());
      return '';
    },
  });
  i18n.t('m');
  return names
    .map((written) => written.split(syntax.formatSeparator)[0]?.trim() ?? '')
    .filter((name) => name !== '' && !name.includes('"') && !/^\w+(?:\s+\w+)+$/.test(name))
    .sort();
}

const read = (message: string, syntax: InterpolationSyntax): string[] =>
  spansOf(message, syntax)
    .map((span) => span.name)
    .sort();

const SINGLE: InterpolationSyntax = { ...DEFAULT_SYNTAX, prefix: '{', suffix: '}' };

describe('variable spans agree with i18next', () => {
  for (const syntax of [DEFAULT_SYNTAX, SINGLE])
    it(`reads the variables i18next looks up, with ${syntax.prefix} and ${syntax.suffix}`, () => {
      const message = fc
        .array(fc.constantFrom('{{', '}}', '{', '}', 'a', 'b', ' ', '\n', '\u2028', ',', '"', 'x, number'), { maxLength: 14 })
        .map((parts) => parts.join(''));
      fc.assert(
        fc.property(message, (value) => {
          expect(read(value, syntax), JSON.stringify(value)).toEqual(lookedUp(value, syntax));
        }),
        { numRuns: 2000 },
      );
    });

  it('reads what i18next reads where a line break or an empty span comes first', () => {
    for (const value of ['{{}}a}} {{b}}', 'x {{a\n}} {{b}}', 'Wert {} : {x}'])
      expect(read(value, value.includes('{{') ? DEFAULT_SYNTAX : SINGLE)).toEqual(
        lookedUp(value, value.includes('{{') ? DEFAULT_SYNTAX : SINGLE),
      );
    expect(read('Wert {} : {x}', SINGLE)).toEqual(['} : {x']);
  });
});
