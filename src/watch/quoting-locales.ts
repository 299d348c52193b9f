import { languageOf } from '../locale/locale-tag.js';

/**
 * The locales among `through` that fall back through a saved locale of another language (ca
 * through es): where their own language has no text, their findings quote what readers get
 * instead, the saved locale's text ("readers see es "items_other": …"), so a save of strings
 * alone changes them. Through a locale of their own language (es-AR through es) a key that
 * resolves is no finding, and the findings that remain name keys, not texts.
 */
export function quotingLocales(
  through: ReadonlySet<string>,
  saved: ReadonlySet<string>,
  chain: (locale: string) => readonly string[],
): Set<string> {
  const quoting = new Set<string>();
  for (const locale of through) {
    const language = languageOf(locale);
    if (chain(locale).some((step) => saved.has(step) && languageOf(step) !== language)) quoting.add(locale);
  }
  return quoting;
}
