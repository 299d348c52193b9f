import { h } from 'hastscript';
import type { Element, ElementContent } from 'hast';
import type { LocaleStatus, ProjectStatus } from './project-status.js';
import { stackedBar } from './status-html-bar.js';
import { localeId, namespaceId } from './status-html-links.js';
import { isSourceOnly, OVERVIEW_STATES, hasArticles } from './status-overview.js';

/** A table in a region that scrolls sideways on a narrow screen, reachable by keyboard. */
export const scrollRegion = (label: string, table: Element): Element =>
  h('div.scroll', { role: 'region', ariaLabel: label, tabIndex: 0 }, [table]);

/** What a locale's progress cell shows: its bar, "source", or a dash when it has no strings. */
function progress(locale: LocaleStatus): ElementContent {
  if (isSourceOnly(locale)) return h('span', 'source');
  if (locale.total === 0) return h('span', '–');
  const parts = OVERVIEW_STATES.map((state) => [state, locale.counts[state]] as const);
  const label = `${locale.locale}: ${parts
    .filter(([, n]) => n > 0)
    .map(([state, n]) => `${n} ${state}`)
    .join(', ')}`;
  return stackedBar(label, parts);
}

/** One overview row: the locale (a link to its section), progress, percentage, counts, articles. */
function overviewRow(locale: LocaleStatus, articles: boolean): Element {
  const source = isSourceOnly(locale);
  const counted = !source && locale.total > 0;
  const cells: Element[] = [
    h('th', { scope: 'row' }, [h('a', { href: `#${localeId(locale.locale)}` }, locale.locale), source ? ' (source)' : '']),
    h('td', { className: ['progress'] }, [progress(locale)]),
    h('td', counted ? `${locale.percent.toFixed(1)}%` : '–'),
    ...OVERVIEW_STATES.map((state) => h('td', counted ? String(locale.counts[state]) : '–')),
  ];
  if (articles) {
    const a = locale.articles;
    cells.push(...(a ? [a.translated, a.missing, a.stale].map((n) => h('td', String(n))) : [h('td', { colSpan: 3 }, 'source')]));
  }
  return h('tr', cells);
}

/**
 * The overview: every locale in `ordered` (source first, then most complete first), each row a
 * bar by state with the same counts in words and numbers, and its articles when there are any.
 */
export function overviewTable(status: ProjectStatus, ordered: readonly LocaleStatus[]): Element {
  const articles = hasArticles(status);
  const head = [
    h('tr', [
      h('th', { scope: 'col', rowSpan: 2 }, 'Locale'),
      h('th', { scope: 'col', rowSpan: 2 }, 'Progress'),
      h('th', { scope: 'col', rowSpan: 2 }, 'Complete'),
      h('th', { scope: 'colgroup', colSpan: OVERVIEW_STATES.length }, 'Entries'),
      articles ? h('th', { scope: 'colgroup', colSpan: 3 }, 'Articles') : '',
    ]),
    h('tr', [
      ...OVERVIEW_STATES.map((state) => h('th', { scope: 'col' }, state)),
      ...(articles ? ['translated', 'missing', 'stale'].map((state) => h('th', { scope: 'col' }, state)) : []),
    ]),
  ];
  return scrollRegion(
    'Overview of every locale',
    h('table.overview', [
      h('thead', head),
      h(
        'tbody',
        ordered.map((locale) => overviewRow(locale, articles)),
      ),
    ]),
  );
}

/** The heat level of a percentage: 0 under 25%, 1 under 50%, 2 under 75%, 3 under 100%, 4 complete. */
const heat = (percent: number): string => `h${percent >= 100 ? 4 : Math.min(3, Math.floor(percent / 25))}`;

/**
 * Locale x namespace: each cell the namespace's percentage in that locale, shaded by how
 * complete it is (the number says it too) and linking to its list; "source" where the locale is
 * the namespace's source. Undefined for a project with one namespace: the overview says it all.
 */
export function heatMap(status: ProjectStatus, ordered: readonly LocaleStatus[]): Element | undefined {
  const namespaces = [...new Set(status.locales.flatMap((l) => [...l.sourceOf, ...l.namespaces.map((n) => n.namespace)]))];
  if (namespaces.length < 2) return undefined;
  const rows = ordered.map((locale) => {
    const byName = new Map(locale.namespaces.map((n) => [n.namespace, n]));
    const cells = namespaces.map((namespace) => {
      const ns = byName.get(namespace);
      if (ns)
        return h('td', { className: [heat(ns.percent)] }, [
          h('a', { href: `#${namespaceId(locale.locale, namespace)}` }, `${ns.percent.toFixed(1)}%`),
        ]);
      return h('td', locale.sourceOf.includes(namespace) ? 'source' : '–');
    });
    return h('tr', [h('th', { scope: 'row' }, [h('a', { href: `#${localeId(locale.locale)}` }, locale.locale)]), ...cells]);
  });
  const head = h('tr', [h('th', { scope: 'col' }, 'Locale'), ...namespaces.map((ns) => h('th', { scope: 'col' }, ns))]);
  return scrollRegion('Completeness by locale and namespace', h('table.heat', [h('thead', head), h('tbody', rows)]));
}
