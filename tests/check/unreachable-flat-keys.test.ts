import i18next from 'i18next';
import { expect, it } from 'vitest';
import { diagnosticsOf } from '../support/check-lines.js';
import { tempProject } from '../support/temp-project.js';

// Keys written under a name that holds the separator, judged by i18next 26: each written string is
// reported by key-collision exactly when t() of its flat key does not show it.

const text = `{
  "a": { "b": { "c": "x" } },
  "a.b": { "c": "y", "d": "dd" },
  "e": { "f.g": "x2", "f": { "g": "y2" } },
  "k.l": { "m": "mm" },
  "n": { "o.p": "op" }
}
`;
// Every string as written, by the flat key it is written under.
const written: [string, string][] = [
  ['a.b.c', 'x'],
  ['a.b.c', 'y'],
  ['a.b.d', 'dd'],
  ['e.f.g', 'x2'],
  ['e.f.g', 'y2'],
  ['k.l.m', 'mm'],
  ['n.o.p', 'op'],
];

it('reports each string under a flat name exactly when i18next never shows it', () => {
  const i18n = i18next.createInstance();
  void i18n.init({ initAsync: false, lng: 'en', resources: { en: { ui: JSON.parse(text) } }, ns: ['ui'], defaultNS: 'ui' });
  const hidden = new Set(written.filter(([key, value]) => i18n.t(key) !== value).map(([key]) => key));
  const reported = diagnosticsOf(tempProject({ 'locales/en/ui.json': text })).filter((d) => d.ruleId === 'key-collision');
  expect([...hidden].sort()).toEqual(['a.b.c', 'a.b.d', 'e.f.g']);
  expect(reported.map((d) => `${d.key} ${d.line}:${d.column}`)).toEqual(['a.b.c 3:12', 'a.b.d 3:22', 'e.f.g 4:10']);
  expect(reported.find((d) => d.key === 'a.b.d')?.message).toBe(
    '"a.b.d" can never be read: i18next follows the nested objects of its path ("a" > "b", which has no "d") and never comes back to the flat spelling',
  );
});

it('names the spelling i18next reads for a key written twice: not always the nested one', () => {
  for (const bundle of [
    { menu: { open: 'Open' }, 'menu.open': 'Open menu' },
    { 'a.b': { c: 'm2' }, 'a.b.c': 'top' },
    { r: { 'b.c': 'v' }, 'r.b': { c: 'w' } },
  ]) {
    const i18n = i18next.createInstance();
    void i18n.init({ initAsync: false, lng: 'en', resources: { en: { ui: bundle } }, ns: ['ui'], defaultNS: 'ui' });
    const [finding, ...rest] = diagnosticsOf(tempProject({ 'locales/en/ui.json': JSON.stringify(bundle, null, 2) })).filter(
      (d) => d.ruleId === 'key-collision',
    );
    const key = finding?.key as string;
    expect({ rest, message: finding?.message }).toEqual({
      rest: [],
      message: `"${key}" is written both as one flat key and as nested keys; i18next reads ${JSON.stringify(i18n.t(key))} and never the other spelling`,
    });
  }
});

it('names the object i18next enters instead: a shorter name beside a dotted one (a model "gpt-4" beside "gpt-4.1")', () => {
  const bundle = { 'gpt-4': { description: 'Four' }, 'gpt-4.1': { description: 'Four one' } };
  const i18n = i18next.createInstance();
  void i18n.init({ initAsync: false, lng: 'en', resources: { en: { ui: bundle } }, ns: ['ui'], defaultNS: 'ui' });
  expect(i18n.t('gpt-4.1.description')).toBe('gpt-4.1.description');
  const reported = diagnosticsOf(tempProject({ 'locales/en/ui.json': JSON.stringify(bundle, null, 2) })).filter(
    (d) => d.ruleId === 'key-collision',
  );
  expect(reported.map((d) => d.message)).toEqual([
    '"gpt-4.1.description" can never be read: i18next follows the nested objects of its path ("gpt-4", which has no "1") and never comes back to the flat spelling',
  ]);
});

it('quotes the text of an unreachable source key a translation lacks, and what readers see', () => {
  const en = { panel: { title: 'Panel' }, 'panel.d': { save: 'Save settings' } };
  const de = { panel: { title: 'Tafel' } };
  const i18n = i18next.createInstance();
  void i18n.init({
    initAsync: false,
    lng: 'de',
    fallbackLng: 'en',
    resources: { en: { ui: en }, de: { ui: de } },
    ns: ['ui'],
    defaultNS: 'ui',
  });
  // Neither locale shows the flat spelling: German readers get the key itself, as English ones do.
  expect(i18n.t('panel.d.save')).toBe('panel.d.save');
  const root = tempProject({ 'locales/en/ui.json': JSON.stringify(en, null, 2), 'locales/de/ui.json': JSON.stringify(de, null, 2) });
  const missing = diagnosticsOf(root).filter((d) => d.ruleId === 'missing-key');
  expect(missing.map((d) => `${d.file}:${d.line}:${d.column} ${d.message}`)).toEqual([
    'locales/de/ui.json:2:12 missing key "panel.d.save"; en writes "Save settings" where i18next never reads it (key-collision reports it there)',
  ]);
});
