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

// The project's locales by spelling, found once per list: locale-code asks for every file of every namespace.
const bySpellingOf = new WeakMap<readonly string[], Map<string, string[]>>();

/** The locales of a list by their spelling (localeSpelling): those sharing one are one tag written more than one way. */
export function localesBySpelling(locales: readonly string[]): Map<string, string[]> {
  let bySpelling = bySpellingOf.get(locales);
  if (!bySpelling) {
    bySpelling = new Map();
    for (const locale of locales) bySpelling.set(localeSpelling(locale), [...(bySpelling.get(localeSpelling(locale)) ?? []), locale]);
    bySpellingOf.set(locales, bySpelling);
  }
  return bySpelling;
}
