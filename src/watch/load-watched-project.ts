import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { discoverBundles, readBundleFiles, type BundleLayout, type BundleLocation } from '../project/load-bundles.js';
import type { BundleSource } from '../project/bundle.js';
import { layoutProject } from '../project/load-bundle-project.js';
import type { BundleProject } from '../project/bundle-project.js';
import type { Config } from '../config/schema.js';
import type { ArticleOverlay } from '../content/read-articles.js';

/**
 * The text an editor holds for files it has open, unsaved edits included, by path relative to the
 * root (`/`-separated): read in place of the disk's bytes, bundle files here and articles by the
 * article reader (the language server's open documents).
 */
export type TextOverlay = ArticleOverlay;

/**
 * The project as the watcher reads it between saves. The folders are listed again only when a
 * saved file is new or gone, and a bundle no save named since it was read is served from the
 * bytes read then: a re-check reads the saved files, not the whole namespace. A file the
 * `overlay` holds is read from there instead of the disk.
 */
export class WatchedProject {
  private layout: BundleLayout;
  private readonly sources = new Map<string, BundleSource>();
  private readonly saved = new Set<string>();

  constructor(
    private readonly root: string,
    private readonly config: Config,
    private readonly overlay: TextOverlay = new Map(),
  ) {
    this.layout = discoverBundles(root, config);
  }

  /**
   * Takes a burst of saved bundle paths (relative, `/`-separated): they are read again when next
   * needed. The folders are listed again when a saved file is new or gone, or when `relist` says
   * something else changed under the locales folder (a folder made, removed or renamed). Returns
   * the bundle files that are no longer part of the project.
   */
  save(paths: readonly string[], relist = false): string[] {
    for (const path of paths) this.saved.add(path);
    const known = new Set(this.layout.files.map((f) => f.file));
    if (!relist && paths.every((path) => known.has(path) && existsSync(join(this.root, path)))) return [];
    this.layout = discoverBundles(this.root, this.config);
    for (const file of this.layout.files) known.delete(file.file);
    for (const file of known) this.sources.delete(file);
    return [...known];
  }

  /** The project to check now. */
  project(): BundleProject {
    return layoutProject(this.root, this.config, this.layout, (files) => files.map((location) => this.read(location)));
  }

  private read(location: BundleLocation): BundleSource {
    const known = this.sources.get(location.file);
    if (known?.bytes && !this.saved.has(location.file)) return known;
    const text = this.overlay.get(location.file);
    const [source] =
      text === undefined || location.refused !== undefined
        ? (readBundleFiles(this.root, [location]) as [BundleSource])
        : [{ ...location, bytes: Buffer.from(text, 'utf8') }];
    this.sources.set(location.file, source);
    this.saved.delete(location.file);
    return source;
  }
}
