/**
 * What a check reports on, as its summary counts it: every locale of the project, or those of them
 * `--locale` names; and the files of those locales. The source's files are read under `--locale fr`
 * as fr's comparison base, but none of their findings is reported then, so they are not counted
 * (under `--locale en`, the source's own, they are). Every path of a check (one thread, the two
 * workers, the check cache, articles) counts through these two functions, so they agree.
 */

/** The locales a check reports on, in the project's order (each once, however often `--locale` names it). */
export function reportedLocales(locales: readonly string[], selected: ReadonlySet<string> | undefined): string[] {
  return selected ? locales.filter((locale) => selected.has(locale)) : [...locales];
}

/** How many of these files (bundle files or articles) are in a reported locale: the summary's "files". */
export function reportedFiles(files: readonly { locale: string }[], selected: ReadonlySet<string> | undefined): number {
  if (!selected) return files.length;
  let count = 0;
  for (const file of files) if (selected.has(file.locale)) count++;
  return count;
}
