import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { loadContentProject, type LoadedContent } from '../check/content-rules/load-content-check.js';
import { runContentCheck, type ContentCheckOptions } from '../check/content-rules/run-content-check.js';
import type { Config } from '../config/schema.js';
import { readArticleFile, type ArticleOverlay } from '../content/read-articles.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { articleEditScope } from './article-edit-scope.js';

/**
 * The articles as the watcher (and the language server) holds them between edits, and their
 * diagnostics. An edit of article files already read is read alone and re-checks only what it
 * can change (see articleEditScope); anything else under the content folder (a new or deleted
 * article, the lockfile, other locales) reads every article again, as does every change when
 * git history decides staleness (it counts over every translation). A file `overlay` holds is
 * read from there, not from the disk.
 */
export class WatchedContent {
  private content: LoadedContent | undefined;
  private held: Diagnostic[] = [];

  constructor(
    private readonly root: string,
    private readonly config: Config,
    private readonly overlay: ArticleOverlay = new Map(),
  ) {}

  /** Every article read and checked again. */
  check(locales: readonly string[], options: Pick<ContentCheckOptions, 'locales'>): Diagnostic[] {
    this.content = loadContentProject(this.root, this.config, locales, this.overlay);
    this.held = runContentCheck(this.content, options);
    return this.held;
  }

  /** Paths under the content folder changed (saved, or edited in the editor): the diagnostics now. */
  changed(paths: readonly string[], locales: readonly string[], options: Pick<ContentCheckOptions, 'locales'>): Diagnostic[] {
    const content = this.content;
    const listed = new Map(content?.files.map((f) => [f.file, f]));
    const edits = [...new Set(paths)].map((path) => listed.get(path));
    const alone =
      content !== undefined &&
      content.history === undefined &&
      content.locales.join() === locales.join() &&
      edits.every((edit) => edit !== undefined && existsSync(join(this.root, edit.file)));
    if (!alone) return this.check(locales, options);
    for (const edit of edits) {
      if (!edit || !this.content) continue;
      const { content: next, files } = articleEditScope(this.content, edit.file, readArticleFile(this.root, edit, this.overlay));
      this.content = next;
      const fresh = runContentCheck(next, { ...options, files });
      this.held = [...this.held.filter((d) => !files.has(d.file)), ...fresh];
    }
    return this.held;
  }
}
