import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { diagnosticsOf } from '../support/check-lines.js';
import { tempProjectsPerTest } from '../support/temp-project.js';

// A project that gives i18next `interpolation: { prefix: '{', suffix: '}' }` writes `{name}`:
// with the same options in its config, l10n reads those variables as i18next 26 does.

const project = tempProjectsPerTest();
const SINGLE = { prefix: '{', suffix: '}' };

/** What i18next 26 renders for `t('m', values)` from a German message under the given interpolation options. */
function render(message: string, interpolation: Record<string, string>, values: Record<string, unknown>): string {
  const i18n = i18next.createInstance();
  void i18n.init({
    initAsync: false,
    lng: 'de',
    resources: { de: { ui: { m: message } } },
    ns: ['ui'],
    defaultNS: 'ui',
    interpolation: { escapeValue: false, ...interpolation },
  });
  return i18n.t('m', values);
}

/** The findings of a German translation beside an English source, one line each. */
function findings(source: string, target: string, interpolation?: Record<string, unknown>): string[] {
  const root = project({
    'locales/en/ui.json': `{\n  "m": ${JSON.stringify(source)}\n}\n`,
    'locales/de/ui.json': `{\n  "m": ${JSON.stringify(target)}\n}\n`,
  });
  return diagnosticsOf(root, interpolation ? { interpolation } : {}).map(
    (d) => `${d.line}:${d.column} ${d.ruleId} ${d.severity} ${d.message}`,
  );
}

describe('a project that writes {name}', () => {
  it('reports a renamed variable in its own syntax, which i18next shows as written', () => {
    expect(render('Hallo {nombre}', SINGLE, { name: 'Ann' })).toBe('Hallo {nombre}');
    expect(findings('Hello {name}', 'Hallo {nombre}', SINGLE)).toEqual([
      '2:3 interpolation-mismatch error uses {nombre} where the en source "m" has {name}',
    ]);
  });

  it('passes a translation that keeps the variable, as i18next fills it', () => {
    expect(render('Hallo {name}', SINGLE, { name: 'Ann' })).toBe('Hallo Ann');
    expect(findings('Hello {name}', 'Hallo {name}', SINGLE)).toEqual([]);
  });

  it('reads {{name}} as no variable of such a project: i18next leaves braces around the value', () => {
    expect(render('Hallo {{name}}', SINGLE, { name: 'Ann' })).toBe('Hallo {{name}}');
    expect(findings('Hello {name}', 'Hallo {{name}}', SINGLE).map((f) => f.split(' ').slice(0, 3).join(' '))).toEqual([
      '2:3 interpolation-mismatch error',
    ]);
  });

  it('reads a dropped variable, the unescape prefix and formats in its syntax', () => {
    expect(render('Hallo {- name}, {n, number}', SINGLE, { name: '<b>', n: 1234.5 })).toBe('Hallo <b>, 1.234,5');
    expect(findings('Hello {name}, {n, number}', 'Hallo {n, number}', SINGLE)).toEqual([
      '2:3 interpolation-mismatch error drops {name} that the en source "m" shows',
    ]);
    expect(findings('Hello {name}', 'Hallo {- name}', SINGLE)).toEqual([
      '2:3 interpolation-mismatch warning writes {- name} unescaped where the source escapes it: an injection risk',
    ]);
    expect(findings('Total {amount, currency(USD)}', 'Summe {amount}', SINGLE)).toEqual([
      '2:3 format-mismatch warning shows {amount} unformatted where the en source "m" writes {amount, currency}: readers get the raw value, not their locale\'s format',
    ]);
  });

  it('takes {- name} as {name} where the app sets escapeValue false, as i18next then escapes neither', () => {
    const unescaped = { ...SINGLE, escapeValue: false };
    expect(render('Hallo {- name}', { ...SINGLE }, { name: '<b>' })).toBe(render('Hallo {name}', { ...SINGLE }, { name: '<b>' }));
    expect(findings('Hello {name}', 'Hallo {- name}', unescaped)).toEqual([]);
  });

  it('skips a value that is only variables as untranslated, as it does {{count}}', () => {
    expect(findings('{count}', '{count}', SINGLE)).toEqual([]);
    expect(findings('{count}', '{count}')).toEqual([
      '2:3 untranslated warning "m" is identical to the en source ("{count}"); translate it, or list it in the rule\'s "allow" option',
    ]);
  });

  it('reads $t() options as i18next does: with a "{" prefix, a variable in them makes them unreadable', () => {
    const bundle = { m: '$t(b, {"count": {n}}) $t(b, {"count": 3})', b_one: 'one', b_other: 'many' };
    const i18n = i18next.createInstance();
    void i18n.init({
      initAsync: false,
      lng: 'en',
      resources: { en: { ui: bundle } },
      defaultNS: 'ui',
      interpolation: { ...SINGLE, escapeValue: false },
    });
    expect(i18n.t('m', { n: 2 })).toBe('b,{"count": {n}} many');
    const root = project({ 'locales/en/ui.json': `${JSON.stringify(bundle, null, 2)}\n` });
    expect(diagnosticsOf(root, { interpolation: SINGLE }).map((d) => `${d.line}:${d.column} ${d.ruleId}`)).toEqual(['2:3 nesting']);
  });

  it('reads another prefix, suffix and format separator as i18next does', () => {
    const percent = { prefix: '%{', suffix: '}%', formatSeparator: ';' };
    expect(render('Am %{d; datetime}% mit %{who}%', percent, { d: new Date(0), who: 'Ann' })).toMatch(/^Am .*1970 mit Ann$/);
    expect(findings('On %{d; datetime}% with %{who}%', 'Am %{d}% mit %{wer}%', percent)).toEqual([
      '2:3 interpolation-mismatch error uses %{wer}% where the en source "m" has %{who}%',
      '2:3 format-mismatch warning shows %{d}% unformatted where the en source "m" writes %{d; datetime}%: readers get the raw value, not their locale\'s format',
    ]);
  });
});
