import { ENTRY_STATES, percentOf, type EntryState } from './bundle-status.js';
import type { LocaleStatus, ProjectStatus } from './project-status.js';

/** The order of states in bars and tables: done first, then what needs work, missing last. */
export const OVERVIEW_STATES: readonly EntryState[] = ['translated', 'fallback', 'untranslated', 'stale', 'empty', 'missing'];

/** The sums a status prints under its table: only the locales it shows, so `--locale` narrows them. */
export interface StatusSummary {
  /** Locales with something to translate (the source locale has nothing). */
  locales: number;
  total: number;
  counts: Record<EntryState, number>;
  percent: number;
  articles: { translated: number; missing: number; stale: number };
}

/** Whether the project has articles to translate: without any, reports leave their columns out. */
export const hasArticles = (status: ProjectStatus): boolean =>
  status.locales.some((l) => l.articles && l.articles.translated + l.articles.missing + l.articles.stale > 0);

/** Whether a locale is only a source: no namespace asks it for a translation. */
export const isSourceOnly = (locale: LocaleStatus): boolean => locale.namespaces.length === 0 && locale.sourceOf.length > 0;

/** A locale's articles done, in percent; undefined when it has no articles to translate. */
function articlePercent(locale: LocaleStatus): number | undefined {
  const a = locale.articles;
  return a && percentOf(a.translated, a.translated + a.missing + a.stale);
}

/**
 * The locales as the overview lists them: source locales first (the reference the others are
 * measured against), then the most complete first (by strings, or by articles in a project
 * without strings); ties keep the project's order.
 */
export function overviewOrder(status: ProjectStatus): LocaleStatus[] {
  const rank = (l: LocaleStatus): number => (isSourceOnly(l) ? Infinity : l.total > 0 ? l.percent : (articlePercent(l) ?? -1));
  return status.locales
    .map((locale, index) => ({ locale, index }))
    .sort((a, b) => rank(b.locale) - rank(a.locale) || a.index - b.index)
    .map((entry) => entry.locale);
}

/** Sums the entries and articles of the locales in `status`. */
export function statusSummary(status: ProjectStatus): StatusSummary {
  const counts = Object.fromEntries(ENTRY_STATES.map((s) => [s, 0])) as Record<EntryState, number>;
  const articles = { translated: 0, missing: 0, stale: 0 };
  let total = 0;
  let locales = 0;
  for (const locale of status.locales) {
    if (locale.namespaces.length > 0 || locale.articles) locales++;
    total += locale.total;
    for (const state of ENTRY_STATES) counts[state] += locale.counts[state];
    articles.translated += locale.articles?.translated ?? 0;
    articles.missing += locale.articles?.missing ?? 0;
    articles.stale += locale.articles?.stale ?? 0;
  }
  return { locales, total, counts, percent: percentOf(counts.translated + counts.fallback, total), articles };
}
