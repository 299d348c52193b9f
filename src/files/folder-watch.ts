import { existsSync, readdirSync, watch, type FSWatcher } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { isFolder } from './is-folder.js';

/**
 * Watches a folder and everything under it while it exists, and its parent for it while it
 * does not: a folder made after the watcher started (content/ by a first ingest) or removed and
 * made again (a branch switch) is watched from then on, and each file it holds then counts as
 * saved. `onChange` gets absolute paths. With `recursive` false, only the folder's own entries count.
 */
export class FolderWatch {
  private inside: FSWatcher | undefined;
  private outside: FSWatcher | undefined;

  constructor(
    private readonly dir: string,
    private readonly onChange: (path: string) => void,
    private readonly recursive = true,
  ) {
    this.arm(false);
  }

  /** Whether the folder itself is watched now (false while the watcher waits for it to appear). */
  get watching(): boolean {
    return this.inside !== undefined;
  }

  /** Looks again after a burst of changes: a folder that has gone is waited for again. */
  recheck(): void {
    if (this.inside && !isFolder(this.dir)) {
      this.inside.close();
      this.inside = undefined;
      this.arm(false);
    }
  }

  close(): void {
    this.inside?.close();
    this.outside?.close();
    this.inside = this.outside = undefined;
  }

  private arm(appeared: boolean): void {
    if (isFolder(this.dir)) {
      this.outside?.close();
      this.outside = undefined;
      this.inside = watch(
        this.dir,
        { recursive: this.recursive },
        (_event, name) => name !== null && this.onChange(join(this.dir, name.toString())),
      );
      this.inside.on('error', () => this.recheck());
      if (appeared)
        for (const entry of readdirSync(this.dir, { recursive: this.recursive, withFileTypes: true }))
          if (entry.isFile()) this.onChange(join(entry.parentPath, entry.name));
      return;
    }
    const parent = dirname(this.dir);
    if (this.outside || !existsSync(parent)) return;
    this.outside = watch(parent, (_event, name) => {
      if (name !== null && name.toString() === basename(this.dir) && isFolder(this.dir)) this.arm(true);
    });
  }
}
