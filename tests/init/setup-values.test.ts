import { describe, expect, it } from 'vitest';
import { optionValue } from '../../src/init/setup-values.js';

/** Reads an option of the first of some setup files, as init reads them. */
function read(option: string, files: Record<string, string>) {
  return optionValue(Object.keys(files)[0] as string, option, { files: Object.keys(files), texts: new Map(Object.entries(files)) });
}

describe('optionValue', () => {
  it('reads strings, lists and objects as written', () => {
    expect(read('fallbackLng', { 'i18n.ts': "i18n.init({ fallbackLng: 'en-US' });" })).toBe('en-US');
    expect(read('fallbackLng', { 'i18n.ts': 'i18n.init({ fallbackLng: [`en-GB`, "en"] });' })).toEqual(['en-GB', 'en']);
    expect(read('fallbackLng', { 'i18n.ts': "init({ fallbackLng: { 'de-CH': ['de'], fr: 'fr-FR', default: ['en'] } })" })).toEqual({
      'de-CH': ['de'],
      fr: 'fr-FR',
      default: ['en'],
    });
  });

  it("follows a const of the file, and the literal branch of a conditional (open-webui's default)", () => {
    const text = [
      'export const initI18n = (defaultLocale?: string | undefined) => {',
      "  const fallbackDefaultLocale = defaultLocale ? [defaultLocale] : ['en-US'];",
      "  i18next.init({ fallbackLng: { fr: ['fr-FR'], default: fallbackDefaultLocale }, ns: 'translation' });",
      '};',
    ].join('\n');
    expect(read('fallbackLng', { 'src/lib/i18n/index.ts': text })).toEqual({ fr: ['fr-FR'], default: ['en-US'] });
    expect(read('fallbackLng', { 'i18n.ts': "init({ fallbackLng: process.env.LNG || 'de' })" })).toBe('de');
  });

  it('reads Object.keys of a typed const object, declared in the file or imported from another setup file (Stirling-PDF)', () => {
    const languages = "export const supportedLanguages: Record<string, string> = {\n  'en-GB': 'English',\n  'de-DE': 'Deutsch',\n};\n";
    expect(read('supportedLngs', { 'src/i18n.ts': `${languages}i18n.init({ supportedLngs: Object.keys(supportedLanguages) });` })).toEqual([
      'en-GB',
      'de-DE',
    ]);
    const setup =
      "import { supportedLanguages, rtl } from '@app/i18n/languages';\ni18n.init({ supportedLngs: Object.keys(supportedLanguages) });";
    expect(read('supportedLngs', { 'src/i18n.ts': setup, 'src/i18n/languages.ts': languages })).toEqual(['en-GB', 'de-DE']);
    // Not followed: a name the file neither declares nor imports from a setup file of that name.
    expect(read('supportedLngs', { 'src/i18n.ts': setup, 'src/i18n/other.ts': languages })).toBeUndefined();
  });

  it("reads an object's spreads in order, a const's and a literal's (memos' fallbackLng)", () => {
    const text = [
      'const fallbacks = {',
      "  'zh-TW': ['zh-Hant', 'en'],",
      "  zh: ['zh-Hans', 'en'],",
      '} as FallbackLngObjList;',
      'i18n.init({',
      "  fallbackLng: { ...fallbacks, ...{ default: ['en'] } } as FallbackLng,",
      '});',
    ].join('\n');
    expect(read('fallbackLng', { 'web/src/i18n.ts': text })).toEqual({
      'zh-TW': ['zh-Hant', 'en'],
      zh: ['zh-Hans', 'en'],
      default: ['en'],
    });
    // A later entry replaces an earlier one, as the spread does when the app runs.
    expect(read('fallbackLng', { 'i18n.ts': "init({ fallbackLng: { default: ['de'], ...{ default: ['en'] } } })" })).toEqual({
      default: ['en'],
    });
  });

  it('reads nothing the app computes when it runs', () => {
    const computed = [
      'i18n.init({ supportedLngs: LANGUAGES.map((language) => language.code) });',
      'i18n.init({ fallbackLng: (code) => [code] });',
      "i18n.init({ fallbackLng: dev ? 'de' : 'en' });",
      'let lng = "en"; i18n.init({ fallbackLng: lng });',
    ];
    for (const text of computed)
      expect(read(text.includes('supportedLngs') ? 'supportedLngs' : 'fallbackLng', { 'i18n.ts': text }), text).toBeUndefined();
  });
});
