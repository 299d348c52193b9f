import { join, relative, sep } from 'node:path';
import type { Config } from '../config/schema.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { BundleCache } from '../project/bundle-cache.js';
import type { Suppressions } from '../suppressions/suppression-entry.js';
import type { ReportScope } from '../report/report-scope.js';
import { terminalSafe } from '../report/terminal-safe.js';
import { FolderWatch } from '../files/folder-watch.js';
import { WatchSession } from './watch-session.js';
import { watchedFolders } from './watched-folders.js';

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

// Editors save in bursts (write, rename, chmod) that arrive within a millisecond or two: one re-check per burst.
const SETTLE_MS = 4;

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
  const pending = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  // Runs from a timer: whatever a burst of saves holds, the watcher reports it and keeps watching.
  const flush = (): void => {
    timer = undefined;
    const paths = [...pending];
    pending.clear();
    try {
      // A watched folder that has gone (removed with everything in it) is waited for again.
      for (const folder of folders) folder.recheck();
      const report = session.recheck(paths);
      if (report !== undefined) options.write(report);
    } catch (error) {
      const reason = (error instanceof Error ? error.message : String(error)).split('\n')[0];
      options.write(
        `── ${paths.map(terminalSafe).join(', ')}: could not check again (${terminalSafe(reason ?? '')}); still watching, and a restart of l10n check --watch reads everything afresh\n`,
      );
    }
  };
  const onChange = (path: string): void => {
    pending.add(relative(root, path).split(sep).join('/'));
    timer ??= setTimeout(flush, SETTLE_MS);
  };
  const dirs = watchedFolders(config);
  const folders = dirs.map((dir) => new FolderWatch(join(root, dir.path), onChange, dir.recursive));
  const named = dirs.map((dir) => (dir.path === '.' ? 'the project root' : `${dir.path}/`));
  const waiting = named.filter((_name, i) => !folders[i]?.watching);
  const until = waiting.length > 0 ? ` (${waiting.join(' and ')} not there yet: watched for)` : '';
  options.write(`watching ${named.join(' and ')} for changes${until} (Ctrl-C to stop)\n`);
  return {
    close: () => {
      if (timer) clearTimeout(timer);
      for (const folder of folders) folder.close();
    },
    bundleDiagnostics: () => session.bundleDiagnostics(),
  };
}
