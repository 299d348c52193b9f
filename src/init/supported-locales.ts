import { i18nextCode, languageOf } from '../locale/locale-tag.js';
import { optionValue, stringList, type SetupScripts, type SetupValue } from './setup-values.js';

/** Locales found that a setup's list of supported locales leaves out, that list's setting and its file. */
export interface Unsupported {
  file: string;
  /**
   * `supportedLngs` (i18next), `i18n.locales` (the locales Next.js serves, next-i18next), or the
   * files a setup registers in `resources` (see outsideRegistered).
   */
  setting: 'supportedLngs' | 'i18n.locales' | 'resources';
  left: string[];
}

/** A list of supported locales: strings, one at least. */
const strings = (value: SetupValue | undefined): string[] | undefined => {
  const list = stringList(value);
  return list && list.length > 0 ? list : undefined;
};

/** A setup's list of supported locales where it reads as literals (see optionValue), with its setting. */
function supportedList(file: string, scripts: SetupScripts): { setting: 'supportedLngs' | 'i18n.locales'; list: string[] } | undefined {
  const supportedLngs = strings(optionValue(file, 'supportedLngs', scripts));
  if (supportedLngs) return { setting: 'supportedLngs', list: supportedLngs };
  const next = optionValue(file, 'i18n', scripts);
  const locales = next !== undefined && typeof next === 'object' && !Array.isArray(next) ? strings(next.locales) : undefined;
  return locales && { setting: 'i18n.locales', list: locales };
}

/**
 * The next-i18next config whose `i18n.locales` names the source alone while other locales have
 * bundles: that list only sets the routes Next.js serves, and i18next loads whatever language
 * `serverSideTranslations` or `changeLanguage` is given, so an app that keeps translations with one
 * route picks their language itself (homepage passes its settings' language).
 */
export function routesSourceAlone(scripts: SetupScripts, found: readonly string[], source: string): string | undefined {
  for (const file of scripts.files) {
    const supported = supportedList(file, scripts);
    if (!supported) continue;
    const alone =
      supported.setting === 'i18n.locales' && supported.list.length === 1 && i18nextCode(supported.list[0]!) === i18nextCode(source);
    return alone && found.some((locale) => locale !== source) ? file : undefined;
  }
  return undefined;
}

/**
 * The found locales that the first setup whose `supportedLngs` (or
 * next-i18next's `i18n.locales`) init can read leaves out: i18next loads no locale outside
 * supportedLngs, and a reader who picks one gets the fallbacks. A locale is in the list when the
 * list names it as written or in the form i18next writes it (`sr-LATN-RS` for `sr-Latn-RS`: a folder
 * so named is locale-code's to report); under `nonExplicitSupportedLngs: true`, when it names its
 * language. Undefined when the list leaves out none, leaves out the source, or cannot be read
 * (`LANGUAGES.map(...)`), or is a next-i18next route list of the source alone (see routesSourceAlone).
 */
export function outsideSupported(scripts: SetupScripts, found: readonly string[], source: string): Unsupported | undefined {
  for (const file of scripts.files) {
    const supported = supportedList(file, scripts);
    if (!supported) continue;
    if (routesSourceAlone(scripts, found, source) === file) return undefined;
    const byLanguage = supported.setting === 'supportedLngs' && optionValue(file, 'nonExplicitSupportedLngs', scripts) === true;
    const codes = new Set(supported.list.map((code) => i18nextCode(code)));
    const listed = (locale: string): boolean =>
      byLanguage ? supported.list.includes(languageOf(locale)) : supported.list.includes(locale) || codes.has(i18nextCode(locale));
    // A list without the source is read wrong, or the app's codes are not its folders': nothing is left out then.
    const left = listed(source) ? found.filter((locale) => !listed(locale)) : [];
    return left.length > 0 ? { file, setting: supported.setting, left } : undefined;
  }
  return undefined;
}
