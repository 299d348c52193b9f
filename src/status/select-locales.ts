import { UsageError } from '../diagnostics/usage-error.js';
import type { ProjectStatus } from './project-status.js';

/**
 * Refuses a `--locale` the project does not have, naming the ones it has: a typo must not print
 * an empty report. Checked before anything is counted.
 */
export function assertKnownLocales(selected: readonly string[] | undefined, known: readonly string[]): void {
  const unknown = [...new Set(selected ?? [])].filter((l) => !known.includes(l));
  if (unknown.length > 0) throw new UsageError(`--locale: unknown locale ${unknown.join(', ')} (the project has ${known.join(', ')})`);
}

/**
 * The status narrowed to the locales `--locale` names, in the project's order, so every format
 * and its summary count only those. No selection keeps every locale.
 */
export function selectLocales(status: ProjectStatus, selected: readonly string[] | undefined): ProjectStatus {
  if (selected === undefined || selected.length === 0) return status;
  assertKnownLocales(
    selected,
    status.locales.map((l) => l.locale),
  );
  const wanted = new Set(selected);
  return { ...status, locales: status.locales.filter((l) => wanted.has(l.locale)) };
}
