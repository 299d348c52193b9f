import type { Config } from '../config/schema.js';
import { UsageError } from '../diagnostics/usage-error.js';
import type { ProjectWrite } from '../files/write-project-files.js';
import { toBundle } from '../project/bundle.js';
import type { BundleProject } from '../project/bundle-project.js';
import { namespaceContext } from '../project/namespace-context.js';
import { snapshotBundle } from '../sync/snapshot-bundle.js';
import { serialiseContentLock, type ContentLock } from './content-lock.js';
import { markTranslated } from './mark-translated.js';
import { forgetSyncFills } from './sync-fills.js';
import type { ArticlePairs } from './translations.js';

/** What mark-translated reads before it plans anything. */
export interface MarkTranslatedInput {
  config: Config;
  project: BundleProject;
  pairs: ArticlePairs;
  /** The lock as read: its path relative to the root, its content, and its text (null: none yet). */
  lock: { file: string; lock: ContentLock; raw: string | null };
  /** The text of an article file (path relative to the root), as it is now. */
  readText(file: string): string;
}

/** The files mark-translated writes, the lock last, and one line per file saying what it recorded. */
export interface MarkTranslatedPlan {
  writes: ProjectWrite[];
  done: string[];
}

/**
 * Plans `l10n mark-translated` for files given relative to the root, `/`-separated: an article
 * gets `source` and `sourceHash` (see markTranslated), a bundle the source text behind each of its
 * strings in the lock. Everything is planned before anything is written, so a bad argument
 * (a source bundle, a file of no pair) throws a UsageError and leaves every file as it was.
 */
export function planMarkTranslated(files: readonly string[], input: MarkTranslatedInput): MarkTranslatedPlan {
  const { config, project, pairs } = input;
  let lock = input.lock.lock;
  const writes: ProjectWrite[] = [];
  const done: string[] = [];
  for (const file of files) {
    const pair = pairs.translations.find((p) => p.translation.file === file);
    const bundle = project.namespaces.flatMap((ns) => project.read(ns)).find((b) => b.file === file);
    if (pair?.source) {
      const before = input.readText(file);
      const marked = markTranslated(before, pair.translation, pair.source, lock);
      writes.push({ path: file, text: marked.text, before });
      lock = marked.lock;
      done.push(`${file}: up to date with ${pair.source.file} (sourceHash ${marked.sourceHash})`);
    } else if (bundle) {
      const inputs = project.read(bundle.namespace);
      const context = namespaceContext({ namespace: bundle.namespace, config, locales: project.locales, files: inputs.map((i) => toBundle(i, config)) });
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
  return { writes: [...writes, { path: input.lock.file, text: serialiseContentLock(lock), before: input.lock.raw }], done };
}
