import { formatsOf, formatUnits, hasFormats, writtenFormatNames } from '../../bundles/interpolation-formats.js';
import { writeVariable, type InterpolationSyntax } from '../../bundles/interpolation-syntax.js';
import { sameSpans } from '../../bundles/message-parts.js';
import { z } from '../../config/zod.js';
import { inBundle, type Finding } from '../finding.js';
import type { Rule } from '../rule.js';
import type { RuleContext } from '../rule-context.js';
import type { Bundle } from '../../project/bundle.js';
import type { Pair } from '../../project/pair.js';
import { PairTrait } from '../pair-traits.js';
import { reportIcuFormats } from '../icu-pair.js';

/** The formatters i18next 26 has built in (its Formatter), by the lower-case name it looks up. */
const BUILT_IN = ['number', 'currency', 'datetime', 'relativetime', 'list'];

const options = z.strictObject({
  /**
   * The formatter names the app adds (i18next.services.formatter.add); read as the set of names a
   * project may use, the built-in ones included, by the lower-case name i18next looks up.
   */
  formatters: z.pipe(
    z._default(z.array(z.string()), []),
    z.transform((names: string[]) => new Set([...BUILT_IN, ...names.map((name) => name.trim().toLowerCase())])),
  ),
});

/** A variable with a chain of formats (joined by "," as formatsOf gives it), as the project writes it. */
const shown = (variable: string, chain: string, syntax: InterpolationSyntax): string =>
  writeVariable(
    chain === '' ? variable : `${variable}${syntax.formatSeparator} ${chain.split(',').join(`${syntax.formatSeparator} `)}`,
    syntax,
  );

/**
 * The findings of a pair whose spans differ from the source's, apart from checkPair, which runs for
 * every string: a function that creates closures has V8 allocate their context at each of its calls.
 */
function reportFormats(
  pair: Pair,
  bundle: Bundle,
  context: RuleContext,
  report: (finding: Finding) => void,
  known: ReadonlySet<string>,
): void {
  const syntax = context.config.interpolation;
  const ours = formatsOf(pair.value, syntax);
  const theirs = formatsOf(pair.sourceValue, syntax);
  const key = pair.key;
  const at = { target: inBundle(bundle), anchor: { kind: 'key', key } as const, key };
  const source = `the ${context.sourceLocale} source "${pair.sourceKey}"`;
  const sourceNames = new Set([...theirs.values()].flat().flatMap((chain) => chain.split(',')));
  const unknown = [...new Set([...ours.values()].flat().flatMap((chain) => chain.split(',')))].filter(
    (name) => name !== '' && !known.has(name) && !sourceNames.has(name),
  );
  if (unknown.length > 0) {
    // Quoted as the translation writes them, so that a search of the file finds them.
    const spelled = writtenFormatNames(pair.value, syntax);
    report({
      ...at,
      message: `i18next has no formatter ${unknown.map((n) => `"${spelled.get(n) ?? n}"`).join(', ')}: it shows the value unformatted (built in: ${BUILT_IN.join(', ')}; one the app adds goes in the rule's option "formatters")`,
    });
  }
  // A chain with an unknown formatter is reported above, once.
  const reported = (chain: string): boolean => chain.split(',').some((name) => unknown.includes(name));
  for (const [variable, written] of ours) {
    const expected = theirs.get(variable);
    const chains = written.filter((chain) => !reported(chain));
    // A variable the source does not pass is interpolation-mismatch's; one it shows unformatted a
    // translation may format for its readers ({{n, number}}: "1.234,5").
    if (!expected || chains.every((chain) => expected.includes(chain)) || expected.every((chain) => chain === '')) continue;
    const plain = chains.includes('') && !expected.includes('');
    const formatted = expected.filter((chain) => chain !== '').map((chain) => shown(variable, chain, syntax));
    if (plain)
      report({
        ...at,
        severity: 'warning',
        message: `shows ${writeVariable(variable, syntax)} unformatted where ${source} writes ${formatted.join(' or ')}: readers get the raw value, not their locale's format`,
      });
    else if (chains.some((chain) => chain !== '' && !expected.includes(chain))) {
      const written = chains.filter((chain) => chain !== '' && !expected.includes(chain)).map((chain) => shown(variable, chain, syntax));
      report({
        ...at,
        severity: 'warning',
        message: `writes ${written.join(', ')} where ${source} writes ${expected.map((chain) => shown(variable, chain, syntax)).join(' or ')}`,
      });
    }
  }
  reportUnits(pair, at, source, report, syntax);
}

/** A currency or relative-time unit other than the source's ({{price, currency(EUR)}} for currency(USD)): readers see another amount. */
function reportUnits(
  pair: Pair,
  at: Omit<Finding, 'message'>,
  source: string,
  report: (finding: Finding) => void,
  syntax: InterpolationSyntax,
): void {
  const theirs = formatUnits(pair.sourceValue, syntax);
  if (theirs.size === 0) return;
  for (const [variable, units] of formatUnits(pair.value, syntax)) {
    const expected = theirs.get(variable);
    if (!expected) continue;
    for (const unit of units) {
      const formatter = unit.slice(0, unit.indexOf(':'));
      const same = expected.filter((u) => u.startsWith(`${formatter}:`));
      if (same.length === 0 || same.includes(unit)) continue;
      const what = (u: string): string => u.slice(formatter.length + 1).toUpperCase();
      report({
        ...at,
        severity: 'warning',
        message: `formats ${writeVariable(variable, syntax)} with ${formatter} ${what(unit)} where ${source} writes ${same.map(what).join(' or ')}: readers see ${formatter === 'currency' ? 'another currency' : 'another unit of time'}`,
      });
    }
  }
}

/** A variable formatted otherwise than in the source, or with a formatter i18next does not have. */
export const formatMismatch: Rule<z.output<typeof options>> = {
  id: 'format-mismatch',
  defaultSeverity: 'error',
  options,
  description:
    'A translation uses a formatter i18next does not have ({{n, numbr}}): i18next shows the value unformatted. A warning: a variable the source formats ({{price, currency}}) shown without that formatting, or with another formatter, so readers get the raw value or another kind of value; a currency code or relative-time range other than the source\'s (currency(EUR) for currency(USD)). Option "formatters" lists the names the app adds. With messageFormat "icu", an argument of another type or style than the source\'s ({n, date} for {n, number}), or plain where the source formats it or chooses words by it, is a warning, as is a select without a case the source writes (readers of that case get the "other" text).',
  docs: {
    checks:
      'a formatter i18next does not have (`{{n, numbr}}`: it shows the value unformatted); a warning: a variable the source formats (`{{price, currency(USD)}}`) shown unformatted (`{{price}}`: readers get `1234.5`, not `1234,5`) or with another formatter; a currency or relative-time unit other than the source\'s (`currency(EUR)` for `currency(USD)`, `relativetime(day)` for `relativetime(quarter)`); names are read as i18next reads them (any case, other options left out); option `formatters` lists those the app adds; with `messageFormat: "icu"`, an argument of another type or style than the source\'s (`{d, time}` for `{d, date}`), or plain where the source formats it or chooses words by it (`{n}` for `{n, plural, ...}`), or a select without a case the source writes (`female`: ICU shows its `other` case), a warning',
    why: 'A variable shown unformatted gives readers `1234.5` where they read `1.234,50 US$`; an unknown formatter is shown as the raw value.',
    passes:
      'The source\'s formatters under any case and with other options; a variable the source leaves unformatted, formatted for the locale\'s readers (`{{n, number}}`); formatters the app adds, listed in the option. With `messageFormat: "icu"`, a value the source shows plain, formatted (`{n, number}`).',
    options: {
      formatters:
        'Formatter names the app adds (`i18next.services.formatter.add`), beside the built-in `number`, `currency`, `datetime`, `relativetime` and `list`.',
    },
  },
  examples: {
    invalid: [
      {
        name: 'Unformatted, and a formatter i18next lacks',
        files: {
          'locales/en/ui.json': '{\n  "total": "Total: {{amount, currency(USD)}}",\n  "count": "{{n, number}} readers"\n}\n',
          'locales/es/ui.json': '{\n  "total": "Total: {{amount}}",\n  "count": "{{n, numbr}} lectores"\n}\n',
        },
        expect: [
          'locales/es/ui.json:2:3 warning shows {{amount}} unformatted where the en source "total" writes {{amount, currency}}: readers get the raw value, not their locale\'s format [format-mismatch]',
          'locales/es/ui.json:3:3 error i18next has no formatter "numbr": it shows the value unformatted (built in: number, currency, datetime, relativetime, list; one the app adds goes in the rule\'s option "formatters") [format-mismatch]',
        ],
      },
      {
        name: 'Another formatter',
        files: {
          'locales/en/ui.json': '{\n  "when": "Sent {{date, datetime}}"\n}\n',
          'locales/es/ui.json': '{\n  "when": "Enviado {{date, number}}"\n}\n',
        },
        expect: [
          'locales/es/ui.json:2:3 warning writes {{date, number}} where the en source "when" writes {{date, datetime}} [format-mismatch]',
        ],
      },
      {
        name: 'An ICU argument shown plain or as another type (messageFormat "icu")',
        files: {
          'locales/en/ui.json':
            '{\n  "total": "Total: {amount, number, ::currency/USD}",\n  "since": "Since {day, date, short}",\n  "joined": "{g, select, female {She} male {He} other {They}} joined"\n}\n',
          'locales/es/ui.json':
            '{\n  "total": "Total: {amount}",\n  "since": "Desde {day, time, short}",\n  "joined": "{g, select, male {Se unió} other {Se unieron}}"\n}\n',
        },
        config: { messageFormat: 'icu' },
        expect: [
          'locales/es/ui.json:2:20 warning shows {amount} plain where the en source "total" writes {amount, number, ::currency/USD}: readers get the raw value, not the words or format it chooses [format-mismatch]',
          'locales/es/ui.json:3:19 warning writes {day, time, short} where the en source "since" writes {day, date, short}: readers get another kind of value [format-mismatch]',
          'locales/es/ui.json:4:14 warning {g, select, ...} has no "female" case, which the en source "joined" writes: there ICU shows its "other" case; add the case, or keep "other" if its words are right there [format-mismatch]',
        ],
      },
      {
        name: 'An ICU plural the translation turns into fixed words (messageFormat "icu")',
        files: {
          'locales/en/ui.json': '{\n  "pages": "This collection has {n} {n, plural, one {page} other {pages}}."\n}\n',
          'locales/de/ui.json': '{\n  "pages": "Diese Sammlung enthält {n} Seiten."\n}\n',
        },
        config: { messageFormat: 'icu' },
        expect: [
          'locales/de/ui.json:2:36 warning has no {n, plural, ...} where the en source "pages" chooses its words by it: they stay the same at every count [format-mismatch]',
        ],
      },
    ],
    valid: [
      {
        name: "Braces that do not pair, whose comma is no format: interpolation-mismatch's",
        files: {
          'locales/en/ui.json': '{\n  "dial": "Dial {{id}}#. If not, the list: {{url}}"\n}\n',
          'locales/es/ui.json': '{\n  "dial": "Marque {{id}#. Si no, la lista: {{url}}"\n}\n',
        },
      },
      {
        name: 'The same formatters, in any case, options left out',
        files: {
          'locales/en/ui.json': '{\n  "total": "Total: {{amount, currency(USD)}}",\n  "count": "{{n, number}} readers"\n}\n',
          'locales/es/ui.json':
            '{\n  "total": "Total: {{amount, currency(USD)}}",\n  "count": "{{n, NUMBER(minimumFractionDigits: 0)}} lectores"\n}\n',
        },
      },
      {
        name: 'A formatter the app adds',
        files: {
          'locales/en/ui.json': '{\n  "hi": "Hi {{name, uppercase}}"\n}\n',
          'locales/es/ui.json': '{\n  "hi": "Hola {{name, uppercase}}"\n}\n',
        },
        config: { rules: { 'format-mismatch': ['error', { formatters: ['uppercase'] }] } },
      },
      {
        name: 'An ICU argument the source shows plain, formatted for readers (messageFormat "icu")',
        files: {
          'locales/en/ui.json': '{\n  "size": "{n} bytes"\n}\n',
          'locales/es/ui.json': '{\n  "size": "{n, number} bytes"\n}\n',
        },
        config: { messageFormat: 'icu' },
      },
      {
        name: 'An ICU plural shown plain where the locale has one plural category (messageFormat "icu")',
        files: {
          'locales/en/ui.json': '{\n  "days": "{days, plural, one {# day} other {# days}} left"\n}\n',
          'locales/ja/ui.json': '{\n  "days": "残り{days}日"\n}\n',
        },
        config: { messageFormat: 'icu' },
      },
    ],
  },
  claims: [
    { says: 'i18next shows the value unformatted', locale: 'es', key: 'count', options: { n: 1234.5 }, shows: '1234.5 lectores' },
    {
      says: 'shown without that formatting, or with another formatter, so readers get the raw value',
      locale: 'es',
      key: 'total',
      options: { amount: 1234.5 },
      shows: 'Total: 1234.5',
    },
  ],
  pairTraits: () => PairTrait.interpolation,
  checkPair(pair, bundle, context, report, options) {
    if (context.config.messageFormat === 'icu')
      return pair.value.trim() === '' ? undefined : reportIcuFormats(pair, bundle, context, report);
    // The same spans as the source's format alike, and use no formatter the source does not.
    const syntax = context.config.interpolation;
    if (!hasFormats(pair.value, syntax) && !hasFormats(pair.sourceValue, syntax)) return;
    if (sameSpans(pair.value, pair.sourceValue, syntax) !== false) return;
    // An empty translation is empty-value's finding, not also one of lost formats.
    if (pair.value.trim() === '') return;
    reportFormats(pair, bundle, context, report, options.formatters);
  },
};
