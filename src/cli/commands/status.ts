import { dirname, relative, resolve, sep } from 'node:path';
import { InvalidArgumentError, Option, type Command } from 'commander';
import { DEFAULT_LIST_LIMIT, formatStatusHtml } from '../../status/format-status-html.js';
import { formatStatusMarkdown } from '../../status/format-status-markdown.js';
import { selectLocales } from '../../status/select-locales.js';
import { assertKnownLocales } from '../../locale/unknown-locales.js';
import { formatStatusJson, formatStatusText } from '../../status/format-status-text.js';
import { loadStatus } from '../../status/load-status.js';
import { readArticles } from '../../content/read-articles.js';
import { contentLocales, layoutProject } from '../../project/load-bundle-project.js';
import { discoverBundles } from '../../project/load-bundles.js';
import { brokenBundles, reportBroken } from '../broken-inputs.js';
import { assertSomeBundle, assertSourceBundles } from '../require-bundles.js';
import { loadProjectConfig, type ProjectOptions, withProjectOptions } from '../load-project-config.js';
import { writeOutput } from '../write-text-output.js';
import { collect, parseCount } from '../option-values.js';

interface StatusOptions extends ProjectOptions {
  format: 'text' | 'json' | 'html' | 'markdown';
  output?: string;
  locale?: string[];
  linkBase?: string;
  listLimit: number;
}

/** Only web links: the page is opened in a browser, where a `javascript:` base would run. */
function parseLinkBase(value: string): string {
  const url = URL.canParse(value) ? new URL(value) : undefined;
  if (url?.protocol !== 'https:' && url?.protocol !== 'http:')
    throw new InvalidArgumentError('expected an http(s) URL, such as https://github.com/owner/repo/blob/main/');
  return value;
}

/** `l10n status`: what is translated and what is left, per locale and namespace, and per locale for articles. */
export function registerStatus(program: Command): void {
  withProjectOptions(
    program
      .command('status')
      .description(
        'count translated, missing, empty, fallback, untranslated and stale entries per locale and namespace, and articles per locale',
      ),
  )
    .addOption(new Option('--format <format>', 'report format').choices(['text', 'json', 'html', 'markdown']).default('text'))
    .option('--output <file>', 'write the report to a file instead of standard output')
    .option('--locale <lng>', 'report only on this locale, sums included (repeatable)', collect)
    .option(
      '--link-base <url>',
      'html: link files under this URL (a repository blob URL such as https://github.com/o/r/blob/main/) instead of relative to the page',
      parseLinkBase,
    )
    .option('--list-limit <n>', 'html: entries listed per locale and namespace before "and N more"', parseCount, DEFAULT_LIST_LIMIT)
    .addHelpText(
      'after',
      '\nStates: translated; missing (nothing of the language supplies it); empty; fallback (resolved through a\nlocale of the same language, es-AR through es); untranslated (identical to the source, as the untranslated\nrule sees it); stale (its source text changed since `l10n mark-translated`). Complete = translated + fallback.\nhtml: an overview of every locale, a locale x namespace map, then per locale what is left (the first\n--list-limit entries per namespace, each linked to its file and line). markdown: the overview, for pull request\ncomments and step summaries. With --locale every format, its sums included, counts only the locales named.\nA bundle or article that cannot be read is left out of the counts and reported at file:line:col.\nExit status: 0 done, 1 a bundle or article cannot be read, 2 usage or config error.',
    )
    .action(async (options: StatusOptions) => {
      const { root, config, file: configFile } = await loadProjectConfig(options);
      const layout = discoverBundles(root, config);
      assertSourceBundles(config, layout);
      const found = layoutProject(root, config, layout);
      const locales = contentLocales(root, config, found.locales);
      const articles = readArticles(root, config, locales);
      // An articles-only project has a status too: its article lines, and no bundle row.
      const project = articles.articles.length > 0 ? found : assertSomeBundle(found, root);
      assertKnownLocales(options.locale, locales, '--locale: ');
      const status = selectLocales(loadStatus(root, config, project, articles, options.locale), options.locale);
      // Links are relative to the page's folder: the output file's, or the working folder a redirect writes to.
      const pageFolder = options.output ? dirname(resolve(options.output)) : process.cwd();
      const text =
        options.format === 'html'
          ? formatStatusHtml(status, {
              limit: options.listLimit,
              linkBase: options.linkBase,
              pageToRoot: relative(pageFolder, root).split(sep).join('/'),
            })
          : options.format === 'markdown'
            ? formatStatusMarkdown(status)
            : options.format === 'json'
              ? formatStatusJson(status)
              : formatStatusText(status);
      writeOutput(text, options.output, { root, config, configFile });
      reportBroken([...brokenBundles(project), ...articles.diagnostics.filter((d) => d.severity === 'error')]);
    });
}
