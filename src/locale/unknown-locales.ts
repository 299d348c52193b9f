import { UsageError } from '../diagnostics/usage-error.js';

/** A code folded for comparison: i18next reads `pt_BR` as `pt-BR`, and a user may type `zh-hans` for `zh-Hans`. */
const folded = (locale: string): string => locale.replace(/_/g, '-').toLowerCase();

/**
 * Refuses locales a command was asked for that the project does not have, naming the ones it has
 * and, for a code that differs from one of them only in case or `_` (`zh-hans`, `pt_BR`), that one:
 * a typo must not print an empty report, nor must a near miss be guessed at.
 */
export function assertKnownLocales(asked: readonly string[] | undefined, known: readonly string[], prefix = ''): void {
  const unknown = [...new Set(asked ?? [])].filter((locale) => !known.includes(locale));
  if (unknown.length === 0) return;
  const meant = unknown.flatMap((locale) => known.filter((other) => folded(other) === folded(locale)));
  throw new UsageError(
    `${prefix}unknown locale ${unknown.join(', ')} (the project has ${known.join(', ')})${meant.length > 0 ? `; did you mean ${meant.join(', ')}?` : ''}`,
  );
}
