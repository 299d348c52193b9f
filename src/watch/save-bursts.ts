import { join, relative, sep } from 'node:path';
import type { Config } from '../config/schema.js';
import { FolderWatch } from '../files/folder-watch.js';
import type { PatternConfig } from '../project/bundle-pattern.js';
import { watchedFolders } from './watched-folders.js';

// Editors save in bursts (write, rename, chmod) that arrive within a millisecond or two: one re-check per burst.
const SETTLE_MS = 4;

/**
 * Watches the folders whose saves can change a check (see watchedFolders: the bundle patterns'
 * folders, the root for `{{lng}}.json`, and the content folder) and hands each burst of saves
 * to `flush` once, as paths relative to the root (`/`-separated), with `rewatch`, which waits
 * again for a watched folder that has gone (removed with everything in it): `flush` calls it
 * where it reports its own errors. Shared by `check --watch` and the language server, which
 * pick up the same files the same way.
 */
export class SaveBursts {
  /** The folders as named in the watcher's first line (`locales/`, `the project root`), and whether each is there yet. */
  readonly watched: { name: string; watching: boolean }[];
  private readonly folders: FolderWatch[];
  private readonly pending = new Set<string>();
  private timer: NodeJS.Timeout | undefined;

  constructor(
    root: string,
    config: Pick<Config, 'contentDir'> & PatternConfig,
    private readonly flush: (paths: string[], rewatch: () => void) => void,
  ) {
    const dirs = watchedFolders(config);
    const onChange = (path: string): void => this.add(relative(root, path).split(sep).join('/'));
    this.folders = dirs.map((dir) => new FolderWatch(join(root, dir.path), onChange, dir.recursive));
    this.watched = dirs.map((dir, i) => ({
      name: dir.path === '.' ? 'the project root' : `${dir.path}/`,
      watching: this.folders[i]?.watching === true,
    }));
  }

  /** A changed path (relative to the root) from another source than the folder watch (an editor's notice). */
  add(path: string): void {
    this.pending.add(path);
    this.timer ??= setTimeout(() => this.settle(), SETTLE_MS);
  }

  /** Stops watching; a burst not yet handed on is dropped. */
  close(): void {
    if (this.timer) clearTimeout(this.timer);
    for (const folder of this.folders) folder.close();
  }

  private settle(): void {
    this.timer = undefined;
    const paths = [...this.pending];
    this.pending.clear();
    this.flush(paths, () => {
      for (const folder of this.folders) folder.recheck();
    });
  }
}
