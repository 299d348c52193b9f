import { comparableTargets } from '../../project/absent-keys.js';
import { inBundle } from '../finding.js';
import { lookupPath } from '../../project/lookup-path.js';
import type { NamespaceContext } from '../../project/namespace-context.js';
import type { Rule } from '../rule.js';

/** What an extra key is: an item past the end of a source list (`nav.3`), or a key of its own. */
function whatIs(context: NamespaceContext, key: string): string {
  const sep = context.keySeparator === false ? '.' : context.keySeparator;
  const cut = key.lastIndexOf(sep);
  const list = cut > 0 ? lookupPath(context.source?.data, key.slice(0, cut), context.keySeparator) : undefined;
  if (Array.isArray(list)) return `item "${key}": the ${context.sourceLocale} list "${key.slice(0, cut)}" has ${list.length} item${list.length === 1 ? '' : 's'}`;
  return `key "${key}": the ${context.sourceLocale} source has no such key`;
}

/** A key as a hand may mistype it: case, surrounding spaces and Unicode normalization left out. */
const loose = (key: string): string => key.normalize('NFC').trim().toLowerCase();

/** The key the locale lacks that an extra key only mistypes (`Title` for `title`, `title ` or a decomposed `canción`), if one. */
function meant(extra: string, absent: readonly { key: string }[]): string | undefined {
  const wanted = loose(extra);
  return absent.find((entry) => loose(entry.key) === wanted)?.key;
}

/** A key the source does not have: dead text, or a key renamed in the source and not here. */
export const extraKey: Rule = {
  id: 'extra-key',
  defaultSeverity: 'warning',
  description: 'A locale has a key the source locale does not (a leftover after a rename, or a typo). Plural forms the locale needs, such as Spanish _many, are never extra.',
  failing: {
    files: {
      'locales/en/ui.json': '{\n  "home": "Home"\n}\n',
      'locales/es/ui.json': '{\n  "home": "Inicio",\n  "homme": "Inicio"\n}\n',
    },
    expect: ['locales/es/ui.json:3:3 extra-key'],
  },
  passing: {
    files: {
      'locales/en/ui.json': '{\n  "item_one": "{{count}} item",\n  "item_other": "{{count}} items"\n}\n',
      'locales/es/ui.json': '{\n  "item_one": "{{count}} elemento",\n  "item_many": "{{count}} de elementos",\n  "item_other": "{{count}} elementos"\n}\n',
    },
  },
  check(context, report) {
    if (!context.source?.data) {
      for (const bundle of context.checkedFiles) {
        if (bundle.data && bundle.locale !== context.sourceLocale) {
          report({ target: inBundle(bundle), anchor: { kind: 'file' }, message: `the namespace "${context.namespace}" has no source file ${context.pathOf(context.sourceLocale)}: nothing here can be checked against it` });
        }
      }
      return;
    }
    for (const [locale, bundle] of comparableTargets(context)) {
      if (!bundle) continue;
      const { extra, absent } = context.comparison(locale);
      for (const key of extra) {
        const near = meant(key, absent);
        const hint = near === undefined ? '' : `; it looks like "${near}" mistyped (keys match exactly: case, spaces and accents as written), which this locale lacks`;
        report({ target: inBundle(bundle), anchor: { kind: 'key', key }, key, message: `extra ${whatIs(context, key)}${hint}` });
      }
    }
  },
};
