import { po as gettextPo, type GetTextTranslation } from 'gettext-parser';
import { ExchangeSyntaxError } from './exchange-syntax-error.js';
import { readPo } from './po-reader.js';
import { pluralFormKey } from '../bundles/plural-key.js';
import { pluralFamily } from '../bundles/plural-rules.js';
import { isGroup, type ExchangeNamespace } from './exchange-units.js';
import type { ImportedEntry, ImportedFile } from './imported-entry.js';
import { pluralFormsHeader } from './plural-forms-header.js';
import { codePointName } from './xml-text.js';
import { UsageError } from '../diagnostics/usage-error.js';

/** Where PO keeps the namespace: `msgctxt "ui:nav.home"`, i18next's own notation. */
const NS = ':';

/** A lone surrogate has no UTF-8 form: written to a PO file it would come back as U+FFFD, so it is refused. */
function utf8Safe(namespace: string, key: string, texts: string[]): void {
  const lone = texts
    .map((t) => /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.exec(t)?.[0])
    .find((c) => c !== undefined);
  if (lone !== undefined)
    throw new UsageError(
      `${namespace}:${JSON.stringify(key)} holds a lone surrogate ${codePointName(lone)}, which a UTF-8 PO file cannot carry: export --format xliff (it writes it as <cp>), or fix the bundle`,
    );
}

/**
 * A PO file for one target locale: msgctxt is `<namespace>:<key>` (so two keys with the same
 * English text stay apart), msgid the source text; a plural key is one entry with msgid_plural and
 * msgstr[n] in the target's CLDR order, which the Plural-Forms header describes.
 */
export function toPo(namespaces: readonly ExchangeNamespace[], sourceLocale: string, locale: string): string {
  for (const ns of namespaces)
    for (const u of ns.items.flatMap((item) => (isGroup(item) ? item.units : [item])))
      utf8Safe(ns.namespace, u.key, [u.key, u.source, u.target ?? '']);
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
        add({
          msgctxt: `${ns.namespace}${NS}${item.key}`,
          msgid: item.source,
          msgstr: [item.target ?? ''],
          comments: { extracted: item.note },
        });
        continue;
      }
      const one = item.units.find((u) => u.key.endsWith('one')) ?? item.units[0];
      const other = item.units[item.units.length - 1];
      add({
        msgctxt: `${ns.namespace}${NS}${item.stem}`,
        msgid: one?.source ?? '',
        // An empty msgid_plural is written as none, and the entry read back as the bare key of its
        // name (feishin's en `player.repeat_other: ""`): the key names the plural instead.
        msgid_plural: other?.source || item.stem,
        msgstr: item.units.map((u) => u.target ?? ''),
        comments: {
          extracted: `${item.ordinal ? 'ordinal' : 'plural'}: msgstr[n] are ${item.categories.join(', ')}\n${item.units.map((u) => u.note).join('\n')}`,
        },
      });
    }
  }
  const headers = {
    'Content-Type': 'text/plain; charset=UTF-8',
    Language: locale,
    'X-Source-Language': sourceLocale,
    ...pluralFormsHeader(locale),
  };
  return `${gettextPo.compile({ charset: 'utf-8', headers, translations }, { foldLength: 0 }).toString('utf8')}\n`;
}

/**
 * Reads a PO file back, strictly (see readPo). An empty msgstr is untranslated (gettext's
 * convention) and left out; a plural entry's msgstr[n] go to the n-th CLDR category (of
 * `override`, else the Language header). A Plural-Forms header whose nplurals is not the
 * locale's number of categories, or an entry with more forms than that, is refused at its
 * line: its forms cannot be placed, and dropping or guessing would lose translations.
 */
export function fromPo(text: string, pluralSeparator: string, override: string | undefined): ImportedFile {
  const po = readPo(text);
  const locale = override ?? (po.headers.get('Language')?.value || undefined);
  const cardinal = pluralFamily(locale ?? 'en', false).categories;
  const header = po.headers.get('Plural-Forms');
  if (header && po.entries.some((e) => e.msgidPlural !== undefined)) {
    const declared = /^\s*nplurals\s*=\s*([0-9]+)\s*;/.exec(header.value)?.[1];
    if (declared === undefined)
      throw new ExchangeSyntaxError(header.line, 1, `Plural-Forms "${header.value}" does not start with nplurals=N;`);
    if (Number(declared) !== cardinal.length) {
      throw new ExchangeSyntaxError(
        header.line,
        1,
        `Plural-Forms says nplurals=${declared}, but ${locale ?? 'en'} has ${cardinal.length} plural forms (${cardinal.join(', ')}): msgstr[n] cannot be placed; export the file again (l10n export writes "${pluralFormsHeader(locale ?? 'en')['Plural-Forms']}")`,
      );
    }
  }
  const entries: ImportedEntry[] = [];
  for (const entry of po.entries) {
    const context = entry.msgctxt ?? '';
    const at = context.indexOf(NS);
    if (at <= 0) continue;
    const namespace = context.slice(0, at);
    const key = context.slice(at + NS.length);
    if (entry.msgidPlural === undefined) {
      const value = entry.msgstr[0] ?? '';
      if (value !== '') entries.push({ namespace, key, value });
      continue;
    }
    const marker = `${pluralSeparator}ordinal`;
    const ordinal = key.endsWith(marker);
    const base = ordinal ? key.slice(0, -marker.length) : key;
    const categories = pluralFamily(locale ?? 'en', ordinal).categories;
    if (entry.msgstr.length > categories.length) {
      throw new ExchangeSyntaxError(
        entry.line,
        entry.column,
        `${JSON.stringify(context)} has ${entry.msgstr.length} msgstr[n] forms, but ${locale ?? 'en'} has ${categories.length} ${ordinal ? 'ordinal' : 'plural'} forms (${categories.join(', ')})`,
      );
    }
    entry.msgstr.forEach((value, i) => {
      const category = categories[i];
      if (category && value !== '') entries.push({ namespace, key: pluralFormKey(base, category, ordinal, pluralSeparator), value });
    });
  }
  return { locale, entries, skipped: [] };
}
