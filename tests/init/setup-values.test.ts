import { describe, expect, it } from 'vitest';
import { optionValue, unreadImports } from '../../src/init/setup-values.js';

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

  it("reads the last property before a trailing comma (game-worldle's next-i18next config)", () => {
    const config = "module.exports = {\n  ns: ['common', 'countries'],\n  defaultNS: 'common',\n}";
    expect(read('defaultNS', { 'i18n/config.js': config })).toBe('common');
    expect(read('ns', { 'i18n/config.js': "module.exports = { ns: ['common', 'countries'], }" })).toEqual(['common', 'countries']);
  });

  it("takes the init call's own option over a const of that name elsewhere in the file", () => {
    const text = "export const defaultNS = 'common';\ni18n.init({ ns: ['translation'], defaultNS: 'translation' });";
    expect(read('defaultNS', { 'src/i18n.ts': text })).toBe('translation');
  });

  it('reads the last option before its trailing comma (thorium-reader\'s `fallbackLng: "en",` then `}`)', () => {
    expect(read('fallbackLng', { 'i18n.ts': 'i18n.init({\n  debug: false,\n  fallbackLng: "en",\n  \n}).then(() => {});' })).toBe('en');
    expect(read('fallbackLng', { 'i18n.ts': "i18n.init({ fallbackLng: ['en', 'de'], })" })).toEqual(['en', 'de']);
    // A value that is broken before its comma is still none.
    expect(read('fallbackLng', { 'i18n.ts': "i18n.init({ fallbackLng: 'en' +, })" })).toBeUndefined();
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

  it("reads a property of a module's default export (headlamp's sharedConfig.contextSeparator)", () => {
    const files = {
      'frontend/src/i18n/config.ts':
        "import sharedConfig from './i18nextSharedConfig.mjs';\ni18next.init({ contextSeparator: sharedConfig.contextSeparator, ns: ['translation'] });",
      'frontend/src/i18n/i18nextSharedConfig.mjs': "export default {\n  contextSeparator: '//context:',\n};\n",
    };
    expect(read('contextSeparator', files)).toBe('//context:');
    // A property the object does not have, or one of a list, reads as nothing.
    expect(
      read('contextSeparator', { ...files, 'frontend/src/i18n/i18nextSharedConfig.mjs': 'export default { other: 1 };' }),
    ).toBeUndefined();
  });

  it('reads options spread from, or passed as, an imported const, renamed, through TypeScript .js specifiers', () => {
    const options = "export const i18nOptions = { defaultNS: 'common', interpolation: { prefix: '{', suffix: '}' } } as const;\n";
    const spread = {
      'src/i18n.ts': "import { i18nOptions } from './options.js';\ni18n.init({ ...i18nOptions, lng });",
      'src/options.ts': options,
    };
    expect(read('defaultNS', spread)).toBe('common');
    expect(read('interpolation', spread)).toEqual({ prefix: '{', suffix: '}' });
    const passed = {
      'src/i18n.ts': "import { opts } from './settings';\ni18n.init(opts);",
      'src/settings/index.ts': "const base = { defaultNS: 'app' };\nexport { base as opts };",
    };
    expect(read('defaultNS', passed)).toBe('app');
    const whole = {
      'src/i18n.ts': "import * as settings from './settings';\ni18n.init({ defaultNS: settings.ns });",
      'src/settings.ts': "export const ns = 'core';",
    };
    expect(read('defaultNS', whole)).toBe('core');
  });

  it('names the imported options init could not read: a package, a module outside the project, a computed value', () => {
    const text = [
      "import { i18nOptions } from '@app/i18n-options';",
      "import interpolationOptions from './interpolation';",
      "import backendOptions from 'some-backend';",
      "import { computed } from './computed';",
      'i18n.init({ ...i18nOptions, interpolation: interpolationOptions, backend: backendOptions, defaultNS: computed.ns });',
    ].join('\n');
    const texts = new Map([
      ['src/i18n.ts', text],
      ['src/computed.ts', 'export const computed = makeOptions();'],
    ]);
    expect(unreadImports('src/i18n.ts', { files: ['src/i18n.ts'], texts })).toEqual([
      { name: 'i18nOptions', specifier: '@app/i18n-options' },
      { name: 'interpolationOptions', specifier: './interpolation' },
      { name: 'computed', specifier: './computed' },
    ]);
    texts.set('src/interpolation.ts', "export default { prefix: '{' };");
    expect(unreadImports('src/i18n.ts', { files: ['src/i18n.ts'], texts }).map(({ name }) => name)).toEqual(['i18nOptions', 'computed']);
  });
});
