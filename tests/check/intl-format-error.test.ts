import i18next from 'i18next';
import ICU from 'i18next-icu';
import { beforeAll, expect, it } from 'vitest';
import { loadIcuParser, parseIcu } from '../../src/bundles/icu-message.js';
import { intlFormatError } from '../../src/check/intl-format-error.js';

beforeAll(loadIcuParser);

/** Renders `message` in `lng` with i18next and i18next-icu, as an app that uses the plugin. */
function render(message: string, values: Record<string, unknown>, lng = 'de'): string {
  const i18n = i18next.createInstance();
  i18n.use(ICU);
  void i18n.init({ initAsync: false, lng, resources: { [lng]: { ui: { m: message } } }, defaultNS: 'ui' });
  return String(i18n.t('m', values));
}

// What Intl refuses, i18next-icu cannot format: it shows the message as written. What Intl takes it formats.
it.each([
  ['{n, number, ::currency/EURO}', 'Invalid currency code : EURO'],
  ['{n, number, ::unit/kilometre-per-hour}', expect.stringContaining('kilometre-per-hour')],
  ['{n, number, ::currency/EUR}', undefined],
  ['{n, number, ::unit/kilometer-per-hour}', undefined],
  ['{d, date, ::yyyyMMMd}', undefined],
])('%s: %s', (message, refused) => {
  const [argument] = parseIcu(message).arguments;
  expect(argument && intlFormatError(argument)).toEqual(refused);
  const shown = render(message, { n: 1234.5, d: new Date(0) });
  if (refused === undefined) expect(shown).not.toBe(message);
  else expect(shown).toBe(message);
});
