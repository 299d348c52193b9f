import { readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import type { Command } from 'commander';
import { toBundle } from '../../project/bundle.js';
import { namespaceContext } from '../../project/namespace-context.js';
import { readArticles } from '../../content/read-articles.js';
import { readContentLock } from '../../content/read-content-lock.js';
import { markTranslated } from '../../content/mark-translated.js';
import { forgetSyncFills } from '../../content/sync-fills.js';
import { pairArticles } from '../../content/translations.js';
import { serialiseContentLock } from '../../content/content-lock.js';
import { UsageError } from '../../diagnostics/usage-error.js';
import { writeProjectFiles, type ProjectWrite } from '../../files/write-project-files.js';
import { loadBundleProject } from '../../project/load-bundle-project.js';
import { snapshotBundle } from '../../sync/snapshot-bundle.js';
import { loadProjectConfig, type ProjectOptions, withProjectOptions } from '../load-project-config.js';
import { terminalSafe } from '../../report/terminal-safe.js';

/** `l10n mark-translated <file...>`: records that translations are up to date with their sources. */
export function registerMarkTranslated(program: Command): void {
  withProjectOptions(
    program
      .command('mark-translated')
      .description('record that translated articles (content/<lng>/<slug>.md) or bundles (locales/<lng>/<ns>.json) are up to date with their source')
      .argument('<file...>', 'translated article or bundle files'),
  )
    .addHelpText('after', '\nAn article gets source and sourceHash in its front matter; the lockfile (content/l10n-lock.json) keeps\nthe source text so `l10n check` can show what changed later (article-stale) and `l10n status` can count stale entries.')
    .action(async (files: string[], options: ProjectOptions) => {
      const { root, config } = await loadProjectConfig(options);
      const project = loadBundleProject(root, config);
      const { articles } = readArticles(root, config, project.locales);
      const pairs = pairArticles(articles, config.sourceLocale);
      const loaded = readContentLock(root, config);
      if (loaded.error) throw new UsageError(`${loaded.file}: ${loaded.error}; fix or delete it first`);
      let lock = loaded.lock;
      // Everything is planned before anything is written: a bad argument leaves every file as it was.
      const writes: ProjectWrite[] = [];
      const done: string[] = [];
      for (const given of files) {
        const file = relative(root, resolve(given)).split(sep).join('/');
        const pair = pairs.translations.find((p) => p.translation.file === file);
        const bundle = project.namespaces.flatMap((ns) => project.read(ns)).find((b) => b.file === file);
        if (pair?.source) {
          const before = readFileSync(join(root, file), 'utf8');
          const marked = markTranslated(before, pair.translation, pair.source, lock);
          writes.push({ path: join(root, file), text: marked.text, before });
          lock = marked.lock;
          done.push(`${file}: up to date with ${pair.source.file} (sourceHash ${marked.sourceHash})`);
        } else if (bundle) {
          const inputs = project.read(bundle.namespace);
          const context = namespaceContext({ namespace: bundle.namespace, config, locales: project.locales, files: inputs.map((i) => toBundle(i, config.keySeparator)) });
          const target = context.bundles.get(bundle.locale);
          if (!target || target === context.source) throw new UsageError(`${file} is a source or broken bundle: nothing to mark`);
          if (!context.source) throw new UsageError(`${file}: its source ${context.pathOf(context.sourceLocale)} is missing or cannot be read (l10n check shows why): nothing to mark it against`);
          lock = { ...forgetSyncFills(lock, file), bundles: { ...lock.bundles, [file]: snapshotBundle(context, target) } };
          done.push(`${file}: ${Object.keys(lock.bundles[file] ?? {}).length} entries up to date with ${context.pathOf(context.sourceLocale)}`);
        } else if (pair) {
          throw new UsageError(`${file}: its source "${pair.translation.source ?? pair.translation.slug}" is not an article of ${config.sourceLocale}; set source: in its front matter`);
        } else {
          throw new UsageError(`${file} is neither a translated article nor a bundle of this project`);
        }
      }
      writeProjectFiles(root, [...writes, { path: loaded.file, text: serialiseContentLock(lock), before: loaded.raw }]);
      process.stdout.write(`${done.map(terminalSafe).join('\n')}\n`);
    });
}
