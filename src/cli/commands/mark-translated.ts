import { readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import type { Command } from 'commander';
import { planMarkTranslated } from '../../content/plan-mark-translated.js';
import { readArticles } from '../../content/read-articles.js';
import { readContentLock } from '../../content/read-content-lock.js';
import { pairArticles } from '../../content/translations.js';
import { UsageError } from '../../diagnostics/usage-error.js';
import { writeProjectFiles } from '../../files/write-project-files.js';
import { loadBundleProject } from '../../project/load-bundle-project.js';
import { terminalSafe } from '../../report/terminal-safe.js';
import { loadProjectConfig, type ProjectOptions, withProjectOptions } from '../load-project-config.js';

/** `l10n mark-translated <file...>`: records that translations are up to date with their sources. */
export function registerMarkTranslated(program: Command): void {
  withProjectOptions(
    program
      .command('mark-translated')
      .description(
        'record that translated articles (content/<lng>/<slug>.md) or bundles (locales/<lng>/<ns>.json) are up to date with their source',
      )
      .argument('<file...>', 'translated article or bundle files'),
  )
    .addHelpText(
      'after',
      '\nAn article gets source and sourceHash in its front matter; the lockfile (content/l10n-lock.json) keeps\nthe source text so `l10n check` can show what changed later (article-stale) and `l10n status` can count stale entries.',
    )
    .action(async (files: string[], options: ProjectOptions) => {
      const { root, config } = await loadProjectConfig(options);
      const project = loadBundleProject(root, config);
      const { articles } = readArticles(root, config, project.locales);
      const lock = readContentLock(root, config);
      if (lock.error) throw new UsageError(`${lock.file}: ${lock.error}; fix or delete it first`);
      const given = files.map((file) => relative(root, resolve(file)).split(sep).join('/'));
      const pairs = pairArticles(articles, config.sourceLocale);
      const plan = planMarkTranslated(given, { config, project, pairs, lock, readText: (file) => readFileSync(join(root, file), 'utf8') });
      writeProjectFiles(root, plan.writes);
      process.stdout.write(`${plan.done.map(terminalSafe).join('\n')}\n`);
    });
}
