import type { ArticlePagePlan } from './plan-site.js';
import { languageTag } from '../locale/locale-tag.js';

const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };
const escapeXml = (text: string): string => text.replace(/[&<>"']/g, (c) => entities[c] as string);

/** Where a page lives on the public site. */
export type PageUrl = (locale: string, slug?: string) => string;

/**
 * `sitemap.xml` with every page. The locale indexes (all UI) are translations of each other; a
 * page that is a real translation lists its sibling
 * translations as `xhtml:link` hreflang alternates plus `x-default` (the source locale's page).
 * A page showing an untranslated article gets no alternates: it is not a translation; it is not
 * listed at all when it is canonical to its source page (build.fallbackPages).
 */
export function renderSitemap(pages: readonly ArticlePagePlan[], locales: readonly string[], sourceLocale: string, url: PageUrl): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
  ];
  const xDefault = locales.includes(sourceLocale) ? sourceLocale : (locales[0] as string);
  for (const locale of locales) {
    lines.push('  <url>', `    <loc>${escapeXml(url(locale))}</loc>`);
    if (locales.length > 1) {
      for (const alt of locales)
        lines.push(`    <xhtml:link rel="alternate" hreflang="${escapeXml(languageTag(alt))}" href="${escapeXml(url(alt))}"/>`);
      lines.push(`    <xhtml:link rel="alternate" hreflang="x-default" href="${escapeXml(url(xDefault))}"/>`);
    }
    lines.push('  </url>');
  }
  for (const page of pages) {
    // A fallback page canonical to its source page is not listed: the sitemap names canonical URLs only.
    if (page.canonicalLocale !== page.locale) continue;
    lines.push('  <url>', `    <loc>${escapeXml(url(page.locale, page.slug))}</loc>`);
    if (page.article.date) lines.push(`    <lastmod>${page.article.date.toISOString().slice(0, 10)}</lastmod>`);
    if (page.alternates.includes(page.locale)) {
      for (const alt of page.alternates)
        lines.push(`    <xhtml:link rel="alternate" hreflang="${escapeXml(languageTag(alt))}" href="${escapeXml(url(alt, page.slug))}"/>`);
      const fallback = page.alternates.includes(sourceLocale) ? sourceLocale : (page.alternates[0] as string);
      lines.push(`    <xhtml:link rel="alternate" hreflang="x-default" href="${escapeXml(url(fallback, page.slug))}"/>`);
    }
    lines.push('  </url>');
  }
  lines.push('</urlset>', '');
  return lines.join('\n');
}
