import { po as gettextPo, type GetTextTranslation } from 'gettext-parser';
import { pluralFormKey } from '../bundles/plural-key.js';
import { pluralFamily } from '../bundles/plural-rules.js';
import { isGroup, type ExchangeNamespace } from './exchange-units.js';
import type { ImportedEntry, ImportedFile } from './imported-entry.js';
import { pluralFormsHeader } from './plural-forms-header.js';

/** Where PO keeps the namespace: `msgctxt "ui:nav.home"`, i18next's own notation. */
const NS = ':';

/**
 * A PO file for one target locale: msgctxt is `<namespace>:<key>` (so two keys with the same
 * English text stay apart), msgid the source text; a plural key is one entry with msgid_plural and
 * msgstr[n] in the target's CLDR order, which the Plural-Forms header describes.
 */
export function toPo(namespaces: readonly ExchangeNamespace[], sourceLocale: string, locale: string): string {
  // Contexts and source texts are data: without a prototype, a msgid `__proto__` is an entry, not a setter.
  const translations: Record<string, Record<string, GetTextTranslation>> = Object.create(null);
  const add = (entry: GetTextTranslation): void => {
    const context = entry.msgctxt ?? '';
    (translations[context] ??= Object.create(null))[entry.msgid] = entry;
  };
  add({ msgid: '', msgstr: [''] });
  for (const ns of namespaces) {
    for (const item of ns.items) {
      if (!isGroup(item)) {
        add({ msgctxt: `${ns.namespace}${NS}${item.key}`, msgid: item.source, msgstr: [item.target ?? ''], comments: { extracted: item.note } });
        continue;
      }
      const one = item.units.find((u) => u.key.endsWith('one')) ?? item.units[0];
      const other = item.units[item.units.length - 1];
      add({
        msgctxt: `${ns.namespace}${NS}${item.stem}`,
        msgid: one?.source ?? '',
        msgid_plural: other?.source ?? '',
        msgstr: item.units.map((u) => u.target ?? ''),
        comments: { extracted: `${item.ordinal ? 'ordinal' : 'plural'}: msgstr[n] are ${item.categories.join(', ')}\n${item.units.map((u) => u.note).join('\n')}` },
      });
    }
  }
  const headers = { 'Content-Type': 'text/plain; charset=UTF-8', Language: locale, 'X-Source-Language': sourceLocale, ...pluralFormsHeader(locale) };
  return `${gettextPo.compile({ charset: 'utf-8', headers, translations }, { foldLength: 0 }).toString('utf8')}\n`;
}

/**
 * Reads a PO file back. An empty msgstr is untranslated (gettext's convention) and left out; a
 * plural entry's msgstr[n] go to the n-th CLDR category (of `override`, else the Language header).
 */
export function fromPo(text: string, pluralSeparator: string, override: string | undefined): ImportedFile {
  const po = gettextPo.parse(text, { defaultCharset: 'utf-8' });
  const locale = override ?? (po.headers?.Language || undefined);
  const entries: ImportedEntry[] = [];
  for (const byId of Object.values(po.translations)) {
    for (const entry of Object.values(byId)) {
      const context = entry.msgctxt ?? '';
      const at = context.indexOf(NS);
      if (at <= 0) continue;
      const namespace = context.slice(0, at);
      const key = context.slice(at + NS.length);
      if (entry.msgid_plural === undefined) {
        const value = entry.msgstr[0] ?? '';
        if (value !== '') entries.push({ namespace, key, value });
        continue;
      }
      const marker = `${pluralSeparator}ordinal`;
      const ordinal = key.endsWith(marker);
      const base = ordinal ? key.slice(0, -marker.length) : key;
      const categories = pluralFamily(locale ?? 'en', ordinal).categories;
      entry.msgstr.forEach((value, i) => {
        const category = categories[i];
        if (category && value !== '') entries.push({ namespace, key: pluralFormKey(base, category, ordinal, pluralSeparator), value });
      });
    }
  }
  return { locale, entries };
}
