import { isLocaleTag, languageOf } from '../locale/locale-tag.js';

/**
 * A language, an optional script and an optional region, with `-` or `_` (`en`, `pt-BR`, `pt_br`,
 * `zh-Hans`, `es-419`, `sr-Latn-RS`). Stricter than a BCP 47 tag, which `common`, `package` or
 * `tsconfig` also are (a 5 to 8 letter language subtag is well-formed): a file or folder name must
 * look like a locale before init takes it for one.
 */
const LOCALE_SHAPE = /^[a-z]{2,3}(?:[-_][a-z]{4})?(?:[-_](?:[a-z]{2}|\d{3}))?$/i;

/**
 * Folder names that are also language codes CLDR knows (`src` is Sardinian, `bin` Bini, `ts`
 * Tsonga, `os` Ossetic, `io` Ido, `min` Minangkabau, `new` Newari, `run` Rundi, `ext`
 * Extremaduran): in a project they are nearly always the folder (`src/ts/`), so such a name is a
 * locale only among many that are (wekan's `ts.i18n.json` among 233 locales' files; see localesAmong).
 */
const FOLDER_WORDS = new Set(['src', 'bin', 'run', 'min', 'new', 'ext', 'ts', 'io', 'os']);

const names = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });

/** True for a file or folder name shaped like a locale code (`en`, `pt-BR`, `zh_Hant`), but a folder word (`src`, `ts`). */
export function localeShaped(name: string): boolean {
  return LOCALE_SHAPE.test(name) && !FOLDER_WORDS.has(name) && isLocaleTag(name);
}

/** True for a folder word that is a language code (`ts`, Tsonga): a locale only among locales (see localesAmong). */
export function folderWordLocale(name: string): boolean {
  return FOLDER_WORDS.has(name) && isLocaleTag(name);
}

/**
 * True when the name's language is one CLDR names (`en`, `ars`, `pt-br`), false for a shaped name
 * such as `ui`, `api` or `app`: a group of names is taken for locales only when some are known.
 */
export function knownLanguage(name: string): boolean {
  if (!localeShaped(name)) return false;
  try {
    return names.of(languageOf(name)) !== undefined;
  } catch {
    return false;
  }
}

/** True for English or a regional English: the usual source locale when nothing else tells. */
export function englishLike(name: string): boolean {
  return languageOf(name) === 'en';
}

/**
 * The names of a group (sibling files or folders) that are locales: those whose language CLDR
 * knows, and the other locale-shaped ones when known locales are at least three and two thirds
 * of the group (`aii` beside `en`, `de` and `fr` is a locale; `ui` beside `en` is not). A folder
 * word is one on the same terms, the shaped names and the words counted together: `ts` beside
 * `en`, `de` and `fr` is Tsonga, `ts` beside `js` and `css` (or alone in `src/`) is a folder.
 */
export function localesAmong(group: Iterable<string>): string[] {
  const names = [...new Set(group)];
  const shaped = names.filter(localeShaped);
  const words = names.filter(folderWordLocale);
  const known = shaped.filter(knownLanguage);
  const many = (count: number): boolean => known.length >= 3 && known.length * 3 >= count * 2;
  return [...(many(shaped.length) ? shaped : known), ...(many(shaped.length + words.length) ? words : [])];
}
