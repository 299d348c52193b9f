import { h } from 'hastscript';
import type { Element, ElementContent } from 'hast';
import type { NamespaceStatus } from './bundle-status.js';
import type { ArticleStatus, LocaleStatus } from './project-status.js';
import { articlesId, fileLink, localeId, namespaceId, type StatusLinks } from './status-html-links.js';
import { isSourceOnly, OVERVIEW_STATES } from './status-overview.js';

/** How the lists of what is left are cut and linked. */
export interface LeftOptions extends StatusLinks {
  /** Entries shown per list; the rest are counted ("and 12 more"). */
  limit: number;
}

/** The first `limit` items as a list, and how many more there are. */
function truncated<T>(items: readonly T[], limit: number, item: (entry: T) => (ElementContent | string)[]): ElementContent[] {
  const shown = items.slice(0, limit);
  const out: ElementContent[] = [
    h(
      'ul',
      shown.map((entry) => h('li', item(entry))),
    ),
  ];
  if (items.length > shown.length) out.push(h('p.more', `and ${items.length - shown.length} more`));
  return out;
}

/** "3 missing, 1 stale": the states of a list, in the overview's order. */
function stateCounts(counts: Partial<Record<string, number>>): string {
  return OVERVIEW_STATES.filter((s) => s !== 'translated' && s !== 'fallback' && (counts[s] ?? 0) > 0)
    .map((s) => `${counts[s]} ${s}`)
    .join(', ');
}

/** One namespace of a locale: collapsed, what is left with links to its lines; a line when nothing is. */
function namespaceList(locale: string, ns: NamespaceStatus, options: LeftOptions): Element {
  const id = namespaceId(locale, ns.namespace);
  const title = [h('code', ns.namespace), ` — ${ns.percent.toFixed(1)}% complete`];
  if (ns.left.length === 0) return h('p', { id }, [...title, ', nothing left']);
  return h('details', { id }, [
    h('summary', [...title, `, ${ns.left.length} left (${stateCounts(ns.counts)})`]),
    ...truncated(ns.left, options.limit, (entry) => [
      h('a', { href: fileLink(entry.file, entry.line, options) }, [h('code', entry.key)]),
      ` ${entry.state}`,
    ]),
  ]);
}

/** A locale's articles still to translate or update, linked to their files. */
function articleList(locale: string, articles: ArticleStatus, options: LeftOptions): Element {
  const id = articlesId(locale);
  const summary = `Articles: ${articles.translated} translated, ${articles.missing} missing, ${articles.stale} stale`;
  if (articles.left.length === 0) return h('p', { id }, summary);
  return h('details', { id }, [
    h('summary', summary),
    ...truncated(articles.left, options.limit, (item) => [
      h('a', { href: fileLink(item.file, undefined, options) }, [h('code', item.slug)]),
      ` ${item.state}`,
    ]),
  ]);
}

/** A locale's section: its totals, then per namespace and for its articles what is left. */
export function localeSection(locale: LocaleStatus, options: LeftOptions): Element {
  const id = localeId(locale.locale);
  const headingId = `h-${id}`;
  const heading = isSourceOnly(locale)
    ? `${locale.locale} — source`
    : locale.total > 0
      ? `${locale.locale} — ${locale.percent.toFixed(1)}% complete`
      : locale.locale;
  const body: ElementContent[] = [h('h3', { id: headingId }, heading)];
  if (locale.sourceOf.length > 0)
    body.push(h('p', [`Source of `, ...locale.sourceOf.flatMap((ns, i) => [i > 0 ? ', ' : '', h('code', ns)])]));
  if (locale.total > 0) {
    const done = locale.counts.translated + locale.counts.fallback;
    const rest = stateCounts(locale.counts);
    body.push(h('p', `${done} of ${locale.total} entries complete${rest ? `; left: ${rest}` : ''}.`));
  }
  body.push(...locale.namespaces.map((ns) => namespaceList(locale.locale, ns, options)));
  const a = locale.articles;
  if (a && a.translated + a.missing + a.stale > 0) body.push(articleList(locale.locale, a, options));
  return h('section', { id, ariaLabelledBy: headingId }, body);
}
