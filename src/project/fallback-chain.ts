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
  const parents: string[] = [];
  const script = parts.slice(0, -1);
  if (script.length >= 2 && script[script.length - 1]?.toLowerCase() !== 'x') parents.push(i18nextCode(script.join('-')));
  parents.push(parts[0] as string);
  return parents;
}

/**
 * The resolution chain of a locale, itself first: its BCP 47 parents (unless `load` is
 * `currentOnly`), then the configured fallbacks or else the source locale (es-AR -> es -> en).
 * i18next puts the parents before any fallbackLng it is given, so configured fallbacks come after
 * them too. Each locale appears once.
 */
export function fallbackChain(
  locale: string,
  config: Pick<Config, 'fallbacks' | 'sourceLocale'> & Partial<Pick<Config, 'load'>>,
): string[] {
  const parents = config.load === 'currentOnly' ? [] : bcp47Parents(locale);
  const rest = [...parents, ...(ownEntry(config.fallbacks, locale) ?? [config.sourceLocale])];
  const chain = [locale];
  for (const next of rest) if (!chain.includes(next)) chain.push(next);
  return chain;
}
