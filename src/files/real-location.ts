import { realpathSync } from 'node:fs';
import { isAbsolute, relative, sep } from 'node:path';

/** Whether `path` is `folder` itself or lies below it (both absolute; no link is resolved here). */
export function isWithin(folder: string, path: string): boolean {
  const rel = relative(folder, path);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
}

/** The real path of an existing file or folder (every link resolved); undefined when it does not exist or loops. */
export function realPathOf(path: string): string | undefined {
  try {
    return realpathSync.native(path);
  } catch {
    return undefined;
  }
}

/**
 * Where a path really is when a symbolic link on the way leads out of `root`: its real path, or
 * undefined when the path resolves inside the root (or does not exist). A committed link such as
 * `locales/en/registry.json -> ~/.docker/config.json` must never be read into reports, bundles or
 * a published site, nor written through.
 */
export function outsideRoot(root: string, path: string): string | undefined {
  const real = realPathOf(path);
  if (real === undefined) return undefined;
  const realRoot = realPathOf(root) ?? root;
  return isWithin(realRoot, real) ? undefined : real;
}

/** The reason an input reached through a link to `real` is not read (see the config's `outsideLinks`). */
export const outsideLinkReason = (real: string): string =>
  `is a link to ${real}, outside the project: not read (set outsideLinks: "read" in the config to read linked files from elsewhere)`;
