import type { Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import type { Resource } from 'i18next';
import { fallbackChain } from '../project/fallback-chain.js';
import { i18nextCode } from '../locale/locale-tag.js';
import type { Config } from '../config/schema.js';
import type { Article } from '../content/article.js';
import type { ArticleCache } from '../content/read-articles.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { articlePageFor } from './article-page.js';
import { localeIndexPage, rootIndexPage } from './index-pages.js';
import { markdownToHast } from './markdown.js';
import { linkInputs, pageInputs, sha256, siteDigest } from './page-inputs.js';
import type { LocaleTarget } from './page-shell.js';
import { planSite } from './plan-site.js';
import { resolveChain, type BundleData } from './runtime-bundles.js';
import { FAVICON_PATH, FAVICON_SVG, SITE_CSS, SITE_CSS_PATH } from './site-css.js';
import { renderSitemap } from './sitemap.js';
import { checkTemplateKeys } from '../project/template-keys.js';
import { createTranslator, type Translator } from './translator.js';

/** Bump when templates change, so cached pages from an older build are rendered again. */
export const TEMPLATE_VERSION = 3;

/** The sitemap, in the output folder. */
export const SITEMAP_PATH = 'sitemap.xml';

/** The input hash of every article page of a build, by output path. */
export interface BuildManifest {
  version: number;
  /** The digest of everything that decides the site's pages and links (see siteDigest). */
  site?: string;
  /** Input hash by output path: article and index pages, the root index and the sitemap. */
  pages: Record<string, string>;
  /** Size and modification time of each page's file as the build wrote it (see build-cache). */
  stamps?: Record<string, string>;
  /** The build's files other than `pages` (runtime bundles, assets), so the next build can remove what it no longer makes. */
  files: string[];
  /** Parsed articles by file, so an unchanged article is not read again. */
  articles?: ArticleCache;
  /** The build's warnings (UI keys the templates use that a locale cannot resolve), replayed while the site digest holds. */
  warnings?: Diagnostic[];
}

/** Everything a build renders from: data only, already read and parsed. */
export interface SiteInput {
  config: Pick<Config, 'fallbacks' | 'sourceLocale' | 'localesDir' | 'keySeparator' | 'nsSeparator' | 'pluralSeparator' | 'contextSeparator'> & { build: Pick<Config['build'], 'namespace'> };
  /** The page locales, in order. */
  locales: string[];
  articles: Article[];
  /** Parsed bundles: locale -> namespace -> data. */
  bundles: Map<string, Map<string, BundleData>>;
  baseUrl: string;
  year: number;
  /** The manifest of the previous output, its pages known to exist. */
  previous?: BuildManifest;
  /** Stored with the manifest for the next build's article reader. */
  articleCache?: ArticleCache;
  onProgress?: (done: number, total: number) => void;
}

/** The output of a build, in memory: nothing is written until the caller decides to. */
export interface RenderedSite {
  /** Output path -> content, for everything rendered now. */
  files: Map<string, string>;
  /** Article and index pages rendered now. */
  rendered: number;
  /** Output paths whose previous file is still right (unchanged input hash). */
  reused: string[];
  /** Article and index pages among `reused`. */
  unchanged: number;
  manifest: BuildManifest;
  warnings: Diagnostic[];
  /** Article and index pages in the site. */
  pages: number;
}

/** Renders the whole site from data: the pure core of `l10n build`. */
export function renderSite(input: SiteInput): RenderedSite {
  const { config, locales } = input;
  const namespace = config.build.namespace;
  const base = input.baseUrl.endsWith('/') ? input.baseUrl : `${input.baseUrl}/`;
  const url = (locale: string, slug?: string): string => `${base}${locale}/${slug ? `${slug}/` : ''}`;
  const namespaces = new Set([...input.bundles.values()].flatMap((byNs) => [...byNs.keys()]));
  const resources: Resource = {};
  // Under the codes i18next looks up (es-AR for a folder es-ar), so every page shows its folder's
  // strings; a folder spelled as i18next writes the code wins over a misspelt one beside it.
  for (const [locale, byNs] of input.bundles) {
    const code = i18nextCode(locale);
    if (code === locale || !input.bundles.has(code)) resources[code] = Object.fromEntries(byNs);
  }
  const files = new Map<string, string>();
  const translators = new Map<string, Translator>();
  const bundleHash = new Map<string, string>();
  for (const locale of locales) {
    const chain = fallbackChain(locale, config);
    translators.set(locale, createTranslator(chain, resources, namespace, config));
    for (const ns of namespaces) {
      const resolved = resolveChain(chain, (lng) => input.bundles.get(lng)?.get(ns));
      const json = `${JSON.stringify(resolved, null, 2)}\n`;
      files.set(`locales/${locale}/${ns}.json`, json);
      if (ns === namespace) bundleHash.set(locale, sha256(json));
    }
  }
  const plan = planSite(input.articles, locales, config);
  const editions = (up: string): LocaleTarget[] => locales.map((locale) => ({ locale, href: `${up}${locale}/`, url: url(locale) }));
  const rootLocale = locales.includes(config.sourceLocale) ? config.sourceLocale : (locales[0] as string);
  // Pages come slug by slug: keep only the last body, reused by the locales that show it.
  let last: { file: string; body: Root } | undefined;
  const manifest: BuildManifest = { version: TEMPLATE_VERSION, pages: {}, files: [], ...(input.articleCache && { articles: input.articleCache }) };
  const reused: string[] = [];
  let rendered = 0;
  // What every page depends on, serialized once; each page adds its own inputs.
  const { keySeparator, nsSeparator, pluralSeparator, contextSeparator, fallbacks, sourceLocale } = config;
  const everyPage = JSON.stringify([TEMPLATE_VERSION, base, locales, input.year, namespace, [keySeparator, nsSeparator, pluralSeparator, contextSeparator], fallbacks, sourceLocale]);
  const previous = input.previous?.version === TEMPLATE_VERSION ? input.previous : undefined;
  const site = siteDigest(everyPage, locales.map((locale) => bundleHash.get(locale)), input.articles);
  manifest.site = site;
  // The same plan as the previous build: a page whose article file is unchanged is not even hashed.
  const samePlan = previous?.site === site;
  // The same digest means the same UI bundles: the template keys warn as they did last time.
  const replayed = samePlan ? previous?.warnings : undefined;
  if (!replayed) for (const t of translators.values()) checkTemplateKeys(t);
  const keep = (path: string, digest: string): void => {
    manifest.pages[path] = digest;
    reused.push(path);
  };
  /** Records a page's input hash; true when the previous output already has this exact page. */
  const unchanged = (path: string, inputs: string): boolean => {
    const digest = sha256(`${everyPage}\n${path}\n${inputs}`);
    if (previous?.pages[path] === digest) {
      keep(path, digest);
      return true;
    }
    manifest.pages[path] = digest;
    rendered++;
    return false;
  };
  const total = plan.pages.length;
  const linkInput = linkInputs();
  plan.pages.forEach((page, done) => {
    const t = translators.get(page.locale) as Translator;
    const known = samePlan ? previous?.pages[page.path] : undefined;
    if (known !== undefined && previous?.articles?.[page.article.file]?.article.hash === page.article.hash) keep(page.path, known);
    else if (!unchanged(page.path, pageInputs(page, bundleHash.get(page.locale), linkInput))) {
      if (last?.file !== page.article.file) last = { file: page.article.file, body: markdownToHast(page.article.body) };
      const tree = articlePageFor(page, t, last.body, { url, locales, sourceLocale: config.sourceLocale, year: input.year });
      files.set(page.path, toHtml(tree));
    }
    input.onProgress?.(done + 1, total);
  });
  for (const locale of locales) {
    const t = translators.get(locale) as Translator;
    const links = plan.indexes.get(locale) ?? [];
    const path = `${locale}/index.html`;
    // An index shows the locale's UI bundle and links, both in the site digest.
    const known = samePlan ? previous?.pages[path] : undefined;
    if (known !== undefined) {
      keep(path, known);
      continue;
    }
    if (unchanged(path, `${bundleHash.get(locale)}\n${links.map(linkInput).join('\n')}`)) continue;
    const index = localeIndexPage({ t, canonical: url(locale), switcher: editions('../'), editions: editions('../'), xDefault: url(rootLocale), year: input.year }, links);
    files.set(`${locale}/index.html`, toHtml(index));
  }
  const pagesUnchanged = reused.length;
  // The root index and the sitemap follow from the site digest alone: it is their input hash.
  const siteWide: [string, () => string][] = [
    ['index.html', () => toHtml(rootIndexPage({ t: translators.get(rootLocale) as Translator, canonical: base, switcher: [], editions: editions(''), year: input.year }))],
    [SITEMAP_PATH, () => renderSitemap(plan.pages, locales, config.sourceLocale, url)],
  ];
  for (const [path, render] of siteWide) {
    if (previous?.pages[path] === site) keep(path, site);
    else {
      manifest.pages[path] = site;
      files.set(path, render());
    }
  }
  files.set(SITE_CSS_PATH, SITE_CSS);
  files.set(FAVICON_PATH, FAVICON_SVG);
  const warnings = [...new Map([...(replayed ?? []), ...[...translators.values()].flatMap((t) => t.warnings())].map((w) => [`${w.file}\0${w.message}`, w])).values()];
  manifest.warnings = warnings;
  manifest.files = [...files.keys()].filter((path) => !Object.hasOwn(manifest.pages, path)).sort();
  return { files, reused, unchanged: pagesUnchanged, rendered, manifest, warnings, pages: plan.pages.length + locales.length + 1 };
}
