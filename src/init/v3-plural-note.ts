// What init reads of the plural format an app's i18next writes: its version, and an old compatibilityJSON.
import { sampleJson } from './sample-json.js';
import { dependencyOf } from './manifest-dependency.js';

/** The i18next a package.json asks for: the range as written, the highest major it allows, and the file. */
export interface I18nextVersion {
  range: string;
  major: number;
  file: string;
}

/** An i18next setup's `compatibilityJSON` of an old format (`v1` to `v3`), and its file. */
export interface CompatibilityJSON {
  value: string;
  file: string;
}

/** The first release of i18next whose default JSON format is v4 (`_one`, `_other`): 21.0.0. */
const V4_DEFAULT = 21;
/** The first release that ignores `compatibilityJSON: 'v3'` (and v1, v2): 24.0.0. */
const V3_DROPPED = 24;

/**
 * The highest major a range allows, where each alternative pins it: `17.0.6`, `^17.0.6`, `~20.6.1`,
 * `17.x`, `v17`, an `npm:i18next@` alias of one; undefined for any other (`>=19`, `*`, `latest`).
 */
export function highestMajor(range: string): number | undefined {
  let highest: number | undefined;
  for (const alternative of range.replace(/^npm:i18next@/, '').split('||')) {
    const match = /^\s*[~^=]?\s*v?(\d+)(?:\.(?:\d+|[xX*]))*(?:[-+][\w.-]*)?\s*$/.exec(alternative);
    if (!match) return undefined;
    highest = Math.max(highest ?? 0, Number(match[1]));
  }
  return highest;
}

/**
 * The i18next version the nearest package.json that names it asks for (`manifests` nearest first;
 * its dependencies, devDependencies or peerDependencies), where its range pins a major.
 */
export function findI18nextVersion(manifests: readonly string[], texts: ReadonlyMap<string, string>): I18nextVersion | undefined {
  for (const file of manifests) {
    const parsed = sampleJson(texts, file);
    if (!parsed?.ok) continue;
    const range = dependencyOf(parsed.data, 'i18next', ['dependencies', 'devDependencies', 'peerDependencies']);
    if (typeof range !== 'string') continue;
    const major = highestMajor(range);
    return major === undefined ? undefined : { range, major, file };
  }
  return undefined;
}

/** The first setup file that sets `compatibilityJSON` to an old format (`'v3'`, `"v2"`, `` `v1` ``), read as text. */
export function findCompatibilityJSON(files: readonly string[], texts: ReadonlyMap<string, string>): CompatibilityJSON | undefined {
  for (const file of files) {
    const match = /\bcompatibilityJSON["']?\s*[:=]\s*["'`](v[1-3])["'`]/.exec(texts.get(file) ?? '');
    if (match) return { value: match[1] as string, file };
  }
  return undefined;
}

const CONVERTER =
  "i18next-v4-format-converter converts each locale's bundle (its CLI takes the locale from the folder, as in <lng>/<ns>.json)";
const READ =
  'plurals are key_one, key_other..., and key_plural or key_0 is a key of its own, so plural-forms reports each plural of the source written so';
const SHAPE = '(key beside key_plural; ar key_0 to key_5)';

/**
 * One note when the app's bundles use i18next's old plural format (`key_plural`; ar `key_0` to
 * `key_5`): its i18next is older than 21, or its setup sets compatibilityJSON v1-v3; where the
 * app's i18next is 24 or later, which ignores that option, the note says so. Undefined otherwise.
 */
export function v3PluralNote(version: I18nextVersion | undefined, compatibility: CompatibilityJSON | undefined): string | undefined {
  const pinned = version && `i18next ${version.range} (${version.file})`;
  if (compatibility && version && version.major >= V3_DROPPED)
    return `${compatibility.file} sets compatibilityJSON "${compatibility.value}", which ${pinned} ignores (i18next 24 dropped the old formats): the app, like l10n, reads plurals as i18next 26 does: ${READ}; ${CONVERTER}`;
  if (compatibility)
    return `${compatibility.file} sets compatibilityJSON "${compatibility.value}"${pinned ? ` for ${pinned}` : ''}, so the bundles use the ${compatibility.value} plural format ${SHAPE}: l10n reads them as i18next 26 does: ${READ}; ${CONVERTER}`;
  if (version && version.major < V4_DEFAULT)
    return `${version.file} depends on i18next ${version.range}, so the bundles use its v3 plural format ${SHAPE}: l10n reads them as i18next 26 does: ${READ}; ${CONVERTER}`;
  return undefined;
}
