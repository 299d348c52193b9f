/** A locale's spelling with `_` for `-` and in lower case: two locales alike so are one tag written twice. */
export const localeSpelling = (locale: string): string => locale.replace(/_/g, '-').toLowerCase();

/**
 * The locales among `all` that spell one of `locales` another way (`pt_BR` for `pt-BR`): i18next
 * reads them as two codes, and locale-code names one's file at the other's, so a check of a
 * locale reads its twin's files too.
 */
export function spellingTwins(locales: Iterable<string>, all: readonly string[]): string[] {
  const wanted = new Set<string>();
  for (const locale of locales) wanted.add(localeSpelling(locale));
  return all.filter((locale) => wanted.has(localeSpelling(locale)));
}
