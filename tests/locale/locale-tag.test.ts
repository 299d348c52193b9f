import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { isLocaleTag, languageTag, localeProblem } from '../../src/locale/locale-tag.js';
import { pluralFamily } from '../../src/bundles/plural-rules.js';

describe('locale codes with "_" and folders that are no tag', () => {
  it('reads es_AR and pt_PT as tags, and refuses names that are none', () => {
    for (const code of ['en', 'es-AR', 'es_AR', 'pt_PT', 'zh-Hant-TW', 'toString']) expect(isLocaleTag(code), code).toBe(true);
    for (const name of ['español', 'x y', 'sitemap.xml', 'constructor', '__proto__', 'hasOwnProperty', ''])
      expect(isLocaleTag(name), name).toBe(false);
    expect(languageTag('pt_PT')).toBe('pt-PT');
  });

  it('picks the plural rules i18next picks for a code with "_" (pt_PT, not pt: 0 is "other" in Portugal)', async () => {
    const instance = i18next.createInstance();
    await instance.init({ lng: 'pt_PT', fallbackLng: false, resources: { pt_PT: { translation: { n_one: 'one', n_other: 'other' } } } });
    for (const count of [0, 1, 2, 1.5]) expect(pluralFamily('pt_PT').select(count), String(count)).toBe(instance.t('n', { count }));
    expect(instance.t('n', { count: 0 })).toBe('other');
  });
});

describe('the problem of a locale folder name, one answer for check and build', () => {
  it('is none for a code i18next reads under its name, "misnamed" with the code i18next asks for, "not-a-tag" otherwise', async () => {
    const instance = i18next.createInstance();
    await instance.init({ lng: 'en', resources: {} });
    const spelling = (code: string): string => instance.services.languageUtils.formatLanguageCode(code);
    for (const folder of ['en', 'es-AR', 'pt_BR', 'zh-Hant-TW']) expect(localeProblem(folder), folder).toBeUndefined();
    for (const folder of ['es-ar', 'zh-hant-tw', 'PT-br'])
      expect(localeProblem(folder), folder).toEqual({ kind: 'misnamed', code: spelling(folder) });
    for (const folder of ['español', 'sitemap.xml', '__proto__']) expect(localeProblem(folder)?.kind, folder).toBe('not-a-tag');
  });
});
