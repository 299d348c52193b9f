import { matchPattern, parsePattern } from '../project/bundle-pattern.js';
import { patternEntries, type BundleSet, type FoundBundle } from './find-bundle-sets.js';

/**
 * A layout's files as the first layout's patterns read them, or undefined when one of them is not
 * read so: by a locale of the first layout, under the namespace its `{{ns}}` then spans
 * (`locales/mobile/default/en.json` is en's `mobile/default` under `locales/{{ns}}/{{lng}}.json`).
 */
function readAs(first: BundleSet, other: BundleSet): FoundBundle[] | undefined {
  const patterns = patternEntries(first).map((entry) => parsePattern(entry, first.localeNames));
  const files: FoundBundle[] = [];
  for (const file of other.files) {
    const match = patterns.map((pattern) => matchPattern(pattern, file.path, 'translation')).find((found) => found !== undefined);
    if (!match || !first.locales.includes(match.locale)) return undefined;
    files.push({ path: file.path, locale: match.locale, ...(first.namespaces.length > 0 && { namespace: match.namespace }) });
  }
  return files;
}

/**
 * The layouts with those the first one's patterns already read merged into it, so that init
 * describes what check reads and never proposes a pattern for files the config reads already
 * (the same file under two patterns is a config error).
 */
export function withCoveredSets(sets: readonly BundleSet[]): BundleSet[] {
  const [first, ...rest] = sets;
  if (!first) return [];
  const covered: FoundBundle[] = [];
  const others = rest.filter((other) => {
    const files = readAs(first, other);
    if (files) covered.push(...files);
    return !files;
  });
  if (covered.length === 0) return [...sets];
  const files = [...first.files, ...covered].sort((a, b) => (a.path < b.path ? -1 : 1));
  const namespaces = [...new Set(files.flatMap((file) => (file.namespace === undefined ? [] : [file.namespace])))].sort();
  return [{ ...first, files, namespaces }, ...others];
}
