import { articleDir } from './page-path.js';
import type { ArticlePagePlan } from './plan-site.js';

/** The report published with the site, in the output folder. */
export const REPORT_PATH = 'l10n-report.json';

/** What one locale publishes, as public paths (`es-AR/<slug>/`), in site order. */
export interface LocaleReport {
  /** Pages showing an article written in the locale's language (for the source locale, the originals). */
  translations: string[];
  /** Among `translations`: those made from an older version of their source (shown with a notice). */
  outdated: string[];
  /** Pages showing an article in another language (shown with a notice). */
  fallbacks: string[];
}

/**
 * `l10n-report.json`: per locale which pages are translations, outdated translations and
 * fallbacks, for dashboards. Built from the plan alone, so every shard writes the same one.
 */
export function renderSiteReport(pages: readonly ArticlePagePlan[], locales: readonly string[], sourceLocale: string): string {
  const byLocale = new Map<string, LocaleReport>(locales.map((locale) => [locale, { translations: [], outdated: [], fallbacks: [] }]));
  for (const page of pages) {
    const report = byLocale.get(page.locale) as LocaleReport;
    const path = articleDir(page.locale, page.slug);
    if (!page.translated) report.fallbacks.push(path);
    else {
      report.translations.push(path);
      if (page.outdatedFrom) report.outdated.push(path);
    }
  }
  const summary = Object.fromEntries(
    [...byLocale].map(([locale, report]) => [locale, { pages: report.translations.length + report.fallbacks.length, ...report }]),
  );
  return `${JSON.stringify({ version: 1, sourceLocale, locales: summary }, null, 2)}\n`;
}
