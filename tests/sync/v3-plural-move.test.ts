import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkProject } from '../../src/check/load-check.js';
import { parseConfig } from '../../src/config/parse-config.js';
import { tempProjectsPerTest } from '../support/temp-project.js';
import { runCommand } from './run-command.js';

// A translation still in i18next's v3 plural format beside a source in i18next 26's: sync moves the
// translation to the forms i18next 26 reads, where the v3 shape says which is which, so --prune
// (which removes the v3 keys as extra) loses no translated text.

const project = tempProjectsPerTest();
const LOCALES = ['en', 'de', 'fr', 'ja', 'ru'];

const FILES = {
  'l10n.config.json': JSON.stringify({ sourceLocale: 'en', locales: LOCALES }),
  'locales/en/ui.json': '{\n  "points_one": "{{count}} point",\n  "points_other": "{{count}} points"\n}\n',
  'locales/de/ui.json': '{\n  "points": "{{count}} Punkt",\n  "points_plural": "{{count}} Punkte"\n}\n',
  'locales/fr/ui.json': '{\n  "points": "{{count}} pointe",\n  "points_plural": "{{count}} pointes"\n}\n',
  'locales/ja/ui.json': '{\n  "points_0": "{{count}} ポイント"\n}\n',
  'locales/ru/ui.json': '{\n  "points_0": "{{count}} очко",\n  "points_1": "{{count}} очка",\n  "points_2": "{{count}} очков"\n}\n',
};

const bundle = (root: string, locale: string): Record<string, string> =>
  JSON.parse(readFileSync(join(root, `locales/${locale}/ui.json`), 'utf8')) as Record<string, string>;

/** What i18next 26 shows for `points` at each count, in the locale. */
function shown(root: string, lng: string, counts: number[]): string[] {
  const i18n = i18next.createInstance();
  void i18n.init({
    initAsync: false,
    lng,
    fallbackLng: 'en',
    resources: Object.fromEntries(LOCALES.map((l) => [l, { ui: bundle(root, l) }])),
    ns: ['ui'],
    defaultNS: 'ui',
  });
  return counts.map((count) => i18n.t('points', { count }));
}

describe('sync on a translation in the v3 plural format', () => {
  it('moves its forms to the keys i18next 26 reads, and --prune then drops only the old keys', async () => {
    const root = project(FILES);
    expect(shown(root, 'de', [1, 5])).toEqual(['1 Punkt', '5 Punkt']);
    await runCommand(['sync', '--root', root, '--prune']);
    // The bare key stays: i18next 26 reads it for a call without a count.
    expect(bundle(root, 'de')).toEqual({ points_one: '{{count}} Punkt', points_other: '{{count}} Punkte', points: '{{count}} Punkt' });
    expect(bundle(root, 'ja')).toEqual({ points_other: '{{count}} ポイント' });
    expect(shown(root, 'de', [1, 5])).toEqual(['1 Punkt', '5 Punkte']);
    expect(shown(root, 'fr', [0, 1, 5, 1_000_000])).toEqual(['0 pointe', '1 pointe', '5 pointes', '1000000 pointes']);
    expect(shown(root, 'ja', [1, 5])).toEqual(['1 ポイント', '5 ポイント']);
  });

  it('counts the moved forms as translated, and a form filled from the plural one as not, until changed or marked', async () => {
    const root = project(FILES);
    await runCommand(['sync', '--root', root]);
    const config = parseConfig({ sourceLocale: 'en', locales: LOCALES });
    const untranslated = checkProject(root, config)
      .diagnostics.filter((d) => d.ruleId === 'untranslated')
      .map((d) => `${d.locale} ${d.key}`)
      .filter((finding) => !finding.startsWith('ru '));
    expect(untranslated).toEqual(['fr points_many']);
  });

  it('leaves numbered forms whose v3 order is not CLDR order (ru) to the source text, as before', async () => {
    const root = project(FILES);
    await runCommand(['sync', '--root', root]);
    const ru = bundle(root, 'ru');
    expect([ru.points_one, ru.points_few, ru.points_many, ru.points_other]).toEqual(Array(4).fill(expect.stringMatching(/points?$/)));
    expect(ru.points_0).toBe('{{count}} очко');
  });
});
