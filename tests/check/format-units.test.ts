import fc from 'fast-check';
import i18next from 'i18next';
import { expect, it } from 'vitest';
import { formatUnits } from '../../src/bundles/interpolation-formats.js';
import { diagnosticsOf, line } from '../support/check-lines.js';
import { tempProjectsPerTest } from '../support/temp-project.js';

const project = tempProjectsPerTest();

// A formatter's unit is part of what readers read: currency(EUR) for currency(USD) shows euros.
// A variable the source leaves unformatted, a translation may format for its readers.
const english = {
  price: 'Costs {{v, currency(USD)}}',
  due: 'Due {{v, relativetime(quarter)}}',
  total: '{{n}} items',
  fee: 'Fee {{v, currency(currency: usd)}}',
};
const german = {
  price: 'Kostet {{v, currency(EUR)}}',
  due: 'Fällig {{v, relativetime(range: day)}}',
  total: '{{n, number}} Elemente',
  fee: 'Gebühr {{v, currency(USD)}}',
};

it('says where a translation formats a value in another currency or unit of time, and lets it format a plain one', () => {
  const root = project({ 'locales/en/ui.json': JSON.stringify(english, null, 2), 'locales/de/ui.json': JSON.stringify(german, null, 2) });
  expect(diagnosticsOf(root).map((d) => `${line(d)} ${d.severity} ${d.message}`)).toEqual([
    'locales/de/ui.json:2:3 format-mismatch warning formats {{v}} with currency EUR where the en source "price" writes USD: readers see another currency',
    'locales/de/ui.json:3:3 format-mismatch warning formats {{v}} with relativetime DAY where the en source "due" writes QUARTER: readers see another unit of time',
  ]);
  const i18n = i18next.createInstance();
  void i18n.init({ initAsync: false, lng: 'de', resources: { de: { translation: german } } });
  expect([i18n.t('price', { v: 3 }), i18n.t('due', { v: 3 }), i18n.t('total', { n: 1234.5 }), i18n.t('fee', { v: 3 })]).toEqual([
    'Kostet 3,00\u00a0€',
    'Fällig in 3 Tagen',
    '1.234,5 Elemente',
    'Gebühr 3,00\u00a0$',
  ]);
});

it('reads a currency written any way i18next reads it as the code i18next formats with', () => {
  const code = fc.constantFrom('USD', 'EUR', 'ARS', 'JPY').chain((c) => fc.constantFrom(c, c.toLowerCase()));
  const written = fc
    .tuple(code, fc.constantFrom('bare', 'named', 'named-with-more'))
    .map(([c, how]) =>
      how === 'bare'
        ? `currency(${c})`
        : how === 'named'
          ? `currency(currency: ${c})`
          : `currency(minimumFractionDigits: 1; currency: ${c})`,
    );
  const i18n = i18next.createInstance();
  void i18n.init({ initAsync: false, lng: 'de', resources: {} });
  const render = (format: string): string => i18n.t('{{v, ' + format + '}}', { v: 3 });
  fc.assert(
    fc.property(written, written, (a, b) => {
      const [ua] = formatUnits(`{{v, ${a}}}`).get('v') ?? [];
      const [ub] = formatUnits(`{{v, ${b}}}`).get('v') ?? [];
      expect(ua).toMatch(/^currency:[a-z]{3}$/);
      // The same code, whatever the spelling, renders the same currency sign; another code another one.
      expect(render(a).replace(/[\d,.\s]/g, '') === render(b).replace(/[\d,.\s]/g, '')).toBe(ua === ub);
    }),
    { numRuns: 200 },
  );
});
