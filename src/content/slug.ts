/** A slug becomes a folder name and a URL segment: lower-case letters, digits and dashes only. */
export const SLUG_PATTERN = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/;

/** Names Windows reserves for devices in every folder: a site with a folder `con/` cannot be copied there. */
const WINDOWS_DEVICE_NAME = /^(?:con|prn|aux|nul|com[0-9]|lpt[0-9])$/;

/** Whether a slug matches SLUG_PATTERN but names a Windows device. */
export const isDeviceName = (slug: string): boolean => WINDOWS_DEVICE_NAME.test(slug);

/** Why a name cannot be a slug (the folder of a page on every system), or undefined when it can. */
export function slugProblem(name: string): string | undefined {
  if (!SLUG_PATTERN.test(name)) return 'use lower-case letters, digits and dashes';
  if (isDeviceName(name)) return 'Windows reserves it for a device (con, prn, aux, nul, com0-9, lpt0-9), so the published folder could not be copied there';
  return undefined;
}

/**
 * Why a path below a locale folder (`guides/setup/install`) cannot be an article's slug, or
 * undefined when it can: every folder and the file name become URL segments, so each must be one.
 */
export function slugPathProblem(path: string): string | undefined {
  for (const segment of path.split('/')) {
    const problem = slugProblem(segment);
    // A path of one segment is the segment: naming it again says nothing.
    if (problem) return segment === path ? problem : `"${segment}": ${problem}`;
  }
  return undefined;
}
