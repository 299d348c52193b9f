import { comparableTargets } from '../../project/absent-keys.js';
import { sourceGap } from '../source-gap.js';
import { inBundle } from '../finding.js';
import { lookupPath } from '../../project/lookup-path.js';
import type { NamespaceContext } from '../../project/namespace-context.js';
import type { Rule } from '../rule.js';
import type { Bundle } from '../../project/bundle.js';
import { v3ExtraReason, v3FormOf } from '../v3-plural-form.js';

/**
 * What an extra key is: an item past the end of a source list (`nav.3`), a plural form in i18next's
 * v3 format (`points_plural`, ar `points_0`), or a key of its own.
 */
function whatIs(context: NamespaceContext, key: string, bundle: Bundle): string {
  const sep = context.keySeparator === false ? '.' : context.keySeparator;
  const cut = key.lastIndexOf(sep);
  const list = cut > 0 ? lookupPath(context.source?.data, key.slice(0, cut), context.keySeparator) : undefined;
  if (Array.isArray(list))
    return `item "${key}": the ${context.sourceLocale} list "${key.slice(0, cut)}" has ${list.length} item${list.length === 1 ? '' : 's'}`;
  const v3 = v3FormOf(context, key, bundle, context.source);
  if (v3) return `key "${key}": ${v3ExtraReason(context, bundle.locale, v3)}`;
  return `key "${key}": the ${context.sourceLocale} source has no such key`;
}

/** A key as a hand may mistype it: case, surrounding spaces and Unicode normalization left out. */
const loose = (key: string): string => key.normalize('NFC').trim().toLowerCase();

/**
 * The keys the locale lacks by their loose form, the first of each: what an extra key may only
 * mistype (`Title` for `title`, `title ` or a decomposed `canción`). Made once per locale, since
 * a locale can have thousands of extra keys and of absent ones (jitsi-meet).
 */
function looseAbsent(absent: readonly { key: string }[]): Map<string, string> {
  const byLoose = new Map<string, string>();
  for (const { key } of absent) {
    const form = loose(key);
    if (!byLoose.has(form)) byLoose.set(form, key);
  }
  return byLoose;
}

/** A key the source does not have: dead text, or a key renamed in the source and not here. */
export const extraKey: Rule = {
  id: 'extra-key',
  defaultSeverity: 'warning',
  description:
    "A locale has a key the source locale does not (a leftover after a rename, or a typo). Plural forms the locale needs, such as Spanish _many, are never extra. A plural form in i18next's v3 format (points_plural, ar points_0 to points_5) is named so, with the forms i18next 26 reads instead.",
  docs: {
    checks:
      'a key the source does not have (never a plural form the locale needs, such as Spanish `_many`, nor the bare key of a source plural, which i18next reads for every count without a form, nor a plural form of a source string (`rename_one` for `rename`), which i18next reads with a count, nor a key split at another separator than the source\'s, `"h": {"i.j"}` for `"h.i": {"j"}`); one that only mistypes a key the locale lacks (`Title`, `title `, a decomposed `canción`) names that key; a plural form in i18next\'s v3 format (`points_plural` beside a `points` on either side; `points_0` to `points_5` where the locale has `points_0` and either side writes `points`, as a string or as plural forms) is named so, with the forms i18next 26 reads in that locale instead, and whether the source writes the v3 format too (then plural-forms reports it there)',
    why: 'i18next never reads a key the source does not have, so its text never reaches readers; usually a typo that leaves the right key untranslated, or a key the source dropped.',
    passes:
      "Plural forms the locale needs that the source language does not (Spanish `_many`), the bare key of a source plural, plural forms of a source string, and a key split at another separator than the source's.",
  },
  examples: {
    invalid: [
      {
        name: 'A mistyped key',
        files: {
          'locales/en/ui.json': '{\n  "home": "Home"\n}\n',
          'locales/es/ui.json': '{\n  "home": "Inicio",\n  "homme": "Inicio"\n}\n',
        },
        expect: ['locales/es/ui.json:3:3 warning extra key "homme": the en source has no such key [extra-key]'],
      },
      {
        name: 'A key the source removed',
        files: {
          'locales/en/ui.json': '{\n  "home": "Home"\n}\n',
          'locales/es/ui.json': '{\n  "home": "Inicio",\n  "oldBanner": "Oferta"\n}\n',
        },
        expect: ['locales/es/ui.json:3:3 warning extra key "oldBanner": the en source has no such key [extra-key]'],
      },
      {
        name: "A plural form in i18next's v3 format",
        files: {
          'locales/en/ui.json': '{\n  "points_one": "{{count}} point",\n  "points_other": "{{count}} points"\n}\n',
          'locales/de/ui.json': '{\n  "points": "{{count}} Punkt",\n  "points_plural": "{{count}} Punkte"\n}\n',
        },
        expect: [
          'locales/de/ui.json:3:3 warning extra key "points_plural": a plural form in i18next\'s v3 format, which i18next 26 no longer reads (it reads de plurals as points_one, _other) [extra-key]',
        ],
      },
    ],
    valid: [
      {
        name: 'A plural form the locale needs',
        files: {
          'locales/en/ui.json': '{\n  "item_one": "{{count}} item",\n  "item_other": "{{count}} items"\n}\n',
          'locales/es/ui.json':
            '{\n  "item_one": "{{count}} elemento",\n  "item_many": "{{count}} de elementos",\n  "item_other": "{{count}} elementos"\n}\n',
        },
      },
      {
        name: 'Plural forms of a source string',
        files: {
          'locales/en/ui.json': '{\n  "rename": "Rename {{count}} files"\n}\n',
          'locales/es/ui.json':
            '{\n  "rename_one": "Renombrar {{count}} archivo",\n  "rename_many": "Renombrar {{count}} de archivos",\n  "rename_other": "Renombrar {{count}} archivos"\n}\n',
        },
      },
    ],
  },
  check(context, report) {
    if (!context.source?.data) {
      for (const bundle of context.checkedFiles) {
        if (bundle.data && bundle.locale !== context.sourceLocale) {
          report({
            target: inBundle(bundle),
            anchor: { kind: 'file' },
            message: `the namespace "${context.namespace}" ${sourceGap(context).says}: nothing here can be checked against it`,
          });
        }
      }
      return;
    }
    for (const [locale, bundle] of comparableTargets(context)) {
      if (!bundle) continue;
      const { extra, absent } = context.comparison(locale);
      const meant = extra.length > 0 ? looseAbsent(absent) : undefined;
      for (const key of extra) {
        const near = meant?.get(loose(key));
        const hint =
          near === undefined
            ? ''
            : `; it looks like "${near}" mistyped (keys match exactly: case, spaces and accents as written), which this locale lacks`;
        report({ target: inBundle(bundle), anchor: { kind: 'key', key }, key, message: `extra ${whatIs(context, key, bundle)}${hint}` });
      }
    }
  },
};
