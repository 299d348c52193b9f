import type { Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { articleFormat } from '../content/article-format.js';
import { articlePageFor } from './article-page.js';
import { localeIndexPage } from './index-pages.js';
import { markdownToHast } from './markdown.js';
import { pageInputs } from './page-inputs.js';
import type { PageLedger } from './page-ledger.js';
import type { LocaleTarget } from './page-shell.js';
import type { PageLink, SitePlan } from './plan-site.js';
import type { BuildManifest, SiteInput } from './render-site.js';
import type { Translator } from './translator.js';

/** What the page renderers of one build share. */
export interface PageRun {
  input: SiteInput;
  url: (locale: string, slug?: string) => string;
  translators: ReadonlyMap<string, Translator>;
  /** The hash of each locale's runtime UI bundle, part of every page's inputs. */
  bundleHash: ReadonlyMap<string, string>;
  ledger: PageLedger;
  /** A page link's part of a page's inputs, each link serialized once for the whole build. */
  linkInput: (link: PageLink) => string;
  files: Map<string, string>;
  /** The previous input hash of a page, when the site digest is the previous build's (the same plan). */
  known(path: string): string | undefined;
  previous: BuildManifest | undefined;
}

/** The article pages: a page whose article file and inputs are unchanged is kept, any other rendered. */
export function renderArticlePages(pages: readonly SitePlan['pages'][number][], run: PageRun): void {
  const { input, ledger, previous } = run;
  // Pages come slug by slug: keep only the last body, reused by the locales that show it.
  let last: { file: string; body: Root } | undefined;
  pages.forEach((page, done) => {
    const t = run.translators.get(page.locale) as Translator;
    // The same plan as the previous build: a page whose article file is unchanged is not even hashed.
    const known = run.known(page.path);
    if (known !== undefined && previous?.articles?.[page.article.file]?.article.hash === page.article.hash) ledger.keep(page.path, known);
    else if (!ledger.unchanged(page.path, pageInputs(page, run.bundleHash.get(page.locale), run.linkInput))) {
      if (last?.file !== page.article.file)
        last = { file: page.article.file, body: markdownToHast(page.article.body, articleFormat(page.article.file)) };
      const tree = articlePageFor(page, t, last.body, {
        url: run.url,
        locales: input.locales,
        sourceLocale: input.config.sourceLocale,
        year: input.year,
      });
      run.files.set(page.path, toHtml(tree));
    }
    input.onProgress?.(done + 1, pages.length);
  });
}

/** Each locale's index page; an index shows the locale's UI bundle and links, both in the site digest. */
export function renderIndexPages(
  indexes: SitePlan['indexes'],
  run: PageRun,
  editions: (up: string) => LocaleTarget[],
  rootLocale: string,
): void {
  const { input, ledger, url } = run;
  for (const locale of input.locales) {
    const t = run.translators.get(locale) as Translator;
    const links = indexes.get(locale) ?? [];
    const path = `${locale}/index.html`;
    const known = run.known(path);
    if (known !== undefined) {
      ledger.keep(path, known);
      continue;
    }
    if (ledger.unchanged(path, `${run.bundleHash.get(locale)}\n${links.map(run.linkInput).join('\n')}`)) continue;
    const index = localeIndexPage(
      { t, canonical: url(locale), switcher: editions('../'), editions: editions('../'), xDefault: url(rootLocale), year: input.year },
      links,
    );
    run.files.set(`${locale}/index.html`, toHtml(index));
  }
}
