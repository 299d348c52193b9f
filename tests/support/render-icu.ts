import i18next from 'i18next';
import ICU from 'i18next-icu';

/** Renders `message` in `lng` with i18next and i18next-icu, as an app that uses the plugin shows it. */
export function renderIcu(message: string, values: Record<string, unknown>, lng = 'en'): string {
  const i18n = i18next.createInstance();
  i18n.use(ICU);
  void i18n.init({ initAsync: false, lng, resources: { [lng]: { ui: { m: message } } }, defaultNS: 'ui' });
  return String(i18n.t('m', values));
}
