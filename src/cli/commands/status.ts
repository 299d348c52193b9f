import { Option, type Command } from 'commander';
import { formatStatusHtml } from '../../status/format-status-html.js';
import { formatStatusJson, formatStatusText } from '../../status/format-status-text.js';
import { loadStatus } from '../../status/load-status.js';
import { readArticles } from '../../content/read-articles.js';
import { contentLocales, loadBundleProject } from '../../project/load-bundle-project.js';
import { brokenBundles, reportBroken } from '../broken-inputs.js';
import { requireBundles } from '../require-bundles.js';
import { loadProjectConfig, type ProjectOptions, withProjectOptions } from '../load-project-config.js';
import { writeOutput } from '../write-output.js';

interface StatusOptions extends ProjectOptions {
  format: 'text' | 'json' | 'html';
  output?: string;
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
    .addOption(new Option('--format <format>', 'report format').choices(['text', 'json', 'html']).default('text'))
    .option('--output <file>', 'write the report to a file instead of standard output')
    .addHelpText(
      'after',
      '\nStates: translated; missing (nothing of the language supplies it); empty; fallback (resolved through a\nlocale of the same language, es-AR through es); untranslated (identical to the source, as the untranslated\nrule sees it); stale (its source text changed since `l10n mark-translated`). Complete = translated + fallback.\nA bundle or article that cannot be read is left out of the counts and reported at file:line:col.\nExit status: 0 done, 1 a bundle or article cannot be read, 2 usage or config error.',
    )
    .action(async (options: StatusOptions) => {
      const { root, config, file: configFile } = await loadProjectConfig(options);
      const found = loadBundleProject(root, config);
      const articles = readArticles(root, config, contentLocales(config, found.locales));
      // An articles-only project has a status too: its article lines, and no bundle row.
      const project = articles.articles.length > 0 ? found : requireBundles(found, root);
      const status = loadStatus(root, config, project, articles);
      const text =
        options.format === 'html'
          ? formatStatusHtml(status)
          : options.format === 'json'
            ? formatStatusJson(status)
            : formatStatusText(status);
      writeOutput(text, options.output, { root, config, configFile });
      reportBroken([...brokenBundles(project), ...articles.diagnostics.filter((d) => d.severity === 'error')]);
    });
}
