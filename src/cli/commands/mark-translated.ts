import { readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import type { Command } from 'commander';
import { selectForBulkMark } from '../../content/bulk-mark-selection.js';
import { loadTranslationHistory } from '../../content/load-translation-history.js';
import { planMarkTranslated } from '../../content/plan-mark-translated.js';
import { readArticles } from '../../content/read-articles.js';
import { readContentLock } from '../../content/read-content-lock.js';
import { pairArticles } from '../../content/translations.js';
import { UsageError } from '../../diagnostics/usage-error.js';
import { writeProjectFiles } from '../../files/write-project-files.js';
import { contentLocales, loadBundleProject } from '../../project/load-bundle-project.js';
import { terminalSafe } from '../../report/terminal-safe.js';
import { loadProjectConfig, type ProjectOptions, withProjectOptions } from '../load-project-config.js';

/** The paths given, relative to the root and `/`-separated, split into files and folders. */
function splitPaths(root: string, paths: readonly string[]): { files: string[]; folders: string[] } {
  const files: string[] = [];
  const folders: string[] = [];
  for (const path of paths) {
    const rel = relative(root, resolve(path)).split(sep).join('/');
    const stat = statSync(resolve(path), { throwIfNoEntry: false });
    if (!stat) throw new UsageError(`${path} does not exist`);
    (stat.isDirectory() ? folders : files).push(rel);
  }
  return { files, folders };
}

/** `l10n mark-translated <path...> | --all`: records that translations are up to date with their sources. */
export function registerMarkTranslated(program: Command): void {
  withProjectOptions(
    program
      .command('mark-translated')
      .description(
        'record that translated articles (content/<lng>/<slug>.md or .mdx) or bundles (locales/<lng>/<ns>.json) are up to date with their source',
      )
      .argument('[path...]', 'translated article or bundle files, or folders of translated articles')
      .option('--all', 'every translated article of the project (as a folder does: those known to be behind are left alone)'),
  )
    .addHelpText(
      'after',
      '\nAn article gets source and sourceHash in its front matter; the lockfile (content/l10n-lock.json) keeps\nthe source text so `l10n check` can show what changed later (article-stale) and `l10n status` can count stale entries.\nA named file is marked as it is. A folder, or --all, marks the translated articles below it except those\nknown to be behind their source (a stale sourceHash, or without one, source commits in git history since\nthe translation last changed): it records the current state of a project adopting l10n in one go.',
    )
    .action(async (paths: string[], options: ProjectOptions & { all?: boolean }) => {
      if (options.all && paths.length > 0) throw new UsageError('--all marks every translated article: give it no paths');
      if (!options.all && paths.length === 0)
        throw new UsageError('name the files or folders to mark, or --all for every translated article');
      const { root, config } = await loadProjectConfig(options);
      const project = loadBundleProject(root, config);
      const { articles } = readArticles(root, config, contentLocales(root, config, project.locales));
      const lock = readContentLock(root, config);
      if (lock.error) throw new UsageError(`${lock.file}: ${lock.error}; fix or delete it first`);
      const { files, folders } = splitPaths(root, paths);
      const pairs = pairArticles(articles, config.sourceLocale);
      const bulk = options.all || folders.length > 0;
      const selection = bulk
        ? selectForBulkMark(pairs, options.all ? 'all' : folders, lock.lock, loadTranslationHistory(root, config, articles).standing)
        : undefined;
      const chosen = [...new Set([...files, ...(selection?.files ?? [])])];
      const lines: string[] = [];
      if (chosen.length > 0) {
        const plan = planMarkTranslated(chosen, {
          config,
          project,
          pairs,
          lock,
          readText: (file) => readFileSync(join(root, file), 'utf8'),
        });
        writeProjectFiles(root, plan.writes);
        lines.push(...plan.done);
      }
      if (selection) {
        lines.push(...selection.skipped);
        const current = selection.current > 0 ? `, ${selection.current} already up to date` : '';
        lines.push(`marked ${chosen.length}${current}, skipped ${selection.skipped.length}`);
      }
      process.stdout.write(`${lines.map(terminalSafe).join('\n')}\n`);
    });
}
