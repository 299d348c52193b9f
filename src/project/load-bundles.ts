import { lstatSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Config } from '../config/schema.js';
import { outsideLinkReason, outsideRoot } from '../files/real-location.js';
import type { BundleSource } from './bundle.js';

/** The bundle files of a project, with the locales and namespaces they make up. */
export interface BundleSet {
  locales: string[];
  namespaces: string[];
  sources: BundleSource[];
  /** Paths that look like bundles but are not files (a folder named `x.json`), relative to the root. */
  skipped: { file: string; reason: string }[];
}

const toPosix = (path: string): string => path.split(sep).join('/');

/** Where a found bundle file is, and whether a symbolic link was followed to reach it. */
interface Found {
  namespace: string;
  linked: boolean;
}

function listJson(
  dir: string,
  base: string,
  out: Found[],
  skipped: BundleSet['skipped'],
  root: string,
  seen: Set<string>,
  linked: boolean,
): void {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    skipped.push({
      file: toPosix(relative(root, dir)),
      reason: `cannot be read: ${(error as NodeJS.ErrnoException).code ?? String(error)}`,
    });
    return;
  }
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const full = join(dir, entry.name);
    let isDir = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      try {
        const stat = statSync(full);
        isDir = stat.isDirectory();
        isFile = stat.isFile();
      } catch (error) {
        skipped.push({
          file: toPosix(relative(root, full)),
          reason: `broken or looping symlink (${(error as NodeJS.ErrnoException).code ?? 'error'})`,
        });
        continue;
      }
    }
    if (isDir) {
      if (entry.name.endsWith('.json')) skipped.push({ file: toPosix(relative(root, full)), reason: 'is a folder, not a bundle file' });
      let real: string;
      try {
        real = statSync(full).ino + ':' + statSync(full).dev;
      } catch {
        continue;
      }
      if (seen.has(real)) {
        skipped.push({ file: toPosix(relative(root, full)), reason: 'symlink loop: folder already visited' });
        continue;
      }
      seen.add(real);
      if (!entry.name.endsWith('.json'))
        listJson(full, base ? `${base}/${entry.name}` : entry.name, out, skipped, root, seen, linked || entry.isSymbolicLink());
    } else if (isFile && entry.name.endsWith('.json')) {
      out.push({
        namespace: base ? `${base}/${entry.name.slice(0, -5)}` : entry.name.slice(0, -5),
        linked: linked || entry.isSymbolicLink(),
      });
    }
  }
}

/** Where one bundle file is, before it is read. */
export type BundleLocation = Omit<BundleSource, 'bytes' | 'readError'>;

/** What discovery needs of the config. */
export type LayoutConfig = Pick<Config, 'localesDir' | 'locales' | 'namespaces' | 'outsideLinks'>;

/** The bundle files of a project, found but not read: check, sync and status read them namespace by namespace. */
export interface BundleLayout {
  locales: string[];
  namespaces: string[];
  files: BundleLocation[];
  skipped: BundleSet['skipped'];
}

/**
 * Finds the bundles: every folder under `localesDir` is a locale (unless `config.locales` names
 * them), every `.json` file under it a namespace (`views/settings` for a subfolder). A file
 * reached through a symbolic link is located by its real path: one outside the project is
 * `refused` (never read) unless the config sets `outsideLinks: "read"`.
 */
export function discoverBundles(root: string, config: LayoutConfig): BundleLayout {
  const localesDir = join(root, config.localesDir);
  const skipped: BundleSet['skipped'] = [];
  let found: string[] = [];
  try {
    found = readdirSync(localesDir, { withFileTypes: true })
      .filter(
        (e) => e.isDirectory() || (e.isSymbolicLink() && statSync(join(localesDir, e.name), { throwIfNoEntry: false })?.isDirectory()),
      )
      .map((e) => e.name)
      .sort();
  } catch {
    found = [];
  }
  const locales = config.locales ?? found;
  const byLocale = new Map<string, Found[]>();
  const dirLinked = lstatSync(localesDir, { throwIfNoEntry: false })?.isSymbolicLink() === true;
  for (const locale of locales) {
    const names: Found[] = [];
    const linked = dirLinked || lstatSync(join(localesDir, locale), { throwIfNoEntry: false })?.isSymbolicLink() === true;
    // The locale folder counts as visited, so a link back to it (`es-AR/loop -> ../es-AR`) is a loop at once.
    const home = statSync(join(localesDir, locale), { throwIfNoEntry: false });
    listJson(join(localesDir, locale), '', names, skipped, root, new Set(home ? [`${home.ino}:${home.dev}`] : []), linked);
    byLocale.set(locale, names);
  }
  const namespaces = config.namespaces ?? [...new Set([...byLocale.values()].flat().map((found) => found.namespace))].sort();
  const files: BundleLocation[] = [];
  for (const locale of locales) {
    const present = new Map(byLocale.get(locale)?.map((found) => [found.namespace, found.linked]));
    for (const namespace of namespaces) {
      if (!present.has(namespace)) continue;
      const path = join(localesDir, locale, `${namespace}.json`);
      const outside = present.get(namespace) && config.outsideLinks !== 'read' ? outsideRoot(root, path) : undefined;
      files.push({
        file: toPosix(relative(root, path)),
        locale,
        namespace,
        ...(outside !== undefined && { refused: outsideLinkReason(outside) }),
      });
    }
  }
  return { locales, namespaces, files, skipped };
}

/** Reads a file again; empty when it has gone since (its findings are then placed at 1:1). */
function readAgain(path: string): Buffer {
  try {
    return readFileSync(path);
  } catch {
    return Buffer.alloc(0);
  }
}

/**
 * Reads bundle files; an unreadable one comes back with `readError` so it is reported, not thrown.
 * `reread`: each file also comes with a function that reads it again, so a parsed bundle need not
 * keep its bytes only in case a finding must be placed in it (the one-shot check; the watcher,
 * which serves unchanged files from memory, keeps the bytes it parsed instead).
 */
export function readBundleFiles(root: string, files: readonly BundleLocation[], options: { reread?: boolean } = {}): BundleSource[] {
  return files.map((location) => {
    const path = join(root, location.file);
    if (location.refused) return { ...location, bytes: undefined };
    try {
      const bytes = readFileSync(path);
      return options.reread ? { ...location, bytes, reread: () => readAgain(path) } : { ...location, bytes };
    } catch (error) {
      return { ...location, bytes: undefined, readError: (error as NodeJS.ErrnoException).code ?? String(error) };
    }
  });
}

/** Finds and reads every bundle of a project at once (see discoverBundles). */
export function loadBundles(root: string, config: LayoutConfig): BundleSet {
  const layout = discoverBundles(root, config);
  return { locales: layout.locales, namespaces: layout.namespaces, sources: readBundleFiles(root, layout.files), skipped: layout.skipped };
}

/** The path a bundle has or would have, relative to the root. */
export function bundlePath(config: Pick<Config, 'localesDir'>, locale: string, namespace: string): string {
  return toPosix(join(config.localesDir, locale, `${namespace}.json`));
}
