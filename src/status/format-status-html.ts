import { createHash } from 'node:crypto';
import { h } from 'hastscript';
import type { ElementContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import type { ProjectStatus } from './project-status.js';
import { patternDefs, swatch } from './status-html-bar.js';
import { STATUS_CSS } from './status-html-css.js';
import { localeSection, type LeftOptions } from './status-html-left.js';
import { heatMap, overviewTable } from './status-html-overview.js';
import { OVERVIEW_STATES, overviewOrder, statusSummary, hasArticles } from './status-overview.js';

/** Entries listed per locale and namespace when the caller does not say. */
export const DEFAULT_LIST_LIMIT = 10;

/** The page's options: its title, and how its lists are cut and linked (see LeftOptions). */
export interface StatusHtmlOptions extends Partial<LeftOptions> {
  title?: string;
}

/**
 * Nothing but the page's own style sheet, by its hash: no script, no inline style attribute,
 * no fetch, no `<base>`, no form. A hostile name that slipped through escaping could not run.
 */
const POLICY = `default-src 'none'; style-src 'sha256-${createHash('sha256').update(STATUS_CSS).digest('base64')}'; base-uri 'none'; form-action 'none'`;

/** One sentence of sums over the locales shown. */
function summaryLine(status: ProjectStatus): string {
  const sum = statusSummary(status);
  const parts = [`${sum.locales} ${sum.locales === 1 ? 'locale' : 'locales'}`];
  if (sum.total > 0)
    parts.push(`${sum.counts.translated + sum.counts.fallback} of ${sum.total} entries complete (${sum.percent.toFixed(1)}%)`);
  if (hasArticles(status))
    parts.push(`articles: ${sum.articles.translated} translated, ${sum.articles.missing} missing, ${sum.articles.stale} stale`);
  return `${parts.join('; ')}.`;
}

/**
 * The status as one self-contained page to publish beside the build or open from CI: first an
 * overview of every locale (source first, then most complete first) with a patterned bar by
 * state and the counts, then a locale x namespace map when there are several namespaces, then
 * per locale what is left, collapsed, the first `limit` entries of each namespace linked to
 * their file and line. No script; light and dark; printable. Every name is escaped by the
 * HTML writer.
 */
export function formatStatusHtml(status: ProjectStatus, options: StatusHtmlOptions = {}): string {
  const title = options.title ?? 'Translation status';
  const left: LeftOptions = { limit: options.limit ?? DEFAULT_LIST_LIMIT, linkBase: options.linkBase, pageToRoot: options.pageToRoot };
  const ordered = overviewOrder(status);
  const map = heatMap(status, ordered);
  const main: ElementContent[] = [
    patternDefs(),
    h('section', { ariaLabelledBy: 'overview' }, [
      h('h2#overview', 'Overview'),
      h(
        'ul.legend',
        { ariaLabel: 'Legend' },
        OVERVIEW_STATES.map((state) => h('li', [swatch(state), state])),
      ),
      overviewTable(status, ordered),
    ]),
  ];
  if (map) main.push(h('section', { ariaLabelledBy: 'by-namespace' }, [h('h2#by-namespace', 'By namespace'), map]));
  main.push(
    h('section', { ariaLabelledBy: 'left' }, [h('h2#left', 'What is left'), ...ordered.map((locale) => localeSection(locale, left))]),
  );
  const page = h('html', { lang: 'en' }, [
    h('head', [
      h('meta', { charSet: 'utf-8' }),
      h('meta', { httpEquiv: 'Content-Security-Policy', content: POLICY }),
      h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
      h('meta', { name: 'color-scheme', content: 'light dark' }),
      h('title', title),
      h('style', STATUS_CSS),
    ]),
    h('body', [h('header', [h('h1', title), h('p.muted', summaryLine(status))]), h('main', main)]),
  ]);
  return `<!doctype html>\n${toHtml(page)}\n`;
}
