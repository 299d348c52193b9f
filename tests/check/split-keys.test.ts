import { expect, it } from 'vitest';
import { diagnosticsOf } from '../support/check-lines.js';
import { tempProject } from '../support/temp-project.js';
import { uiI18next } from '../support/ui-i18next.js';

// A key the source and a translation split at different separators, judged by i18next 26.

it('a translation that nests where the source writes a flat name is compared key by key, as i18next finds them', () => {
  const english = { 'h.i': { j: 'jj', k: 'kk' } };
  const german = { h: { 'i.j': 'jj-de', 'i.k': '', 'i.z': 'zz-de' } };
  const root = tempProject({
    'locales/en/ui.json': JSON.stringify(english, null, 2),
    'locales/de/ui.json': JSON.stringify(german, null, 2),
  });
  const found = diagnosticsOf(root).map((d) => `${d.file}:${d.line}:${d.column} ${d.ruleId} ${d.key}`);
  expect(found).toEqual(['locales/de/ui.json:4:5 empty-value h.i.k', 'locales/de/ui.json:5:5 extra-key h.i.z']);
  const i18n = uiI18next('de', { en: english, de: german });
  expect([i18n.t('h.i.j'), i18n.t('h.i.k')]).toEqual(['jj-de', '']);
});
