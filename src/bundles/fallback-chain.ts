import type { Config } from '../config/schema.js';

/** The BCP 47 parents of a tag, nearest first: `zh-Hant-TW` -> `zh-Hant`, `zh`. */
export function bcp47Parents(locale: string): string[] {
  const parts = locale.split('-');
  const parents: string[] = [];
  for (let n = parts.length - 1; n >= 1; n--) parents.push(parts.slice(0, n).join('-'));
  return parents;
}

/**
 * The resolution chain of a locale, itself first: the configured fallbacks when given, else
 * its BCP 47 parents, then the source locale (es-AR -> es -> en). Each locale appears once.
 */
export function fallbackChain(locale: string, config: Pick<Config, 'fallbacks' | 'sourceLocale'>): string[] {
  const configured = config.fallbacks[locale];
  const rest = configured ?? [...bcp47Parents(locale), config.sourceLocale];
  const chain = [locale];
  for (const next of rest) if (!chain.includes(next)) chain.push(next);
  return chain;
}

/** The language subtag (`es` for `es-AR`): two locales of one language show the same words. */
export function languageOf(locale: string): string {
  const dash = locale.indexOf('-');
  return (dash < 0 ? locale : locale.slice(0, dash)).toLowerCase();
}
