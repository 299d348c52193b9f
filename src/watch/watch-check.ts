import type { Config } from '../config/schema.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { BundleCache } from '../project/bundle-cache.js';
import type { Suppressions } from '../suppressions/suppression-entry.js';
import type { ReportScope } from '../report/report-scope.js';
import { terminalSafe } from '../report/terminal-safe.js';
import { WatchSession } from './watch-session.js';
import { SaveBursts } from './save-bursts.js';

/** How the watcher reports and on which locales. */
export interface WatchOptions {
  locales?: readonly string[];
  write(text: string): void;
  /** The first full check, when the caller already ran it with this cache: not repeated. */
  seed?: { diagnostics: readonly Diagnostic[]; bundleCache: BundleCache };
  /** The suppressions the first report applied: what they cover is never shown. */
  suppressions?: Suppressions;
  /** The first report's `--rule` and `--severity`: every later report keeps to them. */
  scope?: ReportScope;
}

/** A running watcher; `close` stops it (the CLI runs until Ctrl-C). */
export interface WatchHandle {
  close(): void;
  /** The bundle diagnostics the watcher holds now, every namespace, in report order. */
  bundleDiagnostics(): Diagnostic[];
}

/**
 * Watches the bundle folders (see watchedFolders) and the content folder (fs.watch recursive, which Node 20 supports on Linux)
 * and, for each burst of saves, has the session re-check what the saves can change (see
 * WatchSession), then prints what appeared and what was fixed.
 */
export function watchCheck(root: string, config: Config, options: WatchOptions): WatchHandle {
  const session = new WatchSession(root, config, {
    locales: options.locales,
    seed: options.seed,
    suppressions: options.suppressions,
    scope: options.scope,
  });
  // Runs from a timer: whatever a burst of saves holds, the watcher reports it and keeps watching.
  const bursts = new SaveBursts(root, config, (paths, rewatch) => {
    try {
      rewatch();
      const report = session.recheck(paths);
      if (report !== undefined) options.write(report);
    } catch (error) {
      const reason = (error instanceof Error ? error.message : String(error)).split('\n')[0];
      options.write(
        `── ${paths.map(terminalSafe).join(', ')}: could not check again (${terminalSafe(reason ?? '')}); still watching, and a restart of l10n check --watch reads everything afresh\n`,
      );
    }
  });
  const named = bursts.watched.map((folder) => folder.name);
  const waiting = bursts.watched.filter((folder) => !folder.watching).map((folder) => folder.name);
  const until = waiting.length > 0 ? ` (${waiting.join(' and ')} not there yet: watched for)` : '';
  options.write(`watching ${named.join(' and ')} for changes${until} (Ctrl-C to stop)\n`);
  return {
    close: () => bursts.close(),
    bundleDiagnostics: () => session.bundleDiagnostics(),
  };
}
