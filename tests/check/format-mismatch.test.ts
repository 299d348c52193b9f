import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { formatsOf } from '../../src/bundles/interpolation-formats.js';
import { diagnosticsOf } from '../support/check-lines.js';
import { tempProject } from '../support/temp-project.js';

// Formatting judged by i18next 26: what it renders for a translation beside what it renders for
// the source's own formatting in the same locale.

function render(message: string, locale = 'es'): string {
  const i18n = i18next.createInstance();
  void i18n.init({
    initAsync: false,
    lng: locale,
    resources: { [locale]: { ui: { m: message } } },
    ns: ['ui'],
    defaultNS: 'ui',
    interpolation: { escapeValue: false },
  });
  return i18n.t('m', { v: 1234.5 });
}

function findings(source: string, target: string, options?: Record<string, unknown>): string[] {
  const root = tempProject({
    'locales/en/ui.json': `{\n  "m": ${JSON.stringify(source)}\n}\n`,
    'locales/es/ui.json': `{\n  "m": ${JSON.stringify(target)}\n}\n`,
  });
  const config = options ? { rules: { 'format-mismatch': ['error', options] } } : {};
  return diagnosticsOf(root, config)
    .filter((d) => d.ruleId === 'format-mismatch')
    .map((d) => `${d.line}:${d.column} ${d.severity} ${d.message}`);
}

describe('format-mismatch agrees with what i18next renders', () => {
  it('reports a variable shown unformatted where the source formats it', () => {
    expect(findings('{{v, number}} readers', '{{v}} lectores')).toEqual([
      '2:3 warning shows {{v}} unformatted where the en source "m" writes {{v, number}}: readers get the raw value, not their locale\'s format',
    ]);
    expect([render('{{v}}'), render('{{v, number}}')]).toEqual(['1234.5', '1234,5']);
  });

  it('reports a formatter i18next does not have as an error, once', () => {
    expect(findings('{{v, number}}', '{{v, numbr}}')).toEqual([
      '2:3 error i18next has no formatter "numbr": it shows the value unformatted (built in: number, currency, datetime, relativetime, list; one the app adds goes in the rule\'s option "formatters")',
    ]);
    expect(render('{{v, numbr}}')).toBe('1234.5');
  });

  it('quotes an unknown formatter as the translation writes it, though i18next looks it up in lower case', () => {
    expect(findings('{{v, number}}', '{{v, Numbr}} y {{w, NUMBR}}')).toEqual([
      '2:3 error i18next has no formatter "Numbr": it shows the value unformatted (built in: number, currency, datetime, relativetime, list; one the app adds goes in the rule\'s option "formatters")',
    ]);
  });

  it('passes another spelling or other options of the same formatter', () => {
    expect(findings('{{v, number}}', '{{v, NUMBER(minimumFractionDigits: 1)}}')).toEqual([]);
    expect(render('{{v, NUMBER(minimumFractionDigits: 1)}}')).toBe('1234,5');
  });

  it("reports another formatter than the source's", () => {
    expect(findings('{{v, number}}', '{{v, currency(EUR)}}')).toEqual([
      '2:3 warning writes {{v, currency}} where the en source "m" writes {{v, number}}',
    ]);
    expect(render('{{v, currency(EUR)}}')).not.toBe(render('{{v, number}}'));
  });

  it("takes the formatters the app adds from the option, and a source's own as known", () => {
    expect(findings('{{v, uppercase}}', '{{v, uppercase}}')).toEqual([]);
    expect(findings('{{v, uppercase}}', '{{v, lowercase}}', { formatters: ['Lowercase'] })).toEqual([
      '2:3 warning writes {{v, lowercase}} where the en source "m" writes {{v, uppercase}}',
    ]);
    expect(() => findings('{{v}}', '{{v}}', { formatters: 'lowercase' })).toThrow(/rules\.format-mismatch\.formatters/);
  });
});

describe('formatsOf', () => {
  it('reads names as i18next does: lower case, options left out, a "," inside options kept', () => {
    expect(
      formatsOf('{{a}} {{b, Number}} {{c, currency(USD), number(minimumFractionDigits: 2, x)}} {{- d, list}} {{a, datetime}}'),
    ).toEqual(
      new Map([
        ['a', ['', 'datetime']],
        ['b', ['number']],
        ['c', ['currency,number']],
        ['d', ['list']],
      ]),
    );
  });
});
