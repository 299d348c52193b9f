/**
 * The BCP 47 tag of a locale code: i18next reads `pt_BR` as `pt-BR` wherever it needs a language
 * (plural rules, formats), so pages, `lang` attributes and Intl get the tag with hyphens.
 */
export function languageTag(locale: string): string {
  return locale.replace(/_/g, '-');
}

/**
 * True for a code Intl reads as one language tag, written with `-` or, as i18next also reads it,
 * `_` (`es-AR`, `es_AR`, `zh-Hant-TW`); false for `español`, `x y`, `sitemap.xml` or `__proto__`.
 */
export function isLocaleTag(locale: string): boolean {
  try {
    return Intl.getCanonicalLocales(languageTag(locale)).length === 1;
  } catch {
    return false;
  }
}

/**
 * Why a locale folder cannot be a locale, the same words in check (locale-code) and build:
 * i18next would pick no plural rules or formats for it and a page could not declare its language.
 */
export function invalidLocaleMessage(locale: string): string {
  return `the locale folder "${locale}" is not a BCP 47 language tag (such as "es-AR", or "es_AR" as i18next also writes it): i18next has no plural rules or formats for it and a page cannot declare its language, so build refuses it; rename the folder, or move it out of the locales folder`;
}

/**
 * How i18next 26 writes a locale code when it looks it up: a code with a `-` in the canonical
 * form of its tag (`es-ar` -> `es-AR`, `zh-hant-tw` -> `zh-Hant-TW`), any other code as it is
 * (`EN`, `pt_BR`, or a tag Intl refuses). A folder named otherwise is never read under its name.
 * With i18next's `lowerCaseLng`, that form in lower case, and any other code too (`sr-cs` -> `sr-rs`).
 */
export function i18nextCode(locale: string, lowerCaseLng = false): string {
  if (!locale.includes('-')) return lowerCaseLng ? locale.toLowerCase() : locale;
  let code = locale;
  try {
    code = Intl.getCanonicalLocales(locale)[0] ?? locale;
  } catch {
    // A tag Intl refuses is looked up as it is written.
  }
  return lowerCaseLng ? code.toLowerCase() : code;
}

// Each locale's language, found once: the check asks it at every step of every fallback lookup.
const languages = new Map<string, string>();

/** The language subtag (`es` for `es-AR`, `pt` for `pt_BR`): two locales of one language show the same words. */
export function languageOf(locale: string): string {
  let language = languages.get(locale);
  if (language === undefined) {
    const end = locale.search(/[-_]/);
    language = (end < 0 ? locale : locale.slice(0, end)).toLowerCase();
    languages.set(locale, language);
  }
  return language;
}

/** What is wrong with a locale folder's name, for check (locale-code) and build alike. */
export type LocaleProblem =
  /** Not a language tag at all (`español`, `sitemap.xml`): no plural rules, no page language. */
  | { kind: 'not-a-tag'; message: string }
  /** A tag i18next looks up under another spelling (`es-ar` as `es-AR`), so it never reads the folder. */
  | { kind: 'misnamed'; code: string };

/**
 * A language of 5 to 8 letters (`english`, `espanol`): well-formed, but BCP 47 keeps that length
 * for languages yet to be registered and none is, so Intl gives it the default locale's plural
 * rules and formats. A config may still name one (the folders are what they are); check and build refuse it.
 */
const UNREGISTERED_LANGUAGE = /^[a-z]{5,8}(?:[-_]|$)/i;

// Each locale's problem, found once per case setting: locale-code asks it of every locale for
// every group a namespace is checked in, and Intl's canonicalisation is the costly part (frigate: 0.2 s of 2.8).
const problems = [new Map<string, LocaleProblem | null>(), new Map<string, LocaleProblem | null>()] as const;

/**
 * The problem of a locale folder's name, or undefined when i18next reads the folder under it
 * (in lower case where the app sets i18next's `lowerCaseLng`).
 */
export function localeProblem(locale: string, lowerCaseLng = false): LocaleProblem | undefined {
  const known = problems[lowerCaseLng ? 1 : 0];
  let problem = known.get(locale);
  if (problem === undefined) {
    const code = isLocaleTag(locale) && !UNREGISTERED_LANGUAGE.test(locale) ? i18nextCode(locale, lowerCaseLng) : undefined;
    problem =
      code === undefined
        ? { kind: 'not-a-tag', message: invalidLocaleMessage(locale) }
        : code === locale
          ? null
          : { kind: 'misnamed', code };
    known.set(locale, problem);
  }
  return problem ?? undefined;
}

// Made on first use: building it loads ICU's display names (20-30 ms), which a check of
// `locales/{{lng}}/...` folders never asks for.
let languageNames: Intl.DisplayNames | undefined;

/**
 * A locale tag whose language CLDR knows (`en`, `pt-BR`, `zh_Hans`): what a file name must be to
 * count as a locale where it could be anything (`{{lng}}.json` at the root: not `package.json`,
 * `tsconfig.json` or `ui.json`, though `package` and `ui` are well-formed tags).
 */
export function isKnownLocale(locale: string): boolean {
  if (!isLocaleTag(locale)) return false;
  languageNames ??= new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });
  return languageNames.of(languageOf(locale)) !== undefined;
}
