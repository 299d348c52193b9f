import type { Config } from '../config/schema.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { BundleProject } from '../project/bundle-project.js';
import { WatchSession } from '../watch/watch-session.js';
import { documentNamespace, type DocumentNamespace } from './document-namespace.js';
import { PublishDiff } from './publish-diff.js';

/**
 * The language server's view of a project: the watcher's session (which re-checks only what a
 * change can reach) reading the editor's open documents (bundle files and articles) from a text
 * overlay, by path, in place of the disk. Each change returns the files whose diagnostics changed, to publish.
 */
export class LspSession {
  private readonly overlay = new Map<string, string>();
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

  /** An open document's text now (unsaved edits included): re-checked as if saved. */
  edit(file: string, text: string): Map<string, Diagnostic[]> {
    if (this.overlay.get(file) === text) return new Map();
    this.overlay.set(file, text);
    return this.recheck([file]);
  }

  /** A document closed: the disk's bytes count again. */
  close(file: string): Map<string, Diagnostic[]> {
    if (!this.overlay.delete(file)) return new Map();
    return this.recheck([file]);
  }

  /** Files saved or changed outside the editor; an open document's own text still wins. */
  changedOnDisk(files: readonly string[]): Map<string, Diagnostic[]> {
    return this.recheck(files);
  }

  /** The text the checker reads for a file: the open document's, if it is open. */
  openText(file: string): string | undefined {
    return this.overlay.get(file);
  }

  /** The project as checked now, open documents included. */
  project(): BundleProject {
    return this.session.bundleProject();
  }

  /** A bundle file's namespace as checked now, parsed from the session's cache; undefined for a file that is no bundle. */
  document(file: string): DocumentNamespace | undefined {
    return documentNamespace(this.project(), file, (source) => this.session.parsed(source));
  }

  /** Every diagnostic held now. */
  diagnostics(): Diagnostic[] {
    return this.session.diagnostics();
  }

  private recheck(files: readonly string[]): Map<string, Diagnostic[]> {
    this.session.update(files);
    return this.published.changes(this.session.everything());
  }
}
