import type { PatternMatch } from './bundle-pattern.js';

/** A file a `bundles` pattern matched. */
export interface MatchedFile extends PatternMatch {
  /** Relative to the root, `/`-separated. */
  file: string;
  /** The pattern that matched it, as written. */
  pattern: string;
  linked: boolean;
}

/**
 * What makes a layout ambiguous, naming the files, or undefined when there is nothing: a file two
 * patterns match, a locale's namespace in two files, or a locale that is both a folder and a file
 * (`locales/en/` beside `locales/en.json`). i18next loads one path per locale and namespace, so
 * l10n cannot tell which of the two the project means and would check or write the wrong one.
 */
export function layoutConflict(files: readonly MatchedFile[]): string | undefined {
  const byFile = new Map<string, MatchedFile>();
  const byBundle = new Map<string, MatchedFile>();
  const byAnchor = new Map<string, MatchedFile>();
  for (const file of files) {
    const twice = byFile.get(file.file);
    if (twice) return `${file.file} is matched by two bundle patterns, ${twice.pattern} and ${file.pattern}`;
    byFile.set(file.file, file);
    const key = `${file.locale}\0${file.namespace}`;
    const same = byBundle.get(key);
    if (same) return `${same.file} and ${file.file} are both locale ${file.locale}'s file of namespace "${file.namespace}"`;
    byBundle.set(key, file);
    const anchor = `${file.locale}\0${file.anchor}`;
    const other = byAnchor.get(anchor);
    if (other && other.pattern !== file.pattern) {
      const [folder, single] = other.file.startsWith(`${other.anchor}/`) ? [other, file] : [file, other];
      return `locale ${file.locale} is both a folder, ${folder.anchor}/ (${folder.file}), and a file, ${single.file}`;
    }
    if (!other) byAnchor.set(anchor, file);
  }
  return undefined;
}
