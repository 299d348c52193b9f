import { parsePluralKey } from '../bundles/plural-key.js';
import { sampleJson } from './sample-json.js';
import type { BundleSet } from './find-bundle-sets.js';

/**
 * A source whose files hold only the strings that differ from their key, in a project whose keys
 * are the source text (readest's en: 111 keys, where each translation holds 2,000 more that en
 * lacks, such as "(detected)"): i18next shows a key no file of the chain has as it is written, so
 * the translations' other keys are the source's own text, no extra keys.
 */
export interface SparseSource {
  /** Keys of the source's files, the plural forms of one counted once. */
  sourceKeys: number;
  /** The middle count of keys a translation has that the source's files lack. */
  typicalAbsent: number;
  /** One of those keys, written as text. */
  example: string;
}

/** The keys of a flat file (its plural forms folded to their key), or undefined for a file that nests objects or does not parse. */
function flatKeys(texts: ReadonlyMap<string, string>, path: string, pluralSeparator: string): Set<string> | undefined {
  const parsed = sampleJson(texts, path);
  if (!parsed?.ok) return undefined;
  const keys = new Set<string>();
  for (const [key, value] of Object.entries(parsed.data)) {
    if (value !== null && typeof value === 'object') return undefined;
    keys.add(parsePluralKey(key, pluralSeparator)?.base ?? key);
  }
  return keys;
}

/**
 * Whether the source's files are sparse as SparseSource says, for an app that reads keys whole
 * (`keySeparator: false`): every file is flat, and in most translations the keys the source lacks
 * outnumber the source's own, most of them text (with a space). Reads each file once (init only).
 */
export function sparseSource(
  set: BundleSet,
  texts: ReadonlyMap<string, string>,
  source: string,
  pluralSeparator: string,
): SparseSource | undefined {
  const keys = new Map<string, Set<string>>();
  for (const file of set.files) {
    const own = flatKeys(texts, file.path, pluralSeparator);
    if (!own) return undefined;
    keys.set(`${file.locale}\u0000${file.namespace ?? ''}`, own);
  }
  const sourceFiles = set.files.filter((file) => file.locale === source);
  const sourceKeys = sourceFiles.reduce((sum, file) => sum + (keys.get(`${source}\u0000${file.namespace ?? ''}`)?.size ?? 0), 0);
  const targets = set.locales.filter((locale) => locale !== source);
  const absentCounts: number[] = [];
  let sparse = 0;
  let example: string | undefined;
  for (const locale of targets) {
    const absent = set.files
      .filter((file) => file.locale === locale)
      .flatMap((file) => {
        const theirs = keys.get(`${source}\u0000${file.namespace ?? ''}`);
        return [...(keys.get(`${locale}\u0000${file.namespace ?? ''}`) ?? [])].filter((key) => !theirs?.has(key));
      });
    absentCounts.push(absent.length);
    const text = absent.filter((key) => /\s/u.test(key));
    if (absent.length > sourceKeys && text.length * 2 > absent.length) {
      sparse++;
      example ??= text[0];
    }
  }
  if (example === undefined || sparse * 2 <= targets.length) return undefined;
  const sorted = absentCounts.sort((a, b) => a - b);
  return { sourceKeys, typicalAbsent: sorted[Math.floor(sorted.length / 2)] ?? 0, example };
}
