import { markdownTable } from '../report/markdown-table.js';
import type { LocaleStatus, ProjectStatus } from './project-status.js';
import { isSourceOnly, OVERVIEW_STATES, overviewOrder, statusSummary, hasArticles } from './status-overview.js';

const BAR_CELLS = 10;

/** A ten-cell text bar of what is done, for a table cell: `▓▓▓▓░░░░░░` (full only when complete). */
const textBar = (percent: number): string => {
  const done = Math.floor((percent / 100) * BAR_CELLS);
  return '▓'.repeat(done) + '░'.repeat(BAR_CELLS - done);
};

/**
 * The overview of `status --format html` as GitHub-flavoured Markdown, for a pull request comment
 * or `$GITHUB_STEP_SUMMARY`: one row per locale (source first, then most complete first) with
 * its progress and counts by state, its articles when the project has some, and the sums of the
 * locales shown. Locale names are untrusted and go through markdownTable, which keeps them literal.
 */
export function formatStatusMarkdown(status: ProjectStatus, title = 'Translation status'): string {
  const summary = statusSummary(status);
  const strings = status.locales.some((l) => l.namespaces.length > 0);
  const articles = hasArticles(status);
  const header = ['locale', ...(strings ? ['progress', 'complete', ...OVERVIEW_STATES] : [])];
  if (articles) header.push('articles translated', 'articles missing', 'articles stale');
  const row = (locale: LocaleStatus): string[] => {
    const cells = [locale.locale];
    if (strings) {
      if (isSourceOnly(locale)) cells.push('source', 'source', ...OVERVIEW_STATES.map(() => '-'));
      else if (locale.total === 0) cells.push('', '-', ...OVERVIEW_STATES.map(() => '-'));
      else cells.push(textBar(locale.percent), `${locale.percent.toFixed(1)}%`, ...OVERVIEW_STATES.map((s) => String(locale.counts[s])));
    }
    const a = locale.articles;
    if (articles) cells.push(...(a ? [a.translated, a.missing, a.stale].map(String) : ['source', '-', '-']));
    return cells;
  };
  const align = header.map((_, i) => (i < 2 ? 'left' : 'right') as 'left' | 'right');
  const sums = [`**${summary.locales} ${summary.locales === 1 ? 'locale' : 'locales'}**`];
  if (strings)
    sums.push(
      `${summary.counts.translated + summary.counts.fallback} of ${summary.total} entries complete (${summary.percent.toFixed(1)}%)`,
    );
  if (articles)
    sums.push(`articles: ${summary.articles.translated} translated, ${summary.articles.missing} missing, ${summary.articles.stale} stale`);
  return `## ${title}\n\n${markdownTable(header, overviewOrder(status).map(row), align)}\n${sums.join('; ')}.\n`;
}
