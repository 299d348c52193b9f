import type { BuildManifest } from './render-site.js';
import { sha256 } from './page-inputs.js';

/**
 * The build's record of which pages it renders and which the previous output already holds: it
 * fills the manifest's input hashes as each page is decided, in page order.
 */
export class PageLedger {
  /** Output paths whose previous file is still right. */
  readonly reused: string[] = [];
  /** Pages rendered now. */
  rendered = 0;

  /**
   * `everyPage`: what every page depends on, serialized once; `previous`: the previous manifest,
   * only when it was written by these templates.
   */
  constructor(
    private readonly manifest: BuildManifest,
    private readonly everyPage: string,
    private readonly previous: BuildManifest | undefined,
  ) {}

  /** Keeps the previous file at `path`, under its input hash. */
  keep(path: string, digest: string): void {
    this.manifest.pages[path] = digest;
    this.reused.push(path);
  }

  /** Records a page's input hash; true when the previous output already has this exact page. */
  unchanged(path: string, inputs: string): boolean {
    const digest = sha256(`${this.everyPage}\n${path}\n${inputs}`);
    if (this.previous?.pages[path] === digest) {
      this.keep(path, digest);
      return true;
    }
    this.manifest.pages[path] = digest;
    this.rendered++;
    return false;
  }

  /** A file that follows from the site digest alone (the root index, the sitemap): kept, or rendered by `render`. */
  siteWide(path: string, site: string, render: () => string, files: Map<string, string>): void {
    if (this.previous?.pages[path] === site) this.keep(path, site);
    else {
      this.manifest.pages[path] = site;
      files.set(path, render());
    }
  }
}
