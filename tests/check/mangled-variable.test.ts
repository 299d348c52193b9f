import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SYNTAX } from '../../src/bundles/interpolation-syntax.js';
import { mangledVariable } from '../../src/check/mangled-variable.js';

const shown = (value: string, values: Record<string, string>): string => {
  const i18n = i18next.createInstance();
  void i18n.init({ initAsync: false, lng: 'es', resources: { es: { translation: { k: value } } }, interpolation: { escapeValue: false } });
  return i18n.t('k', values);
};

describe('mangledVariable', () => {
  it.each([
    ['Modo {second}} activo', 'second', '{second}}'],
    ['Modo {{second} activo', 'second', '{{second}'],
    ['Fecha: {value, date}', 'value', '{value, date}'],
    ['Modo {{- second}', 'second', '{{- second}'],
  ])('finds %j, which i18next shows as written', (value, name, written) => {
    expect(mangledVariable(value, name, DEFAULT_SYNTAX)).toBe(written);
    expect(shown(value, { [name]: 'X' })).toContain(written);
  });

  it('finds nothing where the name is plain text or the braces hold other words', () => {
    expect(mangledVariable('second mode', 'second', DEFAULT_SYNTAX)).toBeUndefined();
    expect(mangledVariable('{count, plural, one {# second} other {# seconds}}', 'count', DEFAULT_SYNTAX)).toBeUndefined();
    expect(mangledVariable('{{secondary}}', 'second', DEFAULT_SYNTAX)).toBeUndefined();
    expect(mangledVariable('Hola, $t(other, {"v": "{{name}}"})', 'name', DEFAULT_SYNTAX)).toBeUndefined();
  });

  it("reads the project's own syntax (prefix '%{', suffix '}')", () => {
    const syntax = { ...DEFAULT_SYNTAX, prefix: '%{', suffix: '}' };
    expect(mangledVariable('Hola %name}', 'name', syntax)).toBe('%name}');
    expect(mangledVariable('Hola {name}', 'name', syntax)).toBe('{name}');
    expect(mangledVariable('Hola (name)', 'name', syntax)).toBeUndefined();
  });
});
