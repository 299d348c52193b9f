import i18next from 'i18next';
import { expect, it } from 'vitest';
import { diagnosticsOf, line } from '../support/check-lines.js';
import { tempProjectsPerTest } from '../support/temp-project.js';

const project = tempProjectsPerTest();

// Natural-language keys with ":" (outline, chatbox): i18next splits a key at ":" only when it looks
// like an object path, or when the app gives it a separator.
const english = { 'Status: ok': 'Status OK', r2: 'See $t(Status: ok)' };

/** i18next as the app sets it up: with no separator given, or with nsSeparator ":" given. */
function shown(options: Record<string, unknown>): string {
  const i18n = i18next.createInstance();
  void i18n.init({ initAsync: false, lng: 'en', resources: { en: { ui: english } }, ns: ['ui'], defaultNS: 'ui', ...options });
  return i18n.t('r2');
}

it('resolves a $t() of a natural-language key with ":" as i18next does, with and without a separator given', () => {
  const root = project({ 'locales/en/ui.json': JSON.stringify(english, null, 2) });
  expect(diagnosticsOf(root)).toEqual([]);
  expect(shown({})).toBe('See Status OK');
  // Given a separator, i18next splits the key wherever it is read: by t() and by the $t().
  expect(diagnosticsOf(root, { nsSeparator: ':' }).map((d) => `${line(d)} ${d.message}`)).toEqual([
    'locales/en/ui.json:2:3 key-collision "Status: ok" can never be read by its name: i18next reads it as key " ok" of namespace "Status", since with a separator given it takes no key for natural language; set "nsSeparator": false if the app does, or reword the key',
    'locales/en/ui.json:3:3 nesting $t(Status: ok) does not resolve: namespace "Status" has no key " ok" for en',
  ]);
  expect(shown({ nsSeparator: ':' })).toBe('See  ok');
});
