import { languageTag } from './locale-tag.js';

const scripts = new Map<string, string | undefined>();

/**
 * The script a locale is written in, by CLDR's likely subtags as Intl reads them: zh-TW and
 * zh-Hant `Hant`, zh `Hans`, sr `Cyrl`, sr-ME `Latn`. Undefined for a code Intl cannot read or
 * knows no script for (`tlh`). Asked once per locale of a run.
 */
export function localeScript(locale: string): string | undefined {
  if (scripts.has(locale)) return scripts.get(locale);
  let script: string | undefined;
  try {
    script = new Intl.Locale(languageTag(locale)).maximize().script;
  } catch {
    script = undefined;
  }
  scripts.set(locale, script);
  return script;
}

/** Whether two locales are both known to be written in scripts, and not the same one (zh-TW and zh; not es-AR and es). */
export function scriptsDiffer(a: string, b: string): boolean {
  const first = localeScript(a);
  const second = localeScript(b);
  return first !== undefined && second !== undefined && first !== second;
}

let scriptNames: Intl.DisplayNames | undefined;

/** A script's English name and code, for messages: `Simplified (Hans)`, `Cyrillic (Cyrl)`. */
export function scriptName(script: string): string {
  scriptNames ??= new Intl.DisplayNames('en', { type: 'script', fallback: 'code' });
  const name = scriptNames.of(script);
  return name === undefined || name === script ? script : `${name} (${script})`;
}
