import { buildNamespaceOf } from '../project/bundle-pattern.js';
import { toHtml } from 'hast-util-to-html';
import type { Config } from '../config/schema.js';
import type { Article } from '../content/article.js';
import type { ArticleCache } from '../content/read-articles.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { rootIndexPage } from './index-pages.js';
import { linkInputs, siteDigest } from './page-inputs.js';
import { PageLedger } from './page-ledger.js';
import type { LocaleTarget } from './page-shell.js';
import { planSite } from './plan-site.js';
import { type PageRun, renderArticlePages, renderIndexPages } from './render-pages.js';
import type { BundleData } from './runtime-bundles.js';
import { FAVICON_PATH, FAVICON_SVG, SITE_CSS, SITE_CSS_PATH } from './site-css.js';
import { renderSitemap } from './sitemap.js';
import { checkTemplateKeys } from './check-template-keys.js';
import type { Translator, TranslatorConfig } from './translator.js';
import { localeRuntimes } from './locale-runtimes.js';
import { outdatedTranslations, outdatedWarnings } from './outdated-translations.js';
import { articleDir } from './page-path.js';
import { REPORT_PATH, renderSiteReport } from './site-report.js';
import { SHARD_RECORD, shardInputs, shardOf, type Shard, type ShardRecord } from './shards.js';

/** Bump when templates change, so cached pages from an older build are rendered again. */
export const TEMPLATE_VERSION = 4;

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
  config: TranslatorConfig &
    Pick<Config, 'fallbacks' | 'sourceLocale' | 'load'> &
    Partial<Pick<Config, 'lowerCaseLng'>> & { build: Pick<Config['build'], 'namespace' | 'fallbackPages' | 'report'> };
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
  /** Render only this shard's article pages (and every site-wide file), with a record for `l10n merge`. */
  shard?: Shard;
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

/** The warnings of the templates' keys, replayed or found now, each once. */
function templateWarnings(replayed: readonly Diagnostic[] | undefined, translators: ReadonlyMap<string, Translator>): Diagnostic[] {
  return [
    ...new Map(
      [...(replayed ?? []), ...[...translators.values()].flatMap((t) => t.warnings())].map((w) => [`${w.file}\0${w.message}`, w]),
    ).values(),
  ];
}

/** The settings that decide how a page's UI strings are read (separators, fallbacks), for the build's digests. */
function stringSettings(config: SiteInput['config']): unknown[] {
  const { keySeparator, nsSeparator, separatorsGiven, pluralSeparator, contextSeparator, returnEmptyString } = config;
  return [
    [keySeparator, nsSeparator, separatorsGiven === true, pluralSeparator, contextSeparator, returnEmptyString],
    config.fallbacks,
    config.load,
    config.sourceLocale,
    // Only where set, so that every other site keeps the digests of its previous build.
    ...(config.lowerCaseLng === true ? ['lowerCaseLng'] : []),
  ];
}

/** The record of a shard build: its inputs and every file of its output, for `l10n merge`. */
function shardRecord(shard: Shard, input: SiteInput, files: ReadonlyMap<string, string>, manifest: BuildManifest): string {
  const { build } = input.config;
  const settings = [build.namespace, build.fallbackPages, build.report, ...stringSettings(input.config)];
  const record: ShardRecord = {
    version: 1,
    shard: shard.index,
    count: shard.count,
    inputs: shardInputs({
      templateVersion: TEMPLATE_VERSION,
      baseUrl: input.baseUrl,
      locales: input.locales,
      year: input.year,
      settings: JSON.stringify(settings),
      siteFiles: files,
      articles: input.articles,
    }),
    files: [...new Set([...Object.keys(manifest.pages), ...files.keys()])].sort(),
  };
  return `${JSON.stringify(record, null, 2)}\n`;
}

/** Renders the whole site from data: the pure core of `l10n build`. */
export function renderSite(input: SiteInput): RenderedSite {
  const { config, locales } = input;
  const base = input.baseUrl.endsWith('/') ? input.baseUrl : `${input.baseUrl}/`;
  const url = (locale: string, slug?: string): string => `${base}${slug ? articleDir(locale, slug) : `${locale}/`}`;
  const files = new Map<string, string>();
  const { translators, bundleHash } = localeRuntimes(input, files);
  const outdated = outdatedTranslations(input.articles, config.sourceLocale);
  const fallbackPages = config.build.fallbackPages;
  const plan = planSite(input.articles, locales, { config, fallbackPages, outdated });
  const editions = (up: string): LocaleTarget[] => locales.map((locale) => ({ locale, href: `${up}${locale}/`, url: url(locale) }));
  const rootLocale = locales.includes(config.sourceLocale) ? config.sourceLocale : (locales[0] as string);
  const manifest: BuildManifest = {
    version: TEMPLATE_VERSION,
    pages: {},
    files: [],
    ...(input.articleCache && { articles: input.articleCache }),
  };
  // What every page depends on, serialized once; each page adds its own inputs.

  const everyPage = JSON.stringify([
    TEMPLATE_VERSION,
    base,
    locales,
    input.year,
    buildNamespaceOf(config),
    ...stringSettings(config),
    fallbackPages,
    config.build.report,
  ]);
  const previous = input.previous?.version === TEMPLATE_VERSION ? input.previous : undefined;
  const site = siteDigest(
    everyPage,
    locales.map((locale) => bundleHash.get(locale)),
    input.articles,
    [...outdated.keys()],
  );
  manifest.site = site;
  const samePlan = previous?.site === site;
  // The same digest means the same UI bundles: the template keys warn as they did last time.
  const replayed = samePlan ? previous?.warnings : undefined;
  if (!replayed) for (const t of translators.values()) checkTemplateKeys(t);
  const ledger = new PageLedger(manifest, everyPage, previous);
  const run: PageRun = {
    input,
    url,
    translators,
    bundleHash,
    ledger,
    linkInput: linkInputs(),
    files,
    known: (path) => (samePlan ? previous?.pages[path] : undefined),
    previous,
  };
  const shard = input.shard;
  renderArticlePages(shard ? plan.pages.filter((page) => shardOf(page.path, shard.count) === shard.index) : plan.pages, run);
  renderIndexPages(plan.indexes, run, editions, rootLocale);
  const pagesUnchanged = ledger.reused.length;
  // The root index and the sitemap follow from the site digest alone: it is their input hash.
  ledger.siteWide(
    'index.html',
    site,
    () =>
      toHtml(
        rootIndexPage({
          t: translators.get(rootLocale) as Translator,
          canonical: base,
          switcher: [],
          editions: editions(''),
          year: input.year,
        }),
      ),
    files,
  );
  ledger.siteWide(SITEMAP_PATH, site, () => renderSitemap(plan.pages, locales, config.sourceLocale, url), files);
  if (config.build.report) ledger.siteWide(REPORT_PATH, site, () => renderSiteReport(plan.pages, locales, config.sourceLocale), files);
  files.set(SITE_CSS_PATH, SITE_CSS);
  files.set(FAVICON_PATH, FAVICON_SVG);
  const warnings = templateWarnings(replayed, translators);
  manifest.warnings = warnings;
  if (shard) files.set(SHARD_RECORD, shardRecord(shard, input, files, manifest));
  manifest.files = [...files.keys()].filter((path) => !Object.hasOwn(manifest.pages, path)).sort();
  return {
    files,
    reused: ledger.reused,
    unchanged: pagesUnchanged,
    rendered: ledger.rendered,
    manifest,
    warnings: [...warnings, ...outdatedWarnings(outdated)],
    pages: plan.pages.length + locales.length + 1,
  };
}
