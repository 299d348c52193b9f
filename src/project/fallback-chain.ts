import type { Config } from '../config/schema.js';
import { ownEntry } from '../config/own-entry.js';
import { i18nextCode } from '../locale/locale-tag.js';

/**
 * The parents i18next 26 tries after a code, nearest first (its resolution hierarchy): the code
 * less its last subtag when it has three or more (`zh-Hant-TW` -> `zh-Hant`), then the language
 * subtag (`zh`). An `_` separates subtags too (`pt_BR` -> `pt`).
 */
export function bcp47Parents(locale: string): string[] {
  const parts = locale.replace(/_/g, '-').split('-');
  if (parts.length < 2) return [];
  const script = scriptParent(parts);
  return script === undefined ? [parts[0] as string] : [script, parts[0] as string];
}

/** The code less its last subtag, for a code of three or more (`zh-Hant-TW` -> `zh-Hant`), as i18next forms it. */
function scriptParent(parts: readonly string[]): string | undefined {
  if (parts.length < 3 || parts[parts.length - 2]?.toLowerCase() === 'x') return undefined;
  return i18nextCode(parts.slice(0, -1).join('-'));
}

/**
 * The configured fallbacks of a locale, looked up as i18next 26 reads a fallbackLng object: the
 * code's own entry, else its script parent's, its canonical spelling's, its language's (`fr` for
 * fr-CA), else `default`'s. An empty list is an entry (no fallbacks). Undefined without any.
 */
export function configuredFallbacks(fallbacks: Readonly<Record<string, string[]>>, locale: string): string[] | undefined {
  const parts = locale.replace(/_/g, '-').split('-');
  const codes = parts.length < 2 ? [locale] : [locale, scriptParent(parts), i18nextCode(locale), parts[0] as string];
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
  config: Pick<Config, 'fallbacks' | 'sourceLocale'> & Partial<Pick<Config, 'load'>>,
): string[] {
  const parents = config.load === 'currentOnly' ? [] : bcp47Parents(locale);
  const rest = [...parents, ...(configuredFallbacks(config.fallbacks, locale) ?? [config.sourceLocale])];
  const chain = [locale];
  for (const next of rest) if (!chain.includes(next)) chain.push(next);
  return chain;
}
