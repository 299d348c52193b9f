import { UsageError } from '../diagnostics/usage-error.js';
import { isGroup, type ExchangeNamespace, type ExchangeUnit } from './exchange-units.js';
import type { ImportedEntry, ImportedFile } from './imported-entry.js';
import { xliffIds } from './xliff-ids.js';
import { readXliff } from './xliff-reader.js';
import { codePointName, firstNonXmlChar, xliffText, xmlAttribute } from './xml-text.js';

/** A key or namespace XML cannot name (a control character, a lone surrogate) is refused, never mangled. */
function nameable(name: string, what: string): string {
  const bad = firstNonXmlChar(name);
  if (bad !== undefined)
    throw new UsageError(
      `the ${what} ${JSON.stringify(name)} holds ${codePointName(bad)}, which XML cannot carry: rename it, or export --format po`,
    );
  return name;
}

/** `id="…"`, with the exact name beside it (`name` or `original`) when the id had to be derived. */
const idAttributes = (id: string, exact: string, carrier: 'name' | 'original'): string =>
  `id="${xmlAttribute(id)}"${id === exact ? '' : ` ${carrier}="${xmlAttribute(exact)}"`}`;

function unitXml(u: ExchangeUnit, id: string, indent: string): string[] {
  return [
    `${indent}<unit ${idAttributes(id, nameable(u.key, 'key'), 'name')}>`,
    `${indent}  <notes>`,
    `${indent}    <note>${xliffText(u.note)}</note>`,
    `${indent}  </notes>`,
    `${indent}  <segment>`,
    `${indent}    <source>${xliffText(u.source)}</source>`,
    ...(u.target === undefined ? [] : [`${indent}    <target>${xliffText(u.target)}</target>`]),
    `${indent}  </segment>`,
    `${indent}</unit>`,
  ];
}

/**
 * XLIFF 2.0 for one target locale: a `<file>` per namespace, a `<unit>` per key, and a
 * `<group type="x-i18next-plural">` per plural key with a unit per CLDR category the target
 * needs; untranslated units have no `<target>`. Ids are the keys where XML allows (NMTOKENs),
 * else derived, with the exact key in `name`. Text keeps every character: a carriage return as
 * `&#13;`, one XML cannot hold as `<cp hex>`.
 */
export function toXliff(namespaces: readonly ExchangeNamespace[], sourceLocale: string, locale: string): string {
  const lines = [
    `<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="${xmlAttribute(sourceLocale)}" trgLang="${xmlAttribute(locale)}">`,
  ];
  const fileIds = xliffIds(namespaces.map((ns) => ns.namespace));
  for (const ns of namespaces) {
    lines.push(
      `  <file ${idAttributes(fileIds.get(ns.namespace) ?? ns.namespace, nameable(ns.namespace, 'namespace'), 'original')} xml:space="preserve">`,
    );
    const unitKeys = ns.items.flatMap((item) => (isGroup(item) ? item.units.map((u) => u.key) : [item.key]));
    const ids = xliffIds([...unitKeys, ...ns.items.filter(isGroup).map((g) => g.stem)]);
    const unitIds = new Set(unitKeys.map((k) => ids.get(k)));
    for (const item of ns.items) {
      if (!isGroup(item)) {
        lines.push(...unitXml(item, ids.get(item.key) ?? item.key, '    '));
        continue;
      }
      // Ids are unique within a file: a group named like a key of its own gets a suffix.
      const groupId = ids.get(item.stem) ?? item.stem;
      lines.push(
        `    <group id="${xmlAttribute(unitIds.has(groupId) ? `${groupId}-plural` : groupId)}" type="${item.ordinal ? 'x-i18next-ordinal' : 'x-i18next-plural'}">`,
      );
      for (const u of item.units) lines.push(...unitXml(u, ids.get(u.key) ?? u.key, '      '));
      lines.push('    </group>');
    }
    lines.push('  </file>');
  }
  lines.push('</xliff>');
  return lines.join('\n');
}

/**
 * Reads an XLIFF 2.0 file back (or a 1.2 file, as older CAT tools write): every unit whose
 * segments all have a non-empty target is an entry (their targets joined in order); a unit with
 * none is untranslated and left out, so importing never blanks a value; a unit translated in part,
 * or holding inline codes, is skipped with the reason. A file that is not well formed or not
 * XLIFF is refused at the line and column of its first error.
 */
export function fromXliff(xml: string): ImportedFile {
  const read = readXliff(xml);
  const entries: ImportedEntry[] = [];
  const skipped: ImportedFile['skipped'] = [];
  for (const { namespace, key, outcome } of read.units) {
    if (outcome.kind === 'text') entries.push({ namespace, key, value: outcome.text });
    else if (outcome.kind === 'skipped') skipped.push({ namespace, key, reason: outcome.reason });
  }
  return { locale: read.locale, entries, skipped };
}
