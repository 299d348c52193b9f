import { renderIcu } from '../support/render-icu.js';
import { beforeAll, expect, it } from 'vitest';
import { loadIcuParser, parseIcu } from '../../src/bundles/icu-message.js';
import { intlFormatError } from '../../src/check/intl-format-error.js';

beforeAll(loadIcuParser);

/** Renders `message` as a German app with i18next-icu shows it. */
const render = (message: string, values: Record<string, unknown>): string => renderIcu(message, values, 'de');

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
