/**
 * The locales whose findings a save of some target bundles can change: the saved locales and
 * every locale that falls back through one of them (es-AR when es changed: its missing keys
 * and `$t()` references resolve through es). `undefined` when the namespace's source locale
 * changed, which can change every locale's findings.
 */
export function affectedLocales(
  saved: ReadonlySet<string>,
  sourceLocale: string,
  locales: readonly string[],
  chain: (locale: string) => readonly string[],
): Set<string> | undefined {
  if (saved.has(sourceLocale)) return undefined;
  const affected = new Set(saved);
  for (const locale of locales) if (chain(locale).some((step) => saved.has(step))) affected.add(locale);
  return affected;
}
