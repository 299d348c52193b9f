import i18next from 'i18next';
import { expect, it } from 'vitest';
import { diagnosticsOf, line } from '../support/check-lines.js';
import { tempProject } from '../support/temp-project.js';

// Ghost's setup: keys are the English text, the English values empty, and i18next told to skip
// an empty string (returnEmptyString: false), so English readers get the key itself.
const separators = { keySeparator: false, nsSeparator: false } as const;
const english = { '{{amount}} days free': '', Save: '', 'Close the <1>door</1>.': '' };
const german = { '{{amount}} days free': '{{amount}} Tage kostenfrei', Save: '', 'Close the <1>door</1>.': 'Schließ die <1>Tür</1>.' };
const spanish = { Save: 'Guardar' };
const argentine = { Save: '' };

/** i18next as the app sets it up, over the same bundles. */
function app(lng: string): (key: string, options?: Record<string, unknown>) => string {
  const i18n = i18next.createInstance();
  void i18n.init({
    initAsync: false,
    lng,
    fallbackLng: { 'es-AR': ['es', 'en'], default: ['en'] },
    returnEmptyString: false,
    ...separators,
    resources: { en: { ui: english }, de: { ui: german }, es: { ui: spanish }, 'es-AR': { ui: argentine } },
    ns: ['ui'],
    defaultNS: 'ui',
    interpolation: { escapeValue: false },
  });
  return (key, options) => i18n.t(key, options ?? {});
}

it('with returnEmptyString false, compares translations with the key an empty source shows, and says what an empty translation falls back to', () => {
  const root = tempProject({
    'locales/en/ui.json': JSON.stringify(english, null, 2),
    'locales/de/ui.json': JSON.stringify(german, null, 2),
    'locales/es/ui.json': JSON.stringify(spanish, null, 2),
    'locales/es-AR/ui.json': JSON.stringify(argentine, null, 2),
  });
  const all = diagnosticsOf(root, { ...separators, returnEmptyString: false, fallbacks: { 'es-AR': ['es', 'en'] } });
  expect(all.filter((d) => d.ruleId === 'missing-key' && d.locale === 'es').map((d) => d.message)).toEqual([
    'missing key "Close the <1>door</1>."; en shows the key itself',
    'missing key "{{amount}} days free"; en shows the key itself',
  ]);
  const found = all.filter((d) => d.ruleId !== 'missing-key');
  expect(found.map((d) => `${line(d)} ${d.severity} ${d.message}`)).toEqual([
    'locales/de/ui.json:3:3 empty-value error "Save" is empty; i18next skips it (returnEmptyString: false), so de readers get the key itself, as en readers do (its en value is empty too)',
    'locales/en/ui.json:2:3 empty-value info the source value of "{{amount}} days free" is empty: i18next skips it (returnEmptyString: false) and shows the key',
    'locales/en/ui.json:3:3 empty-value info the source value of "Save" is empty: i18next skips it (returnEmptyString: false) and shows the key',
    'locales/en/ui.json:4:3 empty-value info the source value of "Close the <1>door</1>." is empty: i18next skips it (returnEmptyString: false) and shows the key',
    'locales/es-AR/ui.json:2:3 empty-value info "Save" is empty; i18next skips it (returnEmptyString: false), so es-AR readers get the es text "Guardar" where en shows the key itself',
  ]);
  expect([app('en')('{{amount}} days free', { amount: 5 }), app('de')('{{amount}} days free', { amount: 5 })]).toEqual([
    '5 days free',
    '5 Tage kostenfrei',
  ]);
  expect([app('en')('Save'), app('de')('Save'), app('es-AR')('Save')]).toEqual(['Save', 'Save', 'Guardar']);
});

it('keeps i18next’s default: an empty translation shows nothing, and an empty source is a warning', () => {
  const root = tempProject({
    'locales/en/ui.json': JSON.stringify({ Save: '', title: 'Title' }, null, 2),
    'locales/de/ui.json': JSON.stringify({ Save: '', title: '' }, null, 2),
  });
  expect(diagnosticsOf(root, separators).map((d) => `${line(d)} ${d.severity} ${d.message}`)).toEqual([
    'locales/de/ui.json:3:3 empty-value error "title" is empty; readers see nothing where en has "Title"',
    'locales/en/ui.json:2:3 empty-value warning the source value of "Save" is empty',
  ]);
});

it('names the source text alone when the empty translation falls back to it', () => {
  const en = { title: 'Title' };
  const de = { title: '' };
  const root = tempProject({
    'locales/en/ui.json': JSON.stringify(en, null, 2),
    'locales/de/ui.json': JSON.stringify(de, null, 2),
  });
  expect(diagnosticsOf(root, { returnEmptyString: false }).map((d) => `${line(d)} ${d.message}`)).toEqual([
    'locales/de/ui.json:2:3 empty-value "title" is empty; i18next skips it (returnEmptyString: false), so de readers get the en text "Title"',
  ]);
  const i18n = i18next.createInstance();
  void i18n.init({
    initAsync: false,
    lng: 'de',
    fallbackLng: 'en',
    returnEmptyString: false,
    resources: { en: { ui: en }, de: { ui: de } },
    defaultNS: 'ui',
  });
  expect(i18n.t('title')).toBe('Title');
});

it('compares the plural forms of an empty source with the key the app passes, without the plural suffix (open-webui)', () => {
  // open-webui: keys are the English text, the en-US values empty; i18next, skipping `_other`,
  // shows the key `t` was called with, not the form it looked up.
  const key = 'Removing {{count}} stale files...';
  const en = { [`${key}_one`]: '', [`${key}_other`]: '' };
  const de = { [`${key}_one`]: 'Entferne {{count}} veraltete Datei...', [`${key}_other`]: 'Entferne {{count}} veraltete Dateien' };
  const ca = {
    [`${key}_one`]: 'Eliminant {{count}} fitxer...',
    [`${key}_many`]: 'Eliminant {{count}} fitxers...',
    [`${key}_other`]: 'Eliminant {{count}} fitxers...',
  };
  const root = tempProject({
    'locales/en/ui.json': JSON.stringify(en, null, 2),
    'locales/de/ui.json': JSON.stringify(de, null, 2),
    'locales/ca/ui.json': JSON.stringify(ca, null, 2),
    // The bare key, read for every count: compared with `_other`.
    'locales/fr/ui.json': JSON.stringify({ [key]: 'Suppression de {{count}} fichiers...' }, null, 2),
  });
  const found = diagnosticsOf(root, { ...separators, returnEmptyString: false }).filter((d) => d.ruleId === 'punctuation-parity');
  expect(found.map((d) => `${line(d)} ${d.message}`)).toEqual([
    'locales/de/ui.json:3:3 punctuation-parity ends with no final punctuation where the en source ends with "..."',
  ]);
  const i18n = i18next.createInstance();
  void i18n.init({ initAsync: false, lng: 'en', returnEmptyString: false, ...separators, resources: { en: { ui: en } }, defaultNS: 'ui' });
  expect([i18n.t(key, { count: 1 }), i18n.t(key, { count: 3 })]).toEqual(['Removing 1 stale files...', 'Removing 3 stale files...']);
});
