import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { interpolationsOf } from '../../src/bundles/message-parts.js';
import { diagnosticsOf } from '../support/check-lines.js';
import { tempProject } from '../support/temp-project.js';

// `{{...}}` spans judged by i18next 26: only `{{-` with nothing between is unescaped; a space
// before the dash makes the dash part of the variable's name, which no call passes.

function render(message: string): string {
  const i18n = i18next.createInstance();
  void i18n.init({ initAsync: false, lng: 'de', resources: { de: { ui: { m: message } } }, ns: ['ui'], defaultNS: 'ui' });
  return i18n.t('m', { name: '<Ann>' });
}

function findings(source: string, target: string): string[] {
  const root = tempProject({
    'locales/en/ui.json': `{\n  "m": ${JSON.stringify(source)}\n}\n`,
    'locales/de/ui.json': `{\n  "m": ${JSON.stringify(target)}\n}\n`,
  });
  return diagnosticsOf(root).map((d) => `${d.line}:${d.column} ${d.ruleId} ${d.severity} ${d.message}`);
}

describe('unescaped interpolation agrees with i18next', () => {
  it('reads {{- name}} and {{-name}} as name unescaped', () => {
    expect(interpolationsOf('{{- name}} {{-name}}')).toEqual({ variables: ['name'], unescaped: ['name'] });
    expect([render('Hallo {{- name}}'), render('Hallo {{-name}}'), render('Hallo {{name}}')]).toEqual([
      'Hallo <Ann>',
      'Hallo <Ann>',
      'Hallo &lt;Ann&gt;',
    ]);
  });

  it('reports {{ -name}} and {{ - name}} as variables the source does not pass: i18next shows them raw', () => {
    expect(interpolationsOf('{{ -name}} {{ - name}}')).toEqual({ variables: ['-name', '- name'], unescaped: [] });
    expect(findings('Hi {{name}}', 'Hallo {{ -name}}')).toEqual([
      '2:3 interpolation-mismatch error uses {{ -name}} where the en source "m" has {{name}}',
    ]);
    expect(findings('Hi {{- name}}', 'Hallo {{ - name}}')).toEqual([
      '2:3 interpolation-mismatch error uses {{ - name}} where the en source "m" has {{name}}',
    ]);
    expect([render('Hallo {{ -name}}'), render('Hallo {{ - name}}')]).toEqual(['Hallo {{ -name}}', 'Hallo {{ - name}}']);
  });

  it('warns where the source writes {{- x}} and the translation {{x}}: i18next escapes the markup the source passes through', () => {
    expect([render('Hallo {{- name}}'), render('Hallo {{name}}')]).toEqual(['Hallo <Ann>', 'Hallo &lt;Ann&gt;']);
    expect(findings('Hi {{- name}}', 'Hallo {{name}}')).toEqual([
      '2:3 interpolation-mismatch warning writes {{name}} escaped where the source writes {{- name}}: i18next escapes the value there ("a/b <i>" becomes "a&#x2F;b &lt;i&gt;"), so markup or a URL the app passes shows as written',
    ]);
    expect(findings('Hi {{- name}}', 'Hallo {{- name}} ({{name}})')).toEqual([]);
  });
});

describe('words between braces', () => {
  it("are text, as i18next shows them, in the source and in its translation (OpenSign's formula-error-braces)", () => {
    const source = 'Each opening {{ must have a matching }}.';
    const target = 'Jede öffnende {{ muss eine passende }} haben.';
    expect([render(source), render(target)]).toEqual([source, target]);
    expect(interpolationsOf(target)).toEqual({ variables: [], unescaped: [] });
    expect(findings(source, target)).toEqual([]);
    expect(findings('Hi {{name}}', 'Hallo {{ dein name }}')).toEqual([
      '2:3 interpolation-mismatch error drops {{name}} that the en source "m" shows; the translation writes "{{ dein name }}", words i18next shows as written, braces and all',
    ]);
    expect(interpolationsOf('के लिए {{ एक मिलान }}')).toEqual({ variables: [], unescaped: [] });
  });

  it('are a finding where the source shows no braces: readers see them (DocSpace az)', () => {
    const source = 'Show the About window';
    const target = '{{About Pencərəsinin göstərilməsi}}';
    expect(render(target)).toBe(target);
    expect(findings(source, target)).toEqual([
      '2:3 interpolation-mismatch error shows "{{About Pencərəsinin göstərilməsi}}" as written, braces and all: i18next reads no variable in words between braces, and the en source "m" shows no braces',
    ]);
  });
});

describe('an empty translation is one finding', () => {
  it("is reported by empty-value alone, not again as lacking the source's variables, formats or markup", () => {
    for (const source of ['Hi {{name}}', 'On {{d, datetime}}', '<b>Bold</b>', 'Hi {{name}}, <b>{{d, datetime}}</b>']) {
      expect(findings(source, '').map((f) => f.split(' ')[1])).toEqual(['empty-value']);
      expect(findings(source, '  ').map((f) => f.split(' ')[1])).toEqual(['empty-value']);
      for (const blank of ['\u3000', '\u2003', '\u00a0\u202f'])
        expect(findings(source, blank).map((f) => f.split(' ')[1])).toEqual(['empty-value']);
    }
  });
});

describe('a variable the source passes only into a $t() nesting', () => {
  it('is not shown, so a translation without it drops nothing readers saw', () => {
    const source = { other: 'O', m: 'Go $t(other, {"v": "{{name}}"})' };
    const i18n = i18next.createInstance();
    void i18n.init({ initAsync: false, lng: 'en', resources: { en: { ui: source } }, ns: ['ui'], defaultNS: 'ui' });
    expect(i18n.t('m', { name: 'Ann' })).toBe('Go O');
    const root = tempProject({
      'locales/en/ui.json': JSON.stringify(source, null, 2),
      'locales/de/ui.json': JSON.stringify({ other: 'A', m: 'Geh' }, null, 2),
    });
    expect(diagnosticsOf(root).filter((d) => d.ruleId === 'interpolation-mismatch')).toEqual([]);
    const kept = findings('Hi {{name}}, $t(other, {"v": "{{name}}"})', 'Hallo $t(other, {"v": "{{name}}"})');
    expect(kept.filter((finding) => finding.includes('interpolation-mismatch'))).toEqual([
      '2:3 interpolation-mismatch error drops {{name}} that the en source "m" shows',
    ]);
  });
});

describe('braces that do not pair beside a renamed variable', () => {
  it('names both in one finding, as i18next shows both as written (ntfy sv)', () => {
    const source = 'Uploading {{loaded}}/{{total}} ({{percent}}%) …';
    const target = 'Laddar upp {{loaded}}/{{{total}} ({{procent}}}%) …';
    const i18n = i18next.createInstance();
    void i18n.init({ initAsync: false, lng: 'sv', resources: { sv: { ui: { m: target } } }, defaultNS: 'ui' });
    expect(i18n.t('m', { loaded: 1, total: 2, percent: 50 })).toBe('Laddar upp 1/{{{total}} ({{procent}}}%) …');
    expect(findings(source, target)).toEqual([
      '2:3 interpolation-mismatch error braces do not pair: i18next reads "{{{total}}" as one variable, which the app does not pass, so readers see it as written (the en source "m" has {{loaded}}, {{total}}, {{percent}}); it also uses {{procent}}, which the source does not pass',
    ]);
  });
});
