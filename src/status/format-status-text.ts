import { ENTRY_STATES } from './bundle-status.js';
import type { ProjectStatus } from './project-status.js';
import { terminalSafe } from '../report/terminal-safe.js';
import { statusSummary, hasArticles } from './status-overview.js';

const HEADERS = ['locale', 'namespace', 'total', ...ENTRY_STATES, 'complete'];

/**
 * The status as a table a translator reads in a terminal: one row per locale and namespace,
 * a total row per locale, then each locale's articles, then the sums of the locales shown.
 */
export function formatStatusText(status: ProjectStatus): string {
  const rows: string[][] = [HEADERS];
  for (const locale of status.locales) {
    for (const ns of locale.namespaces)
      rows.push([
        locale.locale,
        ns.namespace,
        String(ns.total),
        ...ENTRY_STATES.map((s) => String(ns.counts[s])),
        `${ns.percent.toFixed(1)}%`,
      ]);
    if (locale.namespaces.length > 1)
      rows.push([
        locale.locale,
        '(all)',
        String(locale.total),
        ...ENTRY_STATES.map((s) => String(locale.counts[s])),
        `${locale.percent.toFixed(1)}%`,
      ]);
    for (const ns of locale.sourceOf) rows.push([locale.locale, ns, '-', ...ENTRY_STATES.map(() => '-'), 'source']);
  }
  const safe = rows.map((r) => r.map(terminalSafe));
  const widths = HEADERS.map((_, i) => Math.max(...safe.map((r) => (r[i] ?? '').length)));
  // An articles-only project has no bundle row: no table, only its article lines.
  const table = safe.length > 1 ? safe : [];
  const lines = table.map((r) =>
    r
      .map((cell, i) => (i < 2 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0)))
      .join('  ')
      .trimEnd(),
  );
  if (table.length > 0) lines.push('');
  for (const locale of status.locales) {
    if (!locale.articles) continue;
    const a = locale.articles;
    lines.push(`${terminalSafe(locale.locale)} articles: ${a.translated} translated, ${a.missing} missing, ${a.stale} stale`);
    for (const item of a.left) lines.push(`  ${item.state.padEnd(7)}  ${terminalSafe(item.slug)}  (${terminalSafe(item.file)})`);
  }
  const sum = statusSummary(status);
  const sums = [`${sum.locales} ${sum.locales === 1 ? 'locale' : 'locales'}`];
  if (sum.total > 0)
    sums.push(`${sum.counts.translated + sum.counts.fallback} of ${sum.total} entries complete (${sum.percent.toFixed(1)}%)`);
  if (hasArticles(status))
    sums.push(`articles: ${sum.articles.translated} translated, ${sum.articles.missing} missing, ${sum.articles.stale} stale`);
  lines.push(`${sums.join('; ')}`);
  return `${lines.join('\n')}\n`;
}

/**
 * The machine form, version 1: every count and every entry left (with its file and line), and
 * the sums of the locales shown, for scripts and dashboards.
 */
export function formatStatusJson(status: ProjectStatus): string {
  return `${JSON.stringify({ version: 1, ...status, summary: statusSummary(status) }, null, 2)}\n`;
}
