import { expect, it } from 'vitest';
import { diagnosticsOf, line } from '../support/check-lines.js';
import { tempProjectsPerTest } from '../support/temp-project.js';

const project = tempProjectsPerTest();

// `{{lng}}.json` in a folder: a file whose name is no locale l10n can check is said, under
// locale-code, with what to do about it (zigbee2mqtt-windfront's ptbr.json, a ua.json).
it('says why a file the pattern matches is not read as a locale, and what would make it one', () => {
  const root = project({
    'locales/en.json': '{ "save": "Save" }',
    'locales/ptbr.json': '{ "save": "Salvar" }',
    'locales/ua.json': '{ "save": "Зберегти" }',
  });
  expect(diagnosticsOf(root, { bundles: 'locales/{{lng}}.json' }).map((d) => `${line(d)} ${d.severity} ${d.message}`)).toEqual([
    'locales/ptbr.json:1:1 locale-code warning matches locales/{{lng}}.json but "ptbr" is no BCP 47 language tag, which l10n needs for a locale\'s plural rules and fallbacks: not read (if the app loads it, name it by a language tag, such as "pt-BR" or "zh-TW", in the app and here); skipped',
    'locales/ua.json:1:1 locale-code warning matches locales/{{lng}}.json but "ua" is not a locale tag of a language CLDR knows: not read (list it in "locales" if it is one); skipped',
  ]);
  // Listed, ua is checked as a locale (and holds its key), one Intl has no plural rules for; locale-code off silences the notes.
  expect(diagnosticsOf(root, { bundles: 'locales/{{lng}}.json', locales: ['en', 'ua'] }).map((d) => `${line(d)} ${d.severity}`)).toEqual([
    'locales/ptbr.json:1:1 locale-code warning',
    'locales/ua.json:1:1 locale-code warning',
  ]);
  expect(diagnosticsOf(root, { bundles: 'locales/{{lng}}.json', rules: { 'locale-code': 'off' } })).toEqual([]);
});
