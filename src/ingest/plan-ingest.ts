import type { Config } from '../config/schema.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { AnalysedPage } from './analyse-page.js';
import { buildArticle, pageHash } from './build-article.js';
import { DEFAULT_SYNTAX, rewriteVariables } from '../bundles/interpolation-syntax.js';
import { bundleStrings, planBundleAdditions, type BundleAdditions } from './bundle-additions.js';
import { reportSegments, type IngestReport } from './ingest-report.js';
import { planUiKeys } from './ui-keys.js';
import type { IngestWrite } from './write-ingest.js';

/** Analysed pages with the slugs chosen for them, and the bundle they add to. */
export interface IngestPlanInput {
  pages: ReadonlyArray<{ analysed: AnalysedPage; slug: string }>;
  config: Config;
  namespace: string;
  bundleFile: string;
  bundleText: string | undefined;
}

/** Everything one ingest run would do: reports, the article files, the bundle edit and its conflicts. */
export interface IngestPlan {
  reports: IngestReport[];
  /** Per report, per segment: why it got its role (text report only). */
  reasons: string[][];
  articles: IngestWrite[];
  bundle: BundleAdditions;
  conflicts: Diagnostic[];
}

/**
 * Plans the run without touching disk: each page's UI strings and the templates of its update
 * and credit lines get keys (reusing keys that hold the same string) and are added to the bundle text one page after the other, and each page
 * gets its article file. Pure: the same input gives the same files, byte for byte.
 */
export function planIngest(input: IngestPlanInput): IngestPlan {
  const { config } = input;
  const inDefault = (value: string): string => rewriteVariables(value, config.interpolation, DEFAULT_SYNTAX);
  const inProject = (value: string): string => rewriteVariables(value, DEFAULT_SYNTAX, config.interpolation);
  let text = input.bundleText;
  const reports: IngestReport[] = [];
  const reasons: string[][] = [];
  const articles: IngestWrite[] = [];
  const added: string[] = [];
  const conflicts: Diagnostic[] = [];
  for (const { analysed, slug } of input.pages) {
    const file = `${config.contentDir}/${config.ingest.articleLocale}/${slug}.md`;
    const strings = [
      ...analysed.segments
        .filter((segment) => segment.role === 'ui')
        .map(({ text: segmentText, section }) => ({ text: segmentText, section })),
      ...analysed.templates,
    ];
    // Keys are planned in i18next's default syntax, which ingest writes its templates in, and
    // their values written in the project's.
    const existing = [...(bundleStrings(text, config.keySeparator) ?? [])].map(([key, value]) => [key, inDefault(value)] as const);
    const entries = planUiKeys(strings, {
      locale: config.ingest.locale,
      known: config.ingest.keys,
      existing: new Map(existing),
      pluralSeparator: config.pluralSeparator,
      keySeparator: config.keySeparator,
    }).map((entry) => ({ ...entry, values: entry.values.map(([key, value]) => [key, inProject(value)] as [string, string]) }));
    const additions = planBundleAdditions(input.bundleFile, text, entries, config.keySeparator);
    text = additions.after;
    added.push(...additions.added);
    conflicts.push(...additions.conflicts);
    const { facts } = analysed;
    articles.push({
      path: file,
      text: buildArticle(
        {
          title: analysed.title,
          slug,
          lang: config.ingest.articleLocale,
          ...facts,
          sourcePage: analysed.page.path,
          sourcePageHash: pageHash(analysed.page.raw),
        },
        analysed.segments,
      ),
    });
    const keys = new Map(entries.map((entry) => [entry.text, entry.key]));
    reports.push({
      version: 1,
      page: analysed.page.path,
      title: analysed.title,
      slug,
      segments: reportSegments(analysed.segments, file, input.bundleFile, keys, analysed.factSources),
    });
    reasons.push(analysed.segments.map((segment) => segment.reason));
  }
  const bundle = { file: input.bundleFile, before: input.bundleText, after: text ?? input.bundleText ?? '', added, conflicts };
  return { reports, reasons, articles, bundle, conflicts };
}
