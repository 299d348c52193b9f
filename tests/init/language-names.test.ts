import { describe, expect, it } from 'vitest';
import { codeOfLanguageName } from '../../src/init/language-names.js';
import { inferProject } from '../../src/init/infer-project.js';

const bundle = (keys: Record<string, string>): string => JSON.stringify(keys, null, 2);

describe('codeOfLanguageName', () => {
  it("reads a language's English name or its own, without accents", () => {
    const names = ['english', 'espanol', 'Deutsch', 'portuguese', 'thai', 'chinese'];
    expect(names.map(codeOfLanguageName)).toEqual(['en', 'es', 'de', 'pt', 'th', 'zh']);
  });

  it('reads a language and a script as English names the pair', () => {
    expect(codeOfLanguageName('chinese-traditional')).toBe('zh-Hant');
    expect(codeOfLanguageName('chinese_simplified')).toBe('zh-Hans');
  });

  it('reads no other word as a language', () => {
    for (const name of ['common', 'translations', 'ui', 'data', 'english-us', 'brazilian'])
      expect(codeOfLanguageName(name), name).toBeUndefined();
  });
});

describe('inferProject: folders named by language', () => {
  const files = {
    'client/i18n/locales/english/intro.json': bundle({ a: 'A' }),
    'client/i18n/locales/espanol/intro.json': bundle({ a: 'A es' }),
    'client/i18n/locales/chinese-traditional/intro.json': bundle({ a: 'A zh' }),
    'client/i18n/locales/brazilian/intro.json': bundle({ a: 'A pt' }),
  };

  it('maps the names it can read to codes, and notes those it cannot', () => {
    const { config, notes } = inferProject({ paths: Object.keys(files), texts: new Map(Object.entries(files)) });
    expect(config).toMatchObject({
      bundles: 'client/i18n/locales/{{lng}}/{{ns}}.json',
      localeNames: { en: 'english', es: 'espanol', 'zh-Hant': 'chinese-traditional' },
      sourceLocale: 'en',
      locales: ['en', 'es', 'zh-Hant'],
    });
    expect(notes.join('\n')).toContain(
      'client/i18n/locales/brazilian/intro.json matches client/i18n/locales/{{lng}}/{{ns}}.json but init could not read its locale name as the name of one language',
    );
  });

  it('writes no map for folders named by code', () => {
    const coded = { 'locales/en/ui.json': bundle({ a: 'A' }), 'locales/es/ui.json': bundle({ a: 'A es' }) };
    expect(inferProject({ paths: Object.keys(coded), texts: new Map(Object.entries(coded)) }).config?.localeNames).toBeUndefined();
  });

  it('reads one locale from one folder: english beside en is left out', () => {
    const both = {
      'locales/en/ui.json': bundle({ a: 'A' }),
      'locales/english/ui.json': bundle({ a: 'A' }),
      'locales/es/ui.json': bundle({ a: 'A es' }),
    };
    const { config } = inferProject({ paths: Object.keys(both), texts: new Map(Object.entries(both)) });
    expect(config).toMatchObject({ locales: ['en', 'es'] });
    expect(config?.localeNames).toBeUndefined();
  });
});
