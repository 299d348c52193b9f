/**
 * Country codes written where a language code belongs, and the language each usually means:
 * `ua` (Ukraine) for Ukrainian `uk`. Only named for a locale whose plural rules Intl lacks.
 */
const MEANT: Readonly<Record<string, string>> = {
  ua: 'uk',
  cn: 'zh',
  tw: 'zh-TW',
  jp: 'ja',
  kr: 'ko',
  gr: 'el',
  dk: 'da',
  se: 'sv',
  cz: 'cs',
  ee: 'et',
  rs: 'sr',
  si: 'sl',
  vn: 'vi',
  in: 'hi',
  il: 'he',
  ir: 'fa',
  al: 'sq',
  by: 'be',
  kz: 'kk',
  gb: 'en',
};

/**
 * Why a locale has no plural rules of its own, or undefined when Intl has some: i18next (and
 * i18next-icu) then select plural forms by the runtime's default locale, which in a browser is the
 * reader's, so the forms a locale needs depend on who reads it. Names the language a country code
 * usually means (`ua` -> `uk`).
 */
export function unknownPluralRules(locale: string): string | undefined {
  if (!answers.has(locale)) answers.set(locale, explain(locale));
  return answers.get(locale);
}

// By locale: asked for every plural of an ICU project.
const answers = new Map<string, string | undefined>();

/** unknownPluralRules, worked out. */
function explain(locale: string): string | undefined {
  const tag = locale.replaceAll('_', '-');
  try {
    if (Intl.PluralRules.supportedLocalesOf(tag).length > 0) return undefined;
  } catch {
    return undefined;
  }
  const language = tag.split('-')[0]?.toLowerCase() ?? tag;
  const meant = MEANT[language];
  return `Intl has no plural rules for "${locale}", so i18next picks its plural forms by the runtime's default locale, in a browser the reader's own: the forms it needs change from reader to reader${meant ? `; "${language}" is a country code: if the strings are in the language of that country, its code is "${meant}"` : ''}`;
}
