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
