import type { Config } from '../config/schema.js';
import { ownEntry } from '../config/own-entry.js';
import { i18nextCode } from '../locale/locale-tag.js';

/**
 * The parents i18next 26 tries after a code, nearest first (its resolution hierarchy): the code
 * less its last subtag when it has three or more (`zh-Hant-TW` -> `zh-Hant`), then the language
 * subtag (`zh`). An `_` separates subtags too (`pt_BR` -> `pt`). With i18next's `lowerCaseLng`,
 * each in lower case (`zh-hant`), as i18next then writes them.
 */
export function bcp47Parents(locale: string, lowerCaseLng = false): string[] {
  const parts = locale.replace(/_/g, '-').split('-');
  if (parts.length < 2) return [];
  const script = scriptParent(parts, lowerCaseLng);
  const language = i18nextCode(parts[0] as string, lowerCaseLng);
  return script === undefined ? [language] : [script, language];
}

/** The code less its last subtag, for a code of three or more (`zh-Hant-TW` -> `zh-Hant`), as i18next forms it. */
function scriptParent(parts: readonly string[], lowerCaseLng: boolean): string | undefined {
  if (parts.length < 3 || parts[parts.length - 2]?.toLowerCase() === 'x') return undefined;
  return i18nextCode(parts.slice(0, -1).join('-'), lowerCaseLng);
}

/**
 * The configured fallbacks of a locale, looked up as i18next 26 reads a fallbackLng object: the
 * code's own entry, else its script parent's, its canonical spelling's, its language's (`fr` for
 * fr-CA), else `default`'s. An empty list is an entry (no fallbacks). Undefined without any.
 */
export function configuredFallbacks(
  fallbacks: Readonly<Record<string, string[]>>,
  locale: string,
  lowerCaseLng = false,
): string[] | undefined {
  const parts = locale.replace(/_/g, '-').split('-');
  const codes =
    parts.length < 2
      ? [locale]
      : [locale, scriptParent(parts, lowerCaseLng), i18nextCode(locale, lowerCaseLng), i18nextCode(parts[0] as string, lowerCaseLng)];
  for (const code of [...codes, 'default']) {
    const found = code === undefined ? undefined : ownEntry(fallbacks, code);
    if (found) return found;
  }
  return undefined;
}

/**
 * The resolution chain of a locale, itself first: its BCP 47 parents (unless `load` is
 * `currentOnly`), then the configured fallbacks (see configuredFallbacks) or else the source
 * locale (es-AR -> es -> en).
 * i18next puts the parents before any fallbackLng it is given, so configured fallbacks come after
 * them too. Each locale appears once.
 */
export function fallbackChain(
  locale: string,
  config: Pick<Config, 'fallbacks' | 'sourceLocale'> & Partial<Pick<Config, 'load' | 'lowerCaseLng'>>,
): string[] {
  const lowerCaseLng = config.lowerCaseLng === true;
  const parents = config.load === 'currentOnly' ? [] : bcp47Parents(locale, lowerCaseLng);
  const rest = [...parents, ...(configuredFallbacks(config.fallbacks, locale, lowerCaseLng) ?? [config.sourceLocale])];
  const chain = [locale];
  for (const next of rest) if (!chain.includes(next)) chain.push(next);
  return chain;
}
