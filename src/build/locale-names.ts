/** Writing direction of a locale, for `<html dir>`: V8 exposes it as `Intl.Locale#textInfo`. */
export function textDirection(locale: string): 'ltr' | 'rtl' {
  const info = (new Intl.Locale(locale) as Intl.Locale & { textInfo?: { direction?: string } }).textInfo;
  return info?.direction === 'rtl' ? 'rtl' : 'ltr';
}

/** A language's name as a reader of `inLocale` says it ("inglés" for en in es-AR). */
export function languageName(locale: string, inLocale: string): string {
  return new Intl.DisplayNames([inLocale], { type: 'language' }).of(locale) ?? locale;
}

/** A locale's own name ("español (Argentina)"), for a switcher a reader of any language can use. */
export function autonym(locale: string): string {
  return languageName(locale, locale);
}

/** The Open Graph form of a locale tag (`es-AR` -> `es_AR`). */
export function ogLocale(locale: string): string {
  return locale.replace(/-/g, '_');
}
