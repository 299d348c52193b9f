import { isLocaleTag } from '../locale/locale-tag.js';

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** A name as a folder spells it: lower case, accents dropped, words split at anything but a letter or digit. */
export function plainName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

interface NameTable {
  /** Codes by plain name: English name or endonym (`english`, `espanol`, `portugues`). */
  byName: Map<string, Set<string>>;
  /** The scripts ICU writes its languages in (`Latn`, `Hant` by `yue`), for `chinese-traditional`. */
  scripts: string[];
  /** English names of a language and script, as a menu writes them: `Chinese (Traditional)`, `Traditional Chinese`. */
  namers: Intl.DisplayNames[];
}

let table: NameTable | undefined;

/** Every two- and three-letter code CLDR names in English, by its canonical code (`iw` is `he`). */
function knownCodes(): string[] {
  const english = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });
  const codes = new Set<string>();
  const consider = (code: string): void => {
    if (!isLocaleTag(code) || english.of(code) === undefined) return;
    codes.add(Intl.getCanonicalLocales(code)[0] ?? code);
  };
  for (const a of LETTERS)
    for (const b of LETTERS) {
      consider(a + b);
      for (const c of LETTERS) consider(a + b + c);
    }
  return [...codes].sort();
}

/** Built once, on the first name init cannot read as a code (some 300 ms). */
function nameTable(): NameTable {
  if (table) return table;
  const english = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });
  const byName = new Map<string, Set<string>>();
  const add = (name: string | undefined, code: string): void => {
    if (name === undefined) return;
    const plain = plainName(name);
    byName.set(plain, (byName.get(plain) ?? new Set()).add(code));
  };
  const codes = knownCodes();
  for (const code of codes) {
    add(english.of(code), code);
    add(new Intl.DisplayNames([code], { type: 'language', fallback: 'none' }).of(code), code);
  }
  const scripts = [...new Set(codes.map((code) => new Intl.Locale(code).maximize().script ?? ''))].filter(Boolean).sort();
  const namers = (['standard', 'dialect'] as const).map(
    (languageDisplay) => new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none', languageDisplay }),
  );
  table = { byName, scripts, namers };
  return table;
}

/** The one code a plain name is the name of, or undefined when it names none or several. */
function only(codes: Set<string> | undefined): string | undefined {
  return codes?.size === 1 ? [...codes][0] : undefined;
}

/**
 * The locale code a folder or file name spells out as a language's name: its English name or its
 * own (`english` en, `espanol` es, `portugues` pt), compared lower-cased and without accents; or a
 * language and a script, as English names them (`chinese-traditional` zh-Hant, "Chinese
 * (Traditional)"). Undefined for a name of no language, or of two (never a guess).
 */
export function codeOfLanguageName(name: string): string | undefined {
  const plain = plainName(name);
  if (plain === '' || /[^a-z ]/.test(plain)) return undefined;
  const { byName, scripts, namers } = nameTable();
  const direct = byName.get(plain);
  if (direct) return only(direct);
  const words = plain.split(' ');
  const matches = new Set<string>();
  for (let at = 1; at < words.length; at++) {
    const language = only(byName.get(words.slice(0, at).join(' ')));
    if (language === undefined) continue;
    for (const script of scripts) {
      const code = `${language}-${script}`;
      if (namers.some((namer) => plainName(namer.of(code) ?? '') === plain)) matches.add(code);
    }
  }
  return only(matches);
}
