import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { Config } from '../config/schema.js';
import { slugProblem } from '../content/slug.js';
import { atFileStart, type Diagnostic } from '../diagnostics/diagnostic.js';
import { analysePage, rawSegments, repeatedTexts, type AnalysedPage, type PageSource } from './analyse-page.js';
import { pageHash, slugFromTitle } from './build-article.js';
import type { IngestReport } from './ingest-report.js';
import { loadLanguageDetector } from './load-language-detector.js';
import { planIngest } from './plan-ingest.js';
import { readIngestedArticles } from './read-ingested-articles.js';
import { readPage } from './read-page.js';
import { isWithin, outsideLinkReason, outsideRoot } from '../files/real-location.js';
import { IngestProblem } from './segment.js';
import { bundleStrings, planValueAdditions } from './bundle-additions.js';
import { type BundleLayout, bundleFileOf, discoverBundles } from '../project/load-bundles.js';
import { buildNamespaceOf } from '../project/bundle-pattern.js';
import { writeIngestFiles, type IngestWrite } from './write-ingest.js';

/** How to ingest: a slug for a single page, another namespace, or a dry run that writes nothing. */
export interface IngestOptions {
  slug?: string;
  namespace?: string;
  dryRun?: boolean;
}

/** The outcome of a run: a report per ingested page, the pages refused and why, what was (or would be) written. */
export interface IngestResult {
  reports: IngestReport[];
  reasons: string[][];
  problems: Array<{ page: string; message: string }>;
  conflicts: Diagnostic[];
  /** Project-relative files whose bytes change (written unless dryRun). */
  changed: string[];
  added: string[];
  /** The other locales' bundles that got the added keys, with the page's text until translated. */
  copied: Array<{ file: string; keys: string[] }>;
}

const NAMESPACE = /^[A-Za-z0-9_-]+(?:\/[A-Za-z0-9_-]+)*$/;
const SOURCE_PAGE = /\.(txt|html?|xhtml)$/i;
const posix = (path: string): string => path.split(sep).join('/');
const readIfExists = (path: string): string | undefined => (existsSync(path) ? readFileSync(path, 'utf8') : undefined);

/** The page's name in reports and front matter: relative to the root when inside it. */
function displayPath(root: string, absolute: string): string {
  const inside = relative(root, absolute);
  return inside.startsWith('..') || isAbsolute(inside) ? posix(absolute) : posix(inside);
}

function chooseSlug(analysed: AnalysedPage, options: IngestOptions, previous: string | undefined): string {
  if (options.slug !== undefined) return options.slug;
  return previous ?? slugFromTitle(analysed.title);
}

/**
 * Ingests pages into the project: reads them (paths relative to `root` or absolute), splits and
 * classifies them, writes `content/<articleLocale>/<slug>.md` and adds the UI strings to the
 * locale's bundle of the namespace (where the config's `bundles` patterns put it), atomically and only where bytes change. A page that
 * cannot be ingested is listed in `problems` and writes nothing; the others still go through.
 */
export async function ingestPages(
  root: string,
  config: Config,
  pages: readonly string[],
  options: IngestOptions = {},
): Promise<IngestResult> {
  const namespace = options.namespace ?? config.ingest.namespace ?? buildNamespaceOf(config);
  const result: IngestResult = { reports: [], reasons: [], problems: [], conflicts: [], changed: [], added: [], copied: [] };
  if (!NAMESPACE.test(namespace))
    return {
      ...result,
      problems: [{ page: '--namespace', message: `"${namespace}" is not a namespace name (letters, digits, - and _, folders with /)` }],
    };
  // Its UI strings are i18next messages ({{count}}, key_one): an ICU project's app would show them as written.
  if (config.messageFormat === 'icu')
    return {
      ...result,
      problems: [
        {
          page: 'messageFormat',
          message:
            'ingest writes i18next messages ({{count}}, plural keys such as comments_one), which i18next-icu shows as written; it does not write ICU messages yet',
        },
      ],
    };
  const slugIssue = options.slug === undefined ? undefined : slugProblem(options.slug);
  if (slugIssue) return { ...result, problems: [{ page: '--slug', message: `"${options.slug}" is not a slug: ${slugIssue}` }] };
  if (options.slug !== undefined && pages.length !== 1)
    return { ...result, problems: [{ page: '--slug', message: '--slug names one article: give exactly one page' }] };
  const sources: PageSource[] = [];
  for (const page of pages) {
    const absolute = resolve(root, page);
    const display = displayPath(root, absolute);
    // A page the user names outside the project is theirs to choose; one inside it that links out is refused.
    const outside = config.outsideLinks !== 'read' && isWithin(resolve(root), absolute) ? outsideRoot(root, absolute) : undefined;
    if (outside !== undefined) {
      result.problems.push({ page: display, message: outsideLinkReason(outside) });
      continue;
    }
    try {
      sources.push(readPage(absolute, display));
    } catch (error) {
      if (!(error instanceof IngestProblem)) throw error;
      result.problems.push({ page: display, message: error.message });
    }
  }
  const detect = await loadLanguageDetector();
  const repeated = sources.length > 1 ? repeatedTexts(sources.map((source) => rawSegments(source).segments)) : new Set<string>();
  const layout = discoverBundles(root, config);
  const bundleFile = bundleFileOf(layout, config, config.ingest.locale, namespace);
  const bundleText = readIfExists(join(root, bundleFile));
  const bundleValues = bundleStrings(bundleText, config.keySeparator);
  if (bundleValues === undefined) {
    result.problems.push({
      page: bundleFile,
      message: 'is not a valid JSON object: fix it first (l10n check shows where), nothing was ingested',
    });
    return result;
  }
  // The strings the site already has decide short lines whose language alone cannot.
  const site = { repeated, known: new Set([...bundleValues.values(), ...Object.keys(config.ingest.keys)]) };
  const articleFolder = `${config.contentDir}/${config.ingest.articleLocale}`;
  const previous = readIngestedArticles(root, articleFolder);
  const chosen: Array<{ analysed: AnalysedPage; slug: string }> = [];
  for (const source of sources) {
    try {
      const analysed = analysePage(source, detect, site);
      const slug = chooseSlug(analysed, options, previous.get(source.path)?.slug);
      if (chosen.some((page) => page.slug === slug))
        throw new IngestProblem(
          `its slug "${slug}" is already taken by ${chosen.find((page) => page.slug === slug)!.analysed.page.path} in this run`,
        );
      const file = `${articleFolder}/${slug}.md`;
      const [owner, ownArticle] = [...previous].find(([, article]) => article.file === file) ?? [];
      // The same bytes read from another path are the same page: it keeps the path it was ingested from.
      const samePage = owner !== undefined && ownArticle?.sourcePageHash === pageHash(source.raw);
      if (existsSync(join(root, file)) && owner !== source.path && !samePage) {
        throw new IngestProblem(
          `${file} already exists and was not ingested from this page${owner ? ` (it comes from ${owner})` : ''}: choose another --slug`,
        );
      }
      chosen.push({
        analysed: samePage && owner !== source.path ? { ...analysed, page: { ...analysed.page, path: owner } } : analysed,
        slug,
      });
    } catch (error) {
      if (!(error instanceof IngestProblem)) throw error;
      result.problems.push({ page: source.path, message: error.message });
    }
  }
  const plan = planIngest({ pages: chosen, config, namespace, bundleFile, bundleText });
  const writes: IngestWrite[] = plan.articles
    .map((article) => ({ ...article, before: readIfExists(join(root, article.path)) ?? null }))
    .filter((article) => article.before !== article.text);
  if (plan.bundle.added.length > 0) writes.push({ path: bundleFile, text: plan.bundle.after, before: bundleText ?? null });
  const copies = copyToOtherLocales(
    root,
    config,
    layout,
    namespace,
    plan.bundle.added,
    bundleStrings(plan.bundle.after, config.keySeparator) ?? new Map(),
  );
  writes.push(...copies.writes);
  if (!options.dryRun) writeIngestFiles(root, writes);
  return {
    ...result,
    reports: plan.reports,
    reasons: plan.reasons,
    conflicts: [...plan.conflicts, ...copies.conflicts],
    changed: writes.map((write) => write.path),
    added: plan.bundle.added,
    copied: copies.copied,
  };
}

/**
 * The same keys in every locale: each other locale's bundle of the namespace gets the keys ingest
 * added that it lacks, with the page's text (as sync does), so no locale misses them and the
 * untranslated rule lists them until they are translated. Values a bundle has stay as they are;
 * a bundle that is not valid JSON is left as it is and named as a conflict.
 */
function copyToOtherLocales(
  root: string,
  config: Config,
  layout: BundleLayout,
  namespace: string,
  added: readonly string[],
  values: ReadonlyMap<string, string>,
): Pick<IngestResult, 'copied' | 'conflicts'> & { writes: IngestWrite[] } {
  const out: Pick<IngestResult, 'copied' | 'conflicts'> & { writes: IngestWrite[] } = { copied: [], conflicts: [], writes: [] };
  if (added.length === 0) return out;
  for (const locale of layout.locales) {
    if (locale === config.ingest.locale) continue;
    const file = bundleFileOf(layout, config, locale, namespace);
    const text = readIfExists(join(root, file));
    const existing = bundleStrings(text, config.keySeparator);
    if (!existing) {
      // The page itself went in: a broken bundle elsewhere is a conflict to fix (check shows where), not a refused page.
      out.conflicts.push(
        atFileStart(file, {
          severity: 'warning',
          ruleId: 'ingest-conflict',
          source: 'ingest',
          message: `not a valid JSON object: the ${added.length} new key(s) were not added to it (fix it, then l10n sync adds them)`,
        }),
      );
      continue;
    }
    const missing = added.filter((key) => !existing.has(key)).map((key) => [key, values.get(key) ?? ''] as const);
    const copy = planValueAdditions(file, text, missing, config.keySeparator);
    if (copy.added.length === 0) continue;
    out.writes.push({ path: file, text: copy.after, before: text ?? null });
    out.copied.push({ file, keys: copy.added });
  }
  return out;
}

/**
 * The source pages under `<contentDir>/sources/` whose article is missing or was ingested from
 * another version of the page. `l10n start` runs `ingestPages(root, config, needsIngest(root, config))`
 * when this is not empty, so a fresh clone reproduces the articles and the es-AR strings.
 */
export function needsIngest(root: string, config: Config): string[] {
  const folder = `${config.contentDir}/sources`;
  if (!existsSync(join(root, folder))) return [];
  const articles = readIngestedArticles(root, `${config.contentDir}/${config.ingest.articleLocale}`);
  return readdirSync(join(root, folder))
    .filter((name) => SOURCE_PAGE.test(name))
    .sort()
    .map((name) => `${folder}/${name}`)
    .filter((page) => {
      const article = articles.get(page);
      return (
        article === undefined ||
        !existsSync(join(root, article.file)) ||
        article.sourcePageHash !== pageHash(readFileSync(join(root, page), 'utf8'))
      );
    });
}
