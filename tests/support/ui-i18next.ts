import i18next, { type i18n } from 'i18next';

/**
 * The oracle the check tests compare with: a synchronous i18next instance over one `ui`
 * namespace per locale (`{ en: {...}, de: {...} }`), reading `lng` and falling back to en.
 */
export function uiI18next(lng: string, bundles: Record<string, Record<string, unknown>>): i18n {
  const instance = i18next.createInstance();
  const resources = Object.fromEntries(Object.entries(bundles).map(([locale, ui]) => [locale, { ui }]));
  void instance.init({ initAsync: false, lng, fallbackLng: 'en', resources, ns: ['ui'], defaultNS: 'ui' });
  return instance;
}
