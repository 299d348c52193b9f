import i18next from 'i18next';
import { expect, it } from 'vitest';
import { exportLocale } from '../../src/exchange/export-project.js';
import { importText } from '../../src/exchange/import-file.js';
import { memoryProject } from '../sync/memory-project.js';

// i18next reads `_zero` at a count of 0 in every language, though Spanish has no "zero" category:
// export hands translators the form (ente's photos_zero), and import puts it back where it belongs.
const english = { g: { photos_zero: 'No photos', photos_one: '1 photo', photos_other: '{{count}} photos' } };
const spanish = {
  g: { photos_zero: 'Sin fotos', photos_one: '1 foto', photos_many: '{{count}} de fotos', photos_other: '{{count}} fotos' },
};

it.each(['po', 'xliff'] as const)('exports a _zero form as a unit of its own and imports it into its object (%s)', async (format) => {
  const exported = await exportLocale(memoryProject({ en: JSON.stringify(english), es: JSON.stringify(spanish) }), 'es', format);
  expect(exported).toContain('Sin fotos');
  const plan = await importText(memoryProject({ en: JSON.stringify(english), es: '{}\n' }), exported);
  expect(plan.report.skipped).toEqual([]);
  const restored = JSON.parse(plan.changes[0]?.after ?? '{}') as typeof spanish;
  expect(restored.g.photos_zero).toBe('Sin fotos');
  const i18n = i18next.createInstance();
  void i18n.init({ initAsync: false, lng: 'es', resources: { es: { ui: restored } }, ns: ['ui'], defaultNS: 'ui' });
  expect([0, 1, 2].map((count) => i18n.t('g.photos', { count }))).toEqual(['Sin fotos', '1 foto', '2 fotos']);
});
