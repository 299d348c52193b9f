import { isLocaleTag } from '../locale/locale-tag.js';
import { stringList, type SetupValue } from './setup-values.js';

/** A setup's fallbackLng as i18next reads it: the codes every locale falls back to, and the entries of named locales. */
export interface FallbackSetting {
  /** `'en'`, `['en', 'de']`, or an object's `default`; empty when it has none. */
  defaults: string[];
  /** An object's other entries (`fr: ['fr-FR']`), those l10n can write (locale tags to lists of locale tags). */
  entries: Record<string, string[]>;
  /** Whether it is an object (then `defaults` are its `default`). */
  byLocale: boolean;
}

/** A code or a list of codes, as i18next takes either; undefined for anything else. */
function codes(value: SetupValue | undefined): string[] | undefined {
  return typeof value === 'string' ? [value] : stringList(value);
}

/**
 * A fallbackLng as a setup writes it, read as i18next's getFallbackCodes does: a string or a list
 * is every locale's fallbacks, an object's `default` those of a locale without an entry of its own.
 * Undefined for any other value (a function, `false`, a value init could not read).
 */
export function fallbackSetting(value: SetupValue | undefined): FallbackSetting | undefined {
  const list = codes(value);
  if (list) return { defaults: list, entries: {}, byLocale: false };
  if (value === undefined || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const entries: Record<string, string[]> = {};
  for (const [locale, fallbacks] of Object.entries(value)) {
    const listed = codes(fallbacks);
    if (locale !== 'default' && isLocaleTag(locale) && listed?.every(isLocaleTag)) entries[locale] = listed;
  }
  return { defaults: codes(value.default) ?? [], entries, byLocale: true };
}
