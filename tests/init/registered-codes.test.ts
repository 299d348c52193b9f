import { describe, expect, it } from 'vitest';
import { registeredBundles, registeredNames } from '../../src/init/registered-codes.js';

/** The registrations of some setup files, as init reads them. */
const read = (files: Record<string, string>) => registeredBundles(Object.keys(files), new Map(Object.entries(files)));

describe('registeredBundles', () => {
  it("reads cherry-studio's [code, import] pairs and resources written as { code: { ns: import } }", () => {
    const pairs = [
      "import enUS from './locales/en-us.json'",
      "import deDE from '../i18n/translate/de-de.json' with { type: 'json' }",
      'const resources = Object.fromEntries([[\'en-US\', enUS], [ "de-DE" , deDE ]].map(([l, t]) => [l, { translation: t }]))',
    ].join('\n');
    expect(read({ 'src/i18n/index.ts': pairs })).toEqual([
      { file: 'src/i18n/locales/en-us.json', code: 'en-US', setup: 'src/i18n/index.ts' },
      { file: 'src/i18n/translate/de-de.json', code: 'de-DE', setup: 'src/i18n/index.ts' },
    ]);
    const object = [
      "const zhCN = require('./zh_cn.json');",
      "import en from './en.json';",
      "i18n.init({ resources: { 'zh-CN': { translation: zhCN }, en: { 'common': en } } });",
    ].join('\n');
    expect(read({ 'i18n.js': object })).toEqual([
      { file: 'zh_cn.json', code: 'zh-CN', setup: 'i18n.js' },
      { file: 'en.json', code: 'en', setup: 'i18n.js' },
    ]);
  });

  it("reads a file registered whole under a code, as a shorthand property or by name (nuclear's resources)", () => {
    const setup = [
      "import en_US from './locales/en_US.json';",
      "import de_DE from './locales/de_DE.json';",
      "import ptBR from './locales/pt_BR.json';",
      "import base from './locales/base.json';",
      "export const resources = { en_US, de_DE, 'pt-BR': ptBR } as const;",
      // A property whose name is no language CLDR knows is no code.
      'i18n.init({ resources, ns: base });',
    ].join('\n');
    expect(read({ 'src/i18n.ts': setup })).toEqual([
      { file: 'src/locales/en_US.json', code: 'en_US', setup: 'src/i18n.ts' },
      { file: 'src/locales/de_DE.json', code: 'de_DE', setup: 'src/i18n.ts' },
      { file: 'src/locales/pt_BR.json', code: 'pt-BR', setup: 'src/i18n.ts' },
    ]);
  });

  it("reads an import through a bundler's alias where it names one bundle (thorium-reader's readium-desktop/)", () => {
    const setup = [
      'import ptBr from "readium-desktop/resources/locales/pt-br.json";',
      'import en from "readium-desktop/resources/locales/en.json";',
      "import other from '@/other/de.json';",
      "const fr = () => import('@/resources/locales/fr-fr.json');",
      "i18n.init({ resources: { 'pt-BR': { translation: ptBr }, en: { translation: en }, de: { translation: other } } });",
      "const loaders = { 'fr-FR': fr, 'fr-CA': () => import('@/resources/locales/fr-fr.json') };",
    ].join('\n');
    const bundles = ['src/resources/locales/pt-br.json', 'src/resources/locales/en.json', 'src/resources/locales/fr-fr.json'];
    expect(
      registeredBundles(['src/common/services/translator.ts'], new Map([['src/common/services/translator.ts', setup]]), bundles),
    ).toEqual([
      { file: 'src/resources/locales/pt-br.json', code: 'pt-BR', setup: 'src/common/services/translator.ts' },
      { file: 'src/resources/locales/en.json', code: 'en', setup: 'src/common/services/translator.ts' },
      { file: 'src/resources/locales/fr-fr.json', code: 'fr-CA', setup: 'src/common/services/translator.ts' },
    ]);
  });

  it("reads loaders by code, as i18next-resources-to-backend calls them (a cherry-studio fork's renderer)", () => {
    const loaders = [
      'const localeLoaders = {',
      "  'en-US': () => import('./locales/en-us.json'),",
      '  de: async () => import("../de.json"),',
      "  'fr-FR': () => import('@/locales/fr-fr.json'),",
      '}',
    ].join('\n');
    expect(read({ 'src/i18n/resolver.ts': loaders })).toEqual([
      { file: 'src/i18n/locales/en-us.json', code: 'en-US', setup: 'src/i18n/resolver.ts' },
      { file: 'src/de.json', code: 'de', setup: 'src/i18n/resolver.ts' },
    ]);
  });

  it('reads no file imported through an alias, no name bound to no JSON file, and no file registered under two codes', () => {
    expect(read({ 'i18n.ts': "import en from '@/locales/en.json';\nconst r = { 'en-US': { translation: en } };" })).toEqual([]);
    expect(read({ 'i18n.ts': "import { en } from './locales';\nconst r = [['en-US', en]];" })).toEqual([]);
    expect(read({ 'i18n.ts': "import en from './en.json';\nconst r = [['en-US', en], ['en-GB', en]];" })).toEqual([]);
    // The same code twice is one registration.
    expect(
      read({ 'i18n.ts': "import en from './en.json';\nconst a = [['en-US', en]];\nconst b = { 'en-US': { translation: en } };" }),
    ).toEqual([{ file: 'en.json', code: 'en-US', setup: 'i18n.ts' }]);
  });
});

describe('registeredNames', () => {
  const bundle = (file: string, code: string) => ({ file, code, setup: 'i18n.ts' });

  it('calls files recased only when every misnamed one is registered under the code i18next writes', () => {
    const files = [
      { path: 'l/en-us.json', locale: 'en-us' },
      { path: 'l/de.json', locale: 'de' },
    ];
    expect(registeredNames(files, [bundle('l/en-us.json', 'en-US'), bundle('l/de.json', 'de')])).toEqual({
      recased: [bundle('l/en-us.json', 'en-US')],
      renamed: [],
    });
    // Not registered, or registered as `en-us`, which i18next never looks up (it asks for en-US): locale-code is right.
    expect(registeredNames(files, [bundle('l/de.json', 'de')]).recased).toEqual([]);
    expect(registeredNames(files, [bundle('l/en-us.json', 'en-us')]).recased).toEqual([]);
    expect(registeredNames([...files, { path: 'l/fr-fr.json', locale: 'fr-fr' }], [bundle('l/en-us.json', 'en-US')]).recased).toEqual([]);
  });

  it('names a file registered under the code of another locale', () => {
    const files = [{ path: 'l/zh-cn.json', locale: 'zh-cn' }];
    expect(registeredNames(files, [bundle('l/zh-cn.json', 'zh-Hans')])).toEqual({
      recased: [],
      renamed: [{ ...bundle('l/zh-cn.json', 'zh-Hans'), locale: 'zh-cn' }],
    });
  });
});
