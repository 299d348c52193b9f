import type { Config } from '../config/schema.js';
import type { SyncFills } from '../content/sync-fills.js';
import type { BundleSource } from './bundle.js';
import type { SkippedPath } from './load-bundles.js';
import type { TemplateKey } from './namespace-context.js';

/**
 * A project's bundles as check, sync, status, exchange and watch read them: the config, the
 * locales and namespaces, and a reader of one namespace's files at a time.
 */
export interface BundleProject {
  config: Config;
  locales: readonly string[];
  namespaces: readonly string[];
  /** The bundle files of one namespace; called once per namespace, so memory holds one at a time. */
  read(namespace: string): BundleSource[];
  /**
   * Whether a check may let go of each file's bytes once it has parsed it (`BundleSource.release`):
   * true when `read` reads the files for that run alone; a caller that keeps using the files it
   * hands over (sync edits them) leaves it unset.
   */
  releaseParsed?: boolean;
  /** Paths under the locales folder that are not read (see SkippedPath). */
  skipped?: readonly SkippedPath[];
  /**
   * The UI keys the page templates use, when the project publishes pages (it has articles): the
   * build namespace is then checked against them (undefined-key, unused-key).
   */
  templateKeys?: readonly TemplateKey[];
  /** The plural forms sync filled from a locale's own text, by bundle file (the lock's record; see recordSyncFills). */
  syncFills?: (file: string) => SyncFills | undefined;
}
