import { localeProblem } from '../locale/locale-tag.js';
import { LineIndex } from '../text/line-index.js';
import { loadBundles } from '../project/load-bundles.js';
import { bundlePathOf, bundlePatterns, buildNamespaceOf, describePatterns, heldNamespaces } from '../project/bundle-pattern.js';
import { parseSource } from '../project/parse-source.js';
import type { Config } from '../config/schema.js';
import { readArticles, type ArticleCache } from '../content/read-articles.js';
import { atFileStart, type Diagnostic } from '../diagnostics/diagnostic.js';
import { nestingBombs, type NestingBundle } from '../bundles/nesting-bombs.js';
import type { SiteInput } from './render-site.js';
import type { BundleData } from './runtime-bundles.js';

/** What the build read from disk, and the errors that stop it (a broken bundle or article). */
export interface LoadedSite {
  bundles: SiteInput['bundles'];
  articleCache: ArticleCache;
  bundleLocales: string[];
  articles: SiteInput['articles'];
  errors: Diagnostic[];
  warnings: Diagnostic[];
}

function fatal(file: string, text: string, offset: number, message: string): Diagnostic {
  const { line, column } = new LineIndex(text).position(offset);
  return { file, line, column, endLine: line, endColumn: column, severity: 'error', ruleId: 'json-syntax', source: 'build', message };
}

/** Reads every bundle and article of a project; problems come back as diagnostics with positions. */
export function loadSiteInput(root: string, config: Config, articleCache?: ArticleCache): LoadedSite {
  const set = loadBundles(root, config);
  const bundles = new Map<string, Map<string, BundleData>>();
  const errors: Diagnostic[] = [];
  const nesting: NestingBundle[] = [];
  for (const source of set.sources) {
    // The page renderer and the runtime bundles recurse per level: refuse what check refuses.
    const parsed = parseSource(source, config, 'all');
    if (!parsed.ok) {
      errors.push(fatal(source.file, parsed.text, parsed.offset, parsed.message));
      continue;
    }
    const { nestings } = parsed.properties;
    if (nestings.length > 0)
      nesting.push({ file: source.file, locale: source.locale, namespace: source.namespace, text: parsed.text, nestings });
    const byNs = bundles.get(source.locale) ?? new Map<string, BundleData>();
    byNs.set(source.namespace, parsed.data);
    bundles.set(source.locale, byNs);
  }
  errors.push(...nestingBombs(nesting, config));
  const namespace = buildNamespaceOf(config);
  if (!set.sources.some((source) => source.namespace === namespace)) {
    const file = bundlePathOf(
      config,
      config.sourceLocale,
      namespace,
      set.sources.map((source) => source.file),
    );
    const fix =
      file === undefined
        ? `the bundle patterns (${describePatterns(config)}) hold only ${heldNamespaces(config)}: set build.namespace to ${heldNamespaces(config, 'one of')}`
        : `create ${file}, or set build.namespace to the namespace that holds the interface strings`;
    errors.push(
      atFileStart(file ?? bundlePatterns(config)[0]?.prefix ?? '.', {
        severity: 'error',
        ruleId: 'build-namespace',
        source: 'build',
        message: `no locale has a bundle of the build namespace "${namespace}": every page would be built without its interface text; ${fix}`,
      }),
    );
  }
  const contentLocales = [...new Set([...set.locales, config.sourceLocale, ...Object.values(config.fallbacks).flat()])];
  const read = readArticles(root, config, contentLocales, articleCache);
  errors.push(...read.diagnostics.filter((d) => d.severity === 'error'));
  const localeProblems = localeFolderProblems(set.sources, config.lowerCaseLng);
  errors.push(...localeProblems.filter((d) => d.severity === 'error'));
  const warnings = [...localeProblems.filter((d) => d.severity !== 'error'), ...read.diagnostics.filter((d) => d.severity !== 'error')];
  return { bundles, articleCache: read.cache, bundleLocales: set.locales, articles: read.articles, errors, warnings };
}

/**
 * One diagnostic per locale folder whose name is a problem (see localeProblem), at its first file:
 * an error for one that is not a language tag (`español`, `sitemap.xml`), with check's
 * locale-code message, since a page must declare its language and `dist/sitemap.xml/` must not
 * be a folder; a warning for one not named as i18next writes its code (es-ar for es-AR; es-AR for
 * es-ar under the config's lowerCaseLng), since
 * the pages are built from it but an i18next app asking for es-AR never reads it.
 */
function localeFolderProblems(
  sources: readonly { file: string; locale: string; namespace: string }[],
  lowerCaseLng: boolean,
): Diagnostic[] {
  const seen = new Set<string>();
  const found: Diagnostic[] = [];
  for (const { file, locale, namespace } of sources) {
    if (seen.has(locale)) continue;
    seen.add(locale);
    const problem = localeProblem(locale, lowerCaseLng);
    if (!problem) continue;
    const severity = problem.kind === 'not-a-tag' ? 'error' : 'warning';
    const message =
      problem.kind === 'not-a-tag'
        ? problem.message
        : `i18next looks locale "${locale}" up as "${problem.code}": the pages are built from this folder, but an i18next app asking for ${problem.code} never reads it; rename the folder to ${problem.code} (l10n check reports it as locale-code)`;
    found.push(
      atFileStart(file, {
        severity,
        ruleId: 'locale-code',
        source: 'build',
        message,
        locale,
        namespace,
      }),
    );
  }
  return found;
}
