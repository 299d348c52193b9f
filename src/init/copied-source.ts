// Whether the locale an app's setup names as its fallback holds another locale's text, copied.
import { flattenBundle } from '../bundles/flatten-bundle.js';
import { sampleJson } from './sample-json.js';
import { languageTag } from '../locale/locale-tag.js';
import type { BundleSet } from './find-bundle-sets.js';

/** The locale whose strings a named fallback copies, and how many of the fallback's strings are that locale's. */
export interface CopiedSource {
  locale: string;
  copied: number;
  /** The fallback's strings that have letters. */
  total: number;
}

/** Unicode scripts of the writing systems CLDR names by a code of their own (Hans is written in Han). */
const WRITTEN_IN: Readonly<Record<string, string>> = { Hans: 'Han', Hant: 'Han', Jpan: 'Han|Hiragana|Katakana', Kore: 'Hangul|Han' };

/** The letters of a locale's likely script (Han for zh, Cyrillic for ru, Latin for en), or undefined when Intl knows none. */
export function ownLetters(locale: string): RegExp | undefined {
  try {
    const script = new Intl.Locale(languageTag(locale)).maximize().script;
    if (script === undefined) return undefined;
    const names = (WRITTEN_IN[script] ?? script).split('|');
    return new RegExp(names.map((name) => `\\p{Script=${name}}`).join('|'), 'u');
  } catch {
    return undefined;
  }
}

/** A locale's strings, key to text, over all its files (the namespace before the key); none for a file that does not parse. */
function stringsOf(set: BundleSet, texts: ReadonlyMap<string, string>, locale: string): Map<string, string> {
  const strings = new Map<string, string>();
  for (const file of set.files) {
    if (file.locale !== locale) continue;
    const parsed = sampleJson(texts, file.path);
    if (!parsed?.ok) continue;
    for (const [key, value] of flattenBundle(parsed.data, '.').values)
      if (typeof value === 'string') strings.set(`${file.namespace ?? ''}\0${key}`, value);
  }
  return strings;
}

const LETTER = /\p{L}/u;

/**
 * The locale a named fallback's bundles were copied from (a fork's zh.json that is en.json with a
 * few strings translated): more than half of its strings with letters have none of its own
 * script and are, key for key, another locale's. Readers of the fallback see that text; the
 * other locale is where the strings are written, the one to compare translations with. Undefined
 * otherwise: the named locale's own strings are read first, the others only when most are foreign.
 */
export function copiedSource(named: string, set: BundleSet, texts: ReadonlyMap<string, string>): CopiedSource | undefined {
  const own = ownLetters(named);
  if (!own) return undefined;
  const strings = [...stringsOf(set, texts, named)].filter(([, text]) => LETTER.test(text));
  const foreign = strings.filter(([, text]) => !own.test(text));
  if (foreign.length * 2 <= strings.length) return undefined;
  let best: CopiedSource | undefined;
  for (const locale of set.locales) {
    if (locale === named) continue;
    const theirs = stringsOf(set, texts, locale);
    const copied = foreign.filter(([key, text]) => theirs.get(key) === text).length;
    if (copied * 2 > strings.length && copied > (best?.copied ?? 0)) best = { locale, copied, total: strings.length };
  }
  return best;
}
