/**
 * The names languages give themselves (`Deutsch`, `日本語`, `português (Brasil)`), read from ICU:
 * the source of src/locale/endonym-table.ts, which scripts/write-endonyms.mjs writes and a test
 * holds equal to this, so the table stays what the running ICU says.
 */

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/**
 * Tags beyond bare languages that language menus list, each named in its own language (ICU
 * accepts any script or region, so no API lists the real ones).
 */
const VARIANTS = [
  'az-Cyrl',
  'bs-Cyrl',
  'de-AT',
  'de-CH',
  'en-AU',
  'en-CA',
  'en-GB',
  'en-US',
  'es-419',
  'es-AR',
  'es-ES',
  'es-MX',
  'fr-CA',
  'fr-FR',
  'nl-BE',
  'pa-Arab',
  'pt-BR',
  'pt-PT',
  'sr-Cyrl',
  'sr-Latn',
  'uz-Cyrl',
  'zh-CN',
  'zh-Hans',
  'zh-HK',
  'zh-Hant',
  'zh-TW',
];

/** Every two- and three-letter language ICU has display names in. */
function icuLanguages(): string[] {
  const codes: string[] = [];
  for (const a of LETTERS)
    for (const b of LETTERS) {
      codes.push(a + b);
      for (const c of LETTERS) codes.push(a + b + c);
    }
  return codes.filter((code) => Intl.DisplayNames.supportedLocalesOf([code])[0] === code);
}

/** A tag's name in its own language, as a menu writes it by dialect (`American English`) and by standard (`English (United States)`). */
function ownNames(tag: string): string[] {
  return (['dialect', 'standard'] as const).map((languageDisplay) =>
    (new Intl.DisplayNames([tag], { type: 'language', languageDisplay }).of(tag) ?? tag).toLowerCase(),
  );
}

/** The lower-case endonyms of every ICU language and of the menu variants, sorted, each once. */
export function icuEndonyms(): string[] {
  const names = new Set<string>();
  for (const tag of [...icuLanguages(), ...VARIANTS]) for (const name of ownNames(tag)) if (name !== tag.toLowerCase()) names.add(name);
  return [...names].sort();
}

/** The text of src/locale/endonym-table.ts for a list of endonyms. */
export function endonymTableSource(names: readonly string[]): string {
  return [
    '// Written by scripts/write-endonyms.mjs from ICU (src/locale/icu-endonyms.ts); do not edit.',
    '',
    '/** The lower-case names languages give themselves, as ICU writes them. */',
    'export const ENDONYMS: readonly string[] = [',
    // Quoted as the project's formatter writes them: single quotes unless the name holds one.
    ...names.map((name) => `  ${name.includes("'") ? JSON.stringify(name) : `'${name.replace(/\\/g, '\\\\')}'`},`),
    '];',
    '',
  ].join('\n');
}
