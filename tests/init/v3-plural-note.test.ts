import { describe, expect, it } from 'vitest';
import { inferProject } from '../../src/init/infer-project.js';
import { highestMajor } from '../../src/init/v3-plural-note.js';
import { readProjectSample } from '../../src/init/read-project-sample.js';
import { tempProjectsPerTest } from '../support/temp-project.js';

const project = tempProjectsPerTest();
const json = (data: unknown): string => JSON.stringify(data, null, 2);
const bundles = {
  'lang/en/main.json': json({ points: '{{count}} point', points_plural: '{{count}} points' }),
  'lang/de/main.json': json({ points: '{{count}} Punkt', points_plural: '{{count}} Punkte' }),
};
const CONVERT =
  "l10n reads them as i18next 26 does: plurals are key_one, key_other..., and key_plural or key_0 is a key of its own, so plural-forms reports each plural of the source written so; i18next-v4-format-converter converts each locale's bundle (its CLI takes the locale from the folder, as in <lng>/<ns>.json)";

/** init's notes on a project of real files: the bundles, and the files given. */
function notesOf(files: Record<string, string>): string[] {
  return inferProject(readProjectSample(project({ ...bundles, ...files }))).notes.filter((note) => note.includes('plural'));
}

describe("init's note on i18next's v3 plural format", () => {
  it('notes an i18next older than 21, whose bundles are v3 by default (jitsi-meet pins 17.0.6)', () => {
    expect(notesOf({ 'package.json': json({ dependencies: { i18next: '17.0.6', react: '17.0.2' } }) })).toEqual([
      `package.json depends on i18next 17.0.6, so the bundles use its v3 plural format (key beside key_plural; ar key_0 to key_5): ${CONVERT}`,
    ]);
  });

  it('reads the nearest package.json above the bundles that names i18next, a dev dependency too (freeCodeCamp client/package.json)', () => {
    const nested = Object.fromEntries(Object.entries(bundles).map(([path, text]) => [`client/${path}`, text]));
    const root = project({
      ...nested,
      'package.json': json({ devDependencies: { i18next: '^25.0.0' } }),
      'client/package.json': json({ devDependencies: { i18next: '~20.6.1' } }),
    });
    expect(inferProject(readProjectSample(root)).notes.filter((note) => note.includes('plural'))).toEqual([
      `client/package.json depends on i18next ~20.6.1, so the bundles use its v3 plural format (key beside key_plural; ar key_0 to key_5): ${CONVERT}`,
    ]);
  });

  it("gives one note for compatibilityJSON and the version, and says where i18next 24 or later ignores it (lemmy's i18next 23)", () => {
    const setup = { 'src/i18n.ts': "i18next.init({ fallbackLng: 'en', compatibilityJSON: 'v3' });" };
    expect(notesOf({ ...setup, 'package.json': json({ dependencies: { i18next: '^23.14.0' } }) })).toEqual([
      `src/i18n.ts sets compatibilityJSON "v3" for i18next ^23.14.0 (package.json), so the bundles use the v3 plural format (key beside key_plural; ar key_0 to key_5): ${CONVERT}`,
    ]);
    expect(notesOf({ ...setup, 'package.json': json({ dependencies: { i18next: '^25.1.0' } }) })).toEqual([
      'src/i18n.ts sets compatibilityJSON "v3", which i18next ^25.1.0 (package.json) ignores (i18next 24 dropped the old formats): the app, like l10n, reads plurals as i18next 26 does: plurals are key_one, key_other..., and key_plural or key_0 is a key of its own, so plural-forms reports each plural of the source written so; i18next-v4-format-converter converts each locale\'s bundle (its CLI takes the locale from the folder, as in <lng>/<ns>.json)',
    ]);
  });

  it('notes nothing for i18next 21 or later, nor for a range that pins no major', () => {
    for (const range of ['^21.0.0', '26.7.2', '>=19', '*', 'latest', '^19 || >=21'])
      expect(notesOf({ 'package.json': json({ dependencies: { i18next: range } }) }), range).toEqual([]);
  });

  it('reads the highest major a range pins', () => {
    expect(
      ['17.0.6', '^17.0.6', '~20.6.1', '20.x', 'v19', '=18.0.1', 'npm:i18next@^19.9.2', '^19.0.0 || ^20.1.0', '20.0.0-beta.1'].map(
        highestMajor,
      ),
    ).toEqual([17, 17, 20, 20, 19, 18, 19, 20, 20]);
    expect(['>=19', '*', '', 'latest', 'workspace:*', '<21'].map(highestMajor)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });
});
