import { languageTag } from '../locale/locale-tag.js';
const directions = new Map<string, 'ltr' | 'rtl'>();

/** Writing direction of a locale, for `<html dir>`: V8 exposes it as `Intl.Locale#textInfo`. */
export function textDirection(locale: string): 'ltr' | 'rtl' {
  let direction = directions.get(locale);
  if (!direction) {
    const info = (new Intl.Locale(languageTag(locale)) as Intl.Locale & { textInfo?: { direction?: string } }).textInfo;
    directions.set(locale, (direction = info?.direction === 'rtl' ? 'rtl' : 'ltr'));
  }
  return direction;
}

const names = new Map<string, string>();

/** A language's name as a reader of `inLocale` says it ("inglés" for en in es-AR); memoized, Intl is slow here. */
export function languageName(locale: string, inLocale: string): string {
  const key = `${inLocale}\u0000${locale}`;
  let name = names.get(key);
  if (name === undefined)
    names.set(key, (name = new Intl.DisplayNames([languageTag(inLocale)], { type: 'language' }).of(languageTag(locale)) ?? locale));
  return name;
}

/** A locale's own name ("español (Argentina)"), for a switcher a reader of any language can use. */
export function autonym(locale: string): string {
  return languageName(locale, locale);
}

/** The Open Graph form of a locale tag (`es-AR` -> `es_AR`). */
export function ogLocale(locale: string): string {
  return locale.replace(/-/g, '_');
}
