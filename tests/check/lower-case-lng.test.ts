import i18next from 'i18next';
import { expect, it } from 'vitest';
import { diagnosticsOf, line } from '../support/check-lines.js';
import { tempProjectsPerTest } from '../support/temp-project.js';

const project = tempProjectsPerTest();

// An app that sets i18next's lowerCaseLng looks every code up in lower case, so its folders are named so.
const folders = ['pt-br', 'pt-BR', 'sr-cs', 'zh-hant', 'zh-hant-tw', 'EN'];
const text = (folder: string): string => `${folder} text`;

/** Whether i18next, set as the app sets it, reads the folder's strings when asked for the locale it names. */
function read(folder: string, lowerCaseLng: boolean): boolean {
  const i18n = i18next.createInstance();
  void i18n.init({
    initAsync: false,
    lng: folder,
    fallbackLng: 'en',
    lowerCaseLng,
    resources: { en: { ui: { title: 'Title' } }, [folder]: { ui: { title: text(folder) } } },
    ns: ['ui'],
    defaultNS: 'ui',
  });
  return i18n.t('title') === text(folder);
}

it('reports exactly the folders i18next never reads, with lowerCaseLng and without', () => {
  const root = project({
    'locales/en/ui.json': '{ "title": "Title" }',
    ...Object.fromEntries(folders.map((folder) => [`locales/${folder}/ui.json`, `{ "title": "${text(folder)}" }`])),
  });
  for (const lowerCaseLng of [true, false]) {
    const reported = diagnosticsOf(root, { lowerCaseLng })
      .filter((d) => d.ruleId === 'locale-code' && d.severity === 'error')
      .map((d) => d.locale);
    expect(reported.sort(), `lowerCaseLng: ${lowerCaseLng}`).toEqual(folders.filter((folder) => !read(folder, lowerCaseLng)).sort());
  }
});

it('with lowerCaseLng, a locale falls back through its parents in lower case (zh-hant-tw through zh-hant)', () => {
  const bundles = { en: { a: 'Apple', b: 'Banana' }, 'zh-hant': { a: '蘋果', b: '香蕉' }, 'zh-hant-tw': { a: '蘋果' } };
  const root = project(Object.fromEntries(Object.entries(bundles).map(([l, b]) => [`locales/${l}/ui.json`, JSON.stringify(b, null, 2)])));
  const i18n = i18next.createInstance();
  void i18n.init({
    initAsync: false,
    lng: 'zh-hant-tw',
    fallbackLng: 'en',
    lowerCaseLng: true,
    resources: Object.fromEntries(Object.entries(bundles).map(([l, b]) => [l, { ui: b }])),
    ns: ['ui'],
    defaultNS: 'ui',
  });
  expect(i18n.t('b')).toBe('香蕉');
  const findings = diagnosticsOf(root, { lowerCaseLng: true })
    .filter((d) => d.locale === 'zh-hant-tw')
    .map((d) => `${line(d)} ${d.message}`);
  expect(findings).toEqual(['locales/zh-hant-tw/ui.json:1:1 fallback-resolved "b" is not in zh-hant-tw; it resolves through zh-hant']);
});
