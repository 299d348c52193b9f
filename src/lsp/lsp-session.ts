import type { Config } from '../config/schema.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { BundleProject } from '../project/bundle-project.js';
import { toBundle, type Bundle, type BundleSource } from '../project/bundle.js';
import { WatchSession } from '../watch/watch-session.js';
import { documentNamespace, type DocumentNamespace } from './document-namespace.js';
import { PublishDiff } from './publish-diff.js';

/**
 * The language server's view of a project: the watcher's session (which re-checks only what a
 * change can reach) reading the editor's open documents (bundle files and articles) from a text
 * overlay, by path, in place of the disk. Changes are noted as they come and checked together by
 * check(), so a burst of edits costs one re-check of the latest texts; requests read an open
 * document's latest text even before its check.
 */
export class LspSession {
  private readonly overlay = new Map<string, string>();
  private readonly pending = new Set<string>();
  // Open documents' texts not checked yet, parsed for requests, kept out of the session's cache
  // (its next re-check compares the file's keys before and after by that cache).
  private readonly drafts = new Map<string, { text: string; bundle: Bundle }>();
  private readonly session: WatchSession;
  private readonly published = new PublishDiff();

  constructor(
    readonly root: string,
    readonly config: Config,
  ) {
    this.session = new WatchSession(root, config, { overlay: this.overlay });
  }

  /** Every file's diagnostics at the start (files without any are left out). */
  initial(): Map<string, Diagnostic[]> {
    return this.published.changes(this.session.everything());
  }

  /** An open document's text now (unsaved edits included): checked as if saved by the next check(). */
  edit(file: string, text: string): void {
    if (this.overlay.get(file) === text) return;
    this.overlay.set(file, text);
    this.pending.add(file);
  }

  /** A document closed: the disk's bytes count again from the next check(). */
  close(file: string): void {
    if (this.overlay.delete(file)) this.pending.add(file);
  }

  /** Files saved or changed outside the editor, for the next check(); an open document's own text still wins. */
  changedOnDisk(files: readonly string[]): void {
    for (const file of files) this.pending.add(file);
  }

  /** The files changed since the last check (edited, closed, or changed on disk), in the order first noted. */
  changed(): string[] {
    return [...this.pending];
  }

  /**
   * Re-checks at once every file changed since the last check, as each is now (the latest text of
   * an open document, the disk's of the others), as one burst of saves for the watcher's session:
   * the files whose diagnostics changed, to publish.
   */
  check(): Map<string, Diagnostic[]> {
    const files = this.changed();
    this.pending.clear();
    this.drafts.clear();
    return files.length === 0 ? new Map() : this.recheck(files);
  }

  /** The project as checked now, open documents included. */
  project(): BundleProject {
    return this.session.bundleProject();
  }

  /**
   * A bundle file's namespace, its open documents at their latest text (checked or not), the rest
   * parsed from the session's cache; undefined for a file that is no bundle.
   */
  document(file: string): DocumentNamespace | undefined {
    return documentNamespace(this.project(), file, (source) => this.latest(source));
  }

  /** Every diagnostic held now. */
  diagnostics(): Diagnostic[] {
    return this.session.diagnostics();
  }

  /** A file as a request reads it: an open document's text not checked yet, else what the last check parsed. */
  private latest(source: BundleSource): Bundle {
    const text = this.pending.has(source.file) && source.refused === undefined ? this.overlay.get(source.file) : undefined;
    if (text === undefined) return this.session.parsed(source);
    const draft = this.drafts.get(source.file);
    if (draft?.text === text) return draft.bundle;
    const bundle = toBundle({ ...source, bytes: Buffer.from(text, 'utf8') }, this.config);
    this.drafts.set(source.file, { text, bundle });
    return bundle;
  }

  private recheck(files: readonly string[]): Map<string, Diagnostic[]> {
    this.session.update(files);
    return this.published.changes(this.session.everything());
  }
}
