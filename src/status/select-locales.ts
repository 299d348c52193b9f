import { assertKnownLocales } from '../locale/unknown-locales.js';
import type { ProjectStatus } from './project-status.js';

/**
 * The status narrowed to the locales `--locale` names, in the project's order, so every format
 * and its summary count only those. No selection keeps every locale.
 */
export function selectLocales(status: ProjectStatus, selected: readonly string[] | undefined): ProjectStatus {
  if (selected === undefined || selected.length === 0) return status;
  assertKnownLocales(
    selected,
    status.locales.map((l) => l.locale),
    '--locale: ',
  );
  const wanted = new Set(selected);
  return { ...status, locales: status.locales.filter((l) => wanted.has(l.locale)) };
}
