import { PLURAL_CATEGORIES, pluralFamily, type PluralCategory } from './plural-rules.js';

/** A key split into the base i18next looks up and its plural suffix. */
export interface PluralKey {
  base: string;
  category: PluralCategory;
  ordinal: boolean;
}

const categories = new Set<string>(PLURAL_CATEGORIES);

/**
 * Reads a plural suffix (`_one`, `_ordinal_few`) off a flat key, or undefined for a plain key.
 * Context (`key_male_one`) stays in the base: i18next appends context before the plural suffix.
 */
export function parsePluralKey(key: string, pluralSeparator = '_'): PluralKey | undefined {
  const at = key.lastIndexOf(pluralSeparator);
  if (at <= 0) return undefined;
  const suffix = key.slice(at + pluralSeparator.length);
  if (!categories.has(suffix)) return undefined;
  const stem = key.slice(0, at);
  const ordinalMark = `${pluralSeparator}ordinal`;
  if (stem.endsWith(ordinalMark) && stem.length > ordinalMark.length) {
    return { base: stem.slice(0, -ordinalMark.length), category: suffix as PluralCategory, ordinal: true };
  }
  return { base: stem, category: suffix as PluralCategory, ordinal: false };
}

/** The key of one plural form: the inverse of parsePluralKey. */
export function pluralFormKey(base: string, category: PluralCategory, ordinal: boolean, pluralSeparator = '_'): string {
  return ordinal ? `${base}${pluralSeparator}ordinal${pluralSeparator}${category}` : `${base}${pluralSeparator}${category}`;
}

// Words that number keys and are no plural category: step_three beside step_one and step_two.
const NUMBER_WORD = /^(?:three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+|first|second|third|fourth|fifth|sixth|last)$/i;

/**
 * Whether keys with plural suffixes are numbered keys, not a plural: no `other` form, and a key
 * of the same stem numbered by a word that is no plural category (`step_one`, `step_two` beside
 * `step_three`). Any other sibling (`file_label`, `friend_male_one`) leaves them a plural.
 */
function isNumberedKeys(forms: ReadonlyMap<PluralCategory, string>, base: string, names: Iterable<string>, pluralSeparator = '_'): boolean {
  if (forms.has('other')) return false;
  const stem = base + pluralSeparator;
  for (const name of names) if (name.startsWith(stem) && NUMBER_WORD.test(name.slice(stem.length))) return true;
  return false;
}

/**
 * Whether a lone `other` form is one choice among named siblings, not a plural: the only form is
 * `other`, and a key of the same stem ends in a word that is no plural category
 * (`description_other` beside `description_calendar`, `description_payment`), as a context or
 * a choice the app names is written. A lone `other` with no such sibling stays a plural.
 */
function isNamedChoice(forms: ReadonlyMap<PluralCategory, string>, base: string, names: Iterable<string>, pluralSeparator = '_'): boolean {
  if (forms.size !== 1 || !forms.has('other')) return false;
  const stem = base + pluralSeparator;
  for (const name of names) {
    if (!name.startsWith(stem)) continue;
    const rest = name.slice(stem.length);
    if (rest !== '' && !rest.includes(pluralSeparator) && !(PLURAL_CATEGORIES as readonly string[]).includes(rest)) return true;
  }
  return false;
}

/**
 * Whether keys with plural suffixes are words of their names, not a plural of the locale that
 * writes them: no `other` form, and a form of a category the locale never selects (en
 * `upload_too_many`, or `crowfoot_one` beside `crowfoot_many`). i18next reads such a key only by
 * its whole name, and a plural written in its own locale has the `other` every locale selects.
 * Cardinal `zero` counts as selected: i18next reads `_zero` at a count of 0 in every language.
 */
function isWordsNotPlural(forms: ReadonlyMap<PluralCategory, string>, ordinal: boolean, locale: string): boolean {
  if (forms.has('other')) return false;
  const { categories } = pluralFamily(locale, ordinal);
  for (const category of forms.keys()) if (!categories.includes(category) && (ordinal || category !== 'zero')) return true;
  return false;
}

/**
 * Whether a source group is one form and no other (`choose_at_least_one`, `tag_other`): a key of
 * its own as often as a plural missing its forms. The source's check asks which (plural-forms'
 * hint); until it is settled, translations are compared with it as a key of its own, so one
 * unsettled source key does not become a finding in every locale.
 */
export const isLoneForm = (group: { forms: ReadonlyMap<PluralCategory, string> }): boolean => group.forms.size === 1;

/**
 * Whether keys with plural suffixes (a group's `forms` of `base`, among sibling `names`) are no
 * plural: numbered keys, a named choice, or, given the locale that writes them, words of their
 * names (isNumberedKeys, isNamedChoice, isWordsNotPlural). The compare walk and a bundle's groups
 * both ask this, so that they agree.
 */
export function isNoPlural(
  group: { forms: ReadonlyMap<PluralCategory, string>; base: string; ordinal: boolean },
  names: () => Iterable<string>,
  pluralSeparator: string,
  locale: string | undefined,
): boolean {
  return (
    isNumberedKeys(group.forms, group.base, names(), pluralSeparator) ||
    isNamedChoice(group.forms, group.base, names(), pluralSeparator) ||
    (locale !== undefined && isWordsNotPlural(group.forms, group.ordinal, locale))
  );
}
