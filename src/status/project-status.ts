import { BundleCache } from '../project/bundle-cache.js';
import { namespaceContext } from '../project/namespace-context.js';
import { runCheck } from '../check/run-check.js';
import type { BundleProject } from '../project/bundle-project.js';
import { emptyValue } from '../check/rules/empty-value.js';
import { untranslated } from '../check/rules/untranslated.js';
import type { Article } from '../content/article.js';
import type { ContentLock } from '../content/content-lock.js';
import { syncFillsOf } from '../content/sync-fills.js';
import type { HistoryStanding } from '../content/git-history.js';
import { articleTargets, isStale, pairArticles } from '../content/translations.js';
import { bundleStatus, ENTRY_STATES, percentOf, type EntryState, type FlaggedKeys, type NamespaceStatus } from './bundle-status.js';

/** A locale's articles: how many of the source articles it has, lacks, or has from an older source. */
export interface ArticleStatus {
  translated: number;
  missing: number;
  stale: number;
  left: { slug: string; state: 'missing' | 'stale'; file: string }[];
}

/** One locale: its namespaces (where it is a target), their sum, and its articles. */
export interface LocaleStatus {
  locale: string;
  /** Namespaces this locale is the source of: nothing to translate there. */
  sourceOf: string[];
  namespaces: NamespaceStatus[];
  total: number;
  counts: Record<EntryState, number>;
  percent: number;
  /** Undefined for the articles' source locale and locales of its language. */
  articles: ArticleStatus | undefined;
}

/** What `l10n status` reports. */
export interface ProjectStatus {
  locales: LocaleStatus[];
}

/**
 * The keys empty-value and untranslated flag in one namespace, by locale, from a run of the
 * checker itself (an empty value a same-language fallback answers, empty-value's note, as fallback); the bundles it parses stay in `parsed` for the status to read.
 */
function flaggedKeys(
  project: BundleProject,
  namespace: string,
  locales: readonly string[] | undefined,
  parsed: BundleCache,
): Map<string, FlaggedKeys> {
  const ids = [emptyValue.id, untranslated.id];
  // empty-value at its own level unless off, so that its notes are the values a same-language fallback answers.
  const rules = Object.fromEntries(
    Object.entries(project.config.rules)
      .filter(([id]) => ids.includes(id))
      .map(([id, setting]) => [id, id === emptyValue.id && setting !== 'off' ? emptyValue.defaultSeverity : setting]),
  );
  const { diagnostics } = runCheck(
    { ...project, config: { ...project.config, rules } },
    { rules: [emptyValue, untranslated], namespaces: [namespace], bundleCache: parsed, ...(locales && { locales }) },
  );
  const flagged = new Map<string, { empty: Set<string>; untranslated: Set<string>; fallback: Set<string> }>();
  for (const d of diagnostics) {
    if (d.key === undefined || d.locale === undefined) continue;
    const sets = flagged.get(d.locale) ?? { empty: new Set<string>(), untranslated: new Set<string>(), fallback: new Set<string>() };
    (d.ruleId !== emptyValue.id ? sets.untranslated : d.severity === 'info' ? sets.fallback : sets.empty).add(d.key);
    flagged.set(d.locale, sets);
  }
  return flagged;
}

/** Where a translation stands by git history; `unknown` when there is none (then sourceHash alone decides). */
export type StandingOf = (translation: Article, source: Article) => HistoryStanding;

const noHistory: StandingOf = () => ({ status: 'unknown' });

function articleStatus(locale: string, articles: readonly Article[], sourceLocale: string, standing: StandingOf): ArticleStatus {
  const { sources, translations } = pairArticles(articles, sourceLocale);
  const status: ArticleStatus = { translated: 0, missing: 0, stale: 0, left: [] };
  for (const source of sources) {
    const pair = translations.find((p) => p.translation.locale === locale && p.source === source);
    if (!pair) {
      status.missing++;
      status.left.push({ slug: source.slug, state: 'missing', file: source.file });
    } else if (isStale(pair) || (pair.translation.sourceHash === undefined && standing(pair.translation, source).status === 'behind')) {
      status.stale++;
      status.left.push({ slug: source.slug, state: 'stale', file: pair.translation.file });
    } else status.translated++;
  }
  return status;
}

/**
 * The translation status of a project, computed from the checker's model (see bundleStatus) and
 * the articles paired with their sources; `lock` supplies the snapshots that make entries stale,
 * and `standing` git history's word on translations without sourceHash.
 * With `locales`, only those are counted (the others are listed with nothing counted: see
 * selectLocales), so `status --locale fr` on a large project checks one locale, not all.
 */
export function projectStatus(
  project: BundleProject,
  articles: readonly Article[],
  lock: ContentLock,
  locales?: readonly string[],
  standing: StandingOf = noHistory,
): ProjectStatus {
  const { config } = project;
  const selected = locales && new Set(locales);
  const checked = { ...project, syncFills: syncFillsOf(lock) };
  const none: FlaggedKeys = { empty: new Set(), untranslated: new Set(), fallback: new Set() };
  const byLocale = new Map<string, NamespaceStatus[]>();
  const sourceOf = new Map<string, string[]>();
  for (const namespace of project.namespaces) {
    // The checker's parsed bundles, read again from the cache: each file is parsed once.
    const parsed = new BundleCache();
    const flagged = flaggedKeys(checked, namespace, locales, parsed);
    const files = project.read(namespace).map((input) => parsed.bundle(input, config));
    const context = namespaceContext({ namespace, config, locales: project.locales, files, checkedLocales: selected });
    sourceOf.set(context.sourceLocale, [...(sourceOf.get(context.sourceLocale) ?? []), namespace]);
    const snapshot = (locale: string) => {
      const recorded = lock.bundles[context.pathOf(locale)];
      return recorded ? new Map(Object.entries(recorded)) : undefined;
    };
    for (const status of bundleStatus(context, (locale) => flagged.get(locale) ?? none, snapshot)) {
      byLocale.set(status.locale, [...(byLocale.get(status.locale) ?? []), status]);
    }
  }
  // A locale with articles and no bundle (an articles-only project's) has its article line, and no bundle counts.
  const rows = [...new Set([...project.locales, ...articles.map((article) => article.locale)])];
  const targets = new Set(articleTargets(rows, config.sourceLocale));
  return {
    locales: rows.map((locale) => {
      const namespaces = byLocale.get(locale) ?? [];
      const counts = Object.fromEntries(ENTRY_STATES.map((s) => [s, namespaces.reduce((n, ns) => n + ns.counts[s], 0)])) as Record<
        EntryState,
        number
      >;
      const total = namespaces.reduce((n, ns) => n + ns.total, 0);
      return {
        locale,
        sourceOf: sourceOf.get(locale) ?? [],
        namespaces,
        total,
        counts,
        percent: percentOf(counts.translated + counts.fallback, total),
        // A project without articles has no article line to print (0 translated of 0 says nothing).
        articles: targets.has(locale) && articles.length > 0 ? articleStatus(locale, articles, config.sourceLocale, standing) : undefined,
      };
    }),
  };
}
