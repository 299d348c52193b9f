import js2xliff from 'xliff/js2xliff';
import xliff12ToJs from 'xliff/xliff12ToJs';
import xliff2js, { type XliffGroup, type XliffUnit } from 'xliff/xliff2js';
import { isGroup, type ExchangeNamespace, type ExchangeUnit } from './exchange-units.js';
import type { ImportedEntry, ImportedFile } from './imported-entry.js';
import { xmlSyntaxError } from './xml-syntax-error.js';

const unit = (u: ExchangeUnit): XliffUnit => ({ source: u.source, ...(u.target !== undefined && { target: u.target }), note: u.note });

/**
 * XLIFF 2.0 for one target locale: a `<file>` per namespace, a `<unit>` per key (id = the flat
 * key), and a `<group type="x-i18next-plural">` per plural key with a unit per CLDR category
 * the target needs. Untranslated units have no `<target>`.
 */
export function toXliff(namespaces: readonly ExchangeNamespace[], sourceLocale: string, locale: string): Promise<string> {
  const resources: Record<string, Record<string, XliffUnit | (XliffGroup & { additionalAttributes: Record<string, string> })>> = {};
  for (const ns of namespaces) {
    const file: (typeof resources)[string] = {};
    for (const item of ns.items) {
      if (!isGroup(item)) file[item.key] = unit(item);
      else file[item.stem] = { groupUnits: Object.fromEntries(item.units.map((u) => [u.key, unit(u)])), additionalAttributes: { type: item.ordinal ? 'x-i18next-ordinal' : 'x-i18next-plural' } };
    }
    resources[ns.namespace] = file;
  }
  return js2xliff({ sourceLanguage: sourceLocale, targetLanguage: locale, resources });
}

const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

/**
 * A text as the xliff package reads it back: it drops a final line break and the whitespace after
 * it, taking them for pretty-printing before the closing tag (and reads a text of spaces only as
 * empty, which import leaves out).
 */
export function asXliffReadsBack(value: string): string {
  // The whitespace at the end, found by trimEnd (what `\s` matches): `/\n\s*$/` scanned to the end from every line break.
  return value.slice(value.trimEnd().length).includes('\n') ? value.slice(0, value.lastIndexOf('\n')) : value;
}

/**
 * Reads an XLIFF 2.0 file back (or a 1.2 file, as older CAT tools write): every unit with a
 * non-empty `<target>` is an entry; a unit without one (or with an empty one) is untranslated and
 * left out, so importing never blanks a value. XML that is not well formed (a file cut short) is
 * refused with the line and column of its first error.
 */
export async function fromXliff(xml: string): Promise<ImportedFile> {
  const syntax = xmlSyntaxError(xml);
  if (syntax) throw new Error(syntax);
  const document = /<xliff\b[^>]*\bversion\s*=\s*["']1\.[0-9]["']/.test(xml) ? await xliff12ToJs(xml) : await xliff2js(xml);
  const entries: ImportedEntry[] = [];
  const walk = (namespace: string, units: Record<string, XliffUnit | XliffGroup>): void => {
    for (const [key, item] of Object.entries(units)) {
      if ('groupUnits' in item) walk(namespace, item.groupUnits);
      else {
        const value = text(item.target);
        if (value !== undefined && value !== '') entries.push({ namespace, key, value, readBack: asXliffReadsBack });
      }
    }
  };
  for (const [namespace, units] of Object.entries(document.resources ?? {})) walk(namespace, units);
  return { locale: document.targetLanguage, entries };
}
